#!/usr/bin/env bash
# Headless Chromium on the posture poll: `cjs room --poll` asks every phone, at each decision,
# which posture it would take; a phone at 390×844 answers, and the projector shows the spread.
# Writes room-phone-poll.png, room-phone-poll-en.png and room-projector-poll.png into OUT_DIR
# (default docs/screenshots). Needs Debian's chromium and node; installs playwright-core (npm
# registry) into a scratch folder, as scripts/room-screenshots.sh. Talks only to 127.0.0.1.
# Usage: scripts/room-poll-screenshot.sh [OUT_DIR]   (CJS_BIN: a cjs built with the room)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-docs/screenshots}")
mkdir -p "$out"
bin="${CJS_BIN:-}"
if [ -z "$bin" ]; then
    export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
    cargo build --quiet --no-default-features --features room
    bin="$CARGO_TARGET_DIR/debug/cjs"
fi
npmdir=${ROOM_BROWSER_DIR:-/tmp/cjs-room-browser}
if [ ! -d "$npmdir/node_modules/playwright-core" ]; then
    mkdir -p "$npmdir"
    (cd "$npmdir" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund playwright-core@1) \
        || { echo "playwright-core could not be installed from npm"; exit 3; }
fi
log=$(mktemp)
"$bin" room quintin-2013 --port 0 --code CJSETE --seed 3 --wait 900 --poll --lang fr >"$log" 2>&1 &
room=$!
trap 'kill "$room" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do [ -s "$log" ] && break; sleep 0.1; done
url=$(head -1 "$log" | cut -d' ' -f1)
[ -n "$url" ] || { echo "the room did not open"; cat "$log"; exit 1; }
# Classmates already answered, so that the projector shows a spread.
i=0
for name in Maïwenn Théo Sacha Jade Noah Aya Lina; do
    tok=$(curl -sf -X POST "${url}api/join" -d "{\"code\":\"CJSETE\",\"name\":\"$name\",\"lang\":\"fr\"}" \
        | sed 's/.*"token":"\([0-9a-f]*\)".*/\1/')
    poll=$(curl -sf "${url}api/state" -H "Authorization: Bearer $tok" | sed 's/.*"poll":{[^}]*"id":\([0-9]*\).*/\1/')
    curl -sf -X POST "${url}api/poll" -H "Authorization: Bearer $tok" \
        -d "{\"poll\":$poll,\"option\":$(( (i * 5 + 1) % 4 ))}" >/dev/null
    i=$((i + 1))
done
NODE_PATH="$npmdir/node_modules" node scripts/room-poll-browser.js "$url" CJSETE "$out"
