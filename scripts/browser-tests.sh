#!/usr/bin/env bash
# The browser suite (Tests/Browser/journey.py): headless Chromium through a person's journey — sign up, pick
# interests, post a note in Chinese, find it, like it, comment, search, buy, log out — against a real
# `hongshu serve --demo` on a fresh database, with every page screenshot at a phone's and a desktop's size and
# audited for labels, alt text and contrast.
# Usage: scripts/browser-tests.sh [SCREENSHOT_FOLDER]   (default .build/browser-screenshots)
# Needs: Debian's chromium, chromium-driver and fonts-noto-cjk; selenium from PyPI (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
shots="${1:-.build/browser-screenshots}"
swift build --product hongshu >/dev/null
work="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
LOG_LEVEL=warning .build/debug/hongshu serve --demo --db "sqlite:$work/browser.sqlite" --port "$port" \
    >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 1200); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
    if ! kill -0 "$server" 2>/dev/null; then cat "$work/server.log"; exit 1; fi
    sleep 0.5
done
rm -rf "$shots"
python3 Tests/Browser/journey.py "http://127.0.0.1:$port" "$shots"
if grep -q "Request failed" "$work/server.log"; then
    echo "browser: the server logged a failed request:"
    grep "Request failed" "$work/server.log" | head -20
    exit 1
fi
