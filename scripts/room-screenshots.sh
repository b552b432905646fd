#!/usr/bin/env bash
# Headless Chromium on the room: a phone at 390×844 joins, votes and reloads; the projector
# shows the address, the code, the QR code and who voted. Writes room-phone.png,
# room-phone-en.png and room-projector.png into OUT_DIR (default docs/screenshots).
# Needs Debian's chromium (apt-get install -y chromium) and node; installs playwright-core
# (npm registry) into a scratch folder. Talks only to 127.0.0.1.
# Usage: scripts/room-screenshots.sh [OUT_DIR]   (exit 3: playwright-core not installable)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-docs/screenshots}")
mkdir -p "$out"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
cargo build --quiet --no-default-features --features room
bin="$CARGO_TARGET_DIR/debug/cjs"
npmdir=${ROOM_BROWSER_DIR:-/tmp/cjs-room-browser}
if [ ! -d "$npmdir/node_modules/playwright-core" ]; then
    mkdir -p "$npmdir"
    # Exit 3: the browser driver cannot be installed here (CI then skips this step).
    (cd "$npmdir" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund playwright-core@1) \
        || { echo "playwright-core could not be installed from npm"; exit 3; }
fi
log=$(mktemp)
"$bin" room quintin-2013 --port 0 --code CJSETE --seed 3 --wait 900 --lang fr >"$log" 2>&1 &
room=$!
trap 'kill "$room" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do [ -s "$log" ] && break; sleep 0.1; done
url=$(head -1 "$log" | cut -d' ' -f1)
[ -n "$url" ] || { echo "the room did not open"; cat "$log"; exit 1; }
# Classmates already in the room, so that the projector shows seats held, connected and voted.
for name in Maïwenn Théo Sacha Jade Noah; do
    curl -sf -X POST "${url}api/join" -H 'Content-Type: application/json' \
        -d "{\"code\":\"CJSETE\",\"name\":\"$name\",\"lang\":\"fr\"}" >/dev/null
done
tok=$(curl -sf -X POST "${url}api/join" -d '{"code":"CJSETE","name":"Aya","lang":"en"}' | sed 's/.*"token":"\([0-9a-f]*\)".*/\1/')
curl -sf -X POST "${url}api/vote" -H "Authorization: Bearer $tok" -d '{"decision":0,"option":2}' >/dev/null
admin=$(sed -n 2p "$log" | sed 's/.*projector#\([0-9a-f]*\).*/\1/')
NODE_PATH="$npmdir/node_modules" node scripts/room-browser.js "$url" CJSETE "$out" "$admin"
