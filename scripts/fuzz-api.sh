#!/usr/bin/env bash
# Fuzzes the JSON API from its own OpenAPI document with schemathesis (pip install schemathesis),
# signed in as a demo user, and fails on any 5xx: "no input ever produces a 500".
# Usage: scripts/fuzz-api.sh [examples-per-operation]
set -euo pipefail
cd "$(dirname "$0")/.."
examples="${1:-40}"
swift build -c release --product hongshu >/dev/null
work="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
LOG_LEVEL=error .build/release/hongshu serve --demo --db "sqlite:$work/fuzz.sqlite" --port "$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 200); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
handle="$(curl -sf "http://127.0.0.1:$port/api/v1/notes?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["author"]["handle"])')"
token="$(curl -sf -X POST "http://127.0.0.1:$port/api/v1/sessions" -d "{\"handle\":\"$handle\",\"password\":\"hongshu-demo\"}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"
# Signing in and out are left out: random sign-ins would trip the login throttle, and signing
# out would end the session the rest of the run uses.
schemathesis run "http://127.0.0.1:$port/openapi.json" --checks not_a_server_error \
    --header "Authorization: Bearer $token" --exclude-path /api/v1/sessions --exclude-path /api/v1/sessions/current \
    --max-examples "$examples"
! grep -q "Request failed" "$work/server.log"
