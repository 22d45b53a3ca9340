#!/usr/bin/env bash
# Search latency on a seeded database (BENCHMARKS.md): the engine call, the domain operation and FTS5's own
# bm25() ranking (`hongshu bench search`), then the same queries over HTTP with wrk, one connection, so each
# request's latency is one search's.
# Usage: scripts/bench-search.sh DATABASE_FILE [seconds]
#   DATABASE_FILE: a world made by `hongshu seed --db sqlite:FILE` (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
database="$1"
seconds="${2:-15}"
swift build -c release --product hongshu >/dev/null
work="$(mktemp -d)"
.build/release/hongshu bench search --db "sqlite:$database" --write-paths "$work/paths.txt"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
LOG_LEVEL=warning .build/release/hongshu serve --db "sqlite:$database" --port "$port" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
cat > "$work/paths.lua" <<'LUA'
local paths = {}
local next = 0
init = function(args)
    for line in io.lines(args[1]) do paths[#paths + 1] = line end
end
request = function()
    next = next % #paths + 1
    return wrk.format("GET", paths[next])
end
LUA
lines="$(wc -l < "$work/paths.txt")"
per=$((lines / 3))
for words in 1 2 3; do
    sed -n "$(((words - 1) * per + 1)),$((words * per))p" "$work/paths.txt" > "$work/paths-$words.txt"
    printf '%5d  %-18s ' "$words" "HTTP (wrk -c1)"
    wrk -t1 -c1 -d"${seconds}s" --latency -s "$work/paths.lua" "http://127.0.0.1:$port" -- "$work/paths-$words.txt" \
        | awk '/^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Requests\/sec/ {rate=$2} END {print p50 " p50, " p99 " p99, " rate " req/s"}'
done
