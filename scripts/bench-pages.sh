#!/usr/bin/env bash
# Measures page and API throughput of a release build with wrk on loopback (BENCHMARKS.md).
# Usage: scripts/bench-pages.sh [seconds]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
swift build -c release --product hongshu >/dev/null
work="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
LOG_LEVEL=warning .build/release/hongshu serve --demo --db "sqlite:$work/bench.sqlite" --port "$port" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
note="$(curl -sf "http://127.0.0.1:$port/api/v1/notes?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')"
echo "home page: $(curl -sf "http://127.0.0.1:$port/" | wc -c) bytes"
for path in /healthz /assets/app.css / "/notes/$note" "/api/v1/notes?limit=20"; do
    printf '%-28s ' "$path"
    wrk -t1 -c64 -d"${seconds}s" "http://127.0.0.1:$port$path" | awk '/Requests\/sec/ {print $2 " req/s"} /Latency/ {lat=$2} END {print "    latency avg " lat}' | paste -sd' '
done
