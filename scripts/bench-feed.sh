#!/usr/bin/env bash
# Feed latency on a seeded database (BENCHMARKS.md): `hongshu bench feed` through the domain, then
# `GET /api/v1/feed` over HTTP with wrk, one connection (each latency is one request's), each request as the next of
# the same readers (their API tokens in turn), first pages only (each ranks a fresh feed).
# Usage: scripts/bench-feed.sh DATABASE_FILE [seconds] [readers]
#   DATABASE_FILE: a world made by `hongshu seed --db sqlite:FILE` (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
database="$1"
seconds="${2:-15}"
readers="${3:-500}"
swift build -c release --product hongshu >/dev/null
work="$(mktemp -d)"
.build/release/hongshu bench feed --db "sqlite:$database" --readers "$readers" --write-tokens "$work/tokens.txt"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
LOG_LEVEL=warning .build/release/hongshu serve --db "sqlite:$database" --port "$port" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
cat > "$work/feed.lua" <<'LUA'
local tokens = {}
local next = 0
init = function(args)
    for line in io.lines(args[1]) do tokens[#tokens + 1] = line end
end
request = function()
    next = next % #tokens + 1
    return wrk.format("GET", "/api/v1/feed?limit=20", { ["Authorization"] = "Bearer " .. tokens[next] })
end
LUA
# Warm the server (trending and the platform's record are computed once a minute).
curl -sf "http://127.0.0.1:$port/api/v1/feed" >/dev/null
printf '%-38s ' "HTTP GET /api/v1/feed (wrk -c1)"
wrk -t1 -c1 -d"${seconds}s" --latency -s "$work/feed.lua" "http://127.0.0.1:$port" -- "$work/tokens.txt" \
    | awk '/^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Requests\/sec/ {rate=$2} /Non-2xx/ {bad=$0} END {print p50 " p50, " p99 " p99, " rate " req/s " bad}'
printf '%-38s ' "HTTP GET /api/v1/feed signed out"
wrk -t1 -c1 -d"${seconds}s" --latency "http://127.0.0.1:$port/api/v1/feed?limit=20" \
    | awk '/^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Requests\/sec/ {rate=$2} END {print p50 " p50, " p99 " p99, " rate " req/s"}'
