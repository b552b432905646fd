#!/usr/bin/env bash
# Headless Chromium on the room, in two rooms one after the other:
#  1. votes: a phone at 390×844 joins, votes and reloads; the projector shows the address, the
#     code, the QR code and who voted (room-phone.png, room-phone-en.png, room-projector.png);
#  2. the posture poll (`cjs room --poll`): a phone reads the group's cues and answers which
#     posture it would take, and the projector shows the spread (room-phone-poll.png,
#     room-phone-poll-en.png, room-projector-poll.png);
#  3. trouble (scripts/room-hardening-browser.js): a refused join says why, the phone's push
#     stream refused then back (back-off), the projector without and with its token, the end
#     of the summer shown as the end (room-phone-join-refused.png, room-phone-reconnecting.png,
#     room-projector-no-token.png, room-projector-controls.png, room-phone-over.png);
#  4. a room stopped by a signal and resumed from its journal (scripts/room-resume-browser.js):
#     it opens again at the same address, and the phone takes its seat back by itself
#     (room-phone-back.png); removed then by the facilitator, it stays out; the first room's
#     projector says its link is of an earlier opening (room-projector-stale.png).
# Writes into OUT_DIR (default docs/screenshots). Needs Debian's chromium (apt-get install -y
# chromium) and node; installs playwright-core (npm registry) into a scratch folder. Talks only
# to 127.0.0.1. CJS_BIN: a cjs built with the room (else one is built).
# Usage: scripts/room-screenshots.sh [OUT_DIR]   (exit 3: playwright-core not installable)
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
    # Exit 3: the browser driver cannot be installed here (CI then skips this step).
    (cd "$npmdir" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund playwright-core@1) \
        || { echo "playwright-core could not be installed from npm"; exit 3; }
fi
log=$(mktemp)
# A room stopped by a signal writes the journal of its summer so far: here, into a scratch file.
journal=$(mktemp)
room=""
trap 'kill "$room" 2>/dev/null || true; wait "$room" 2>/dev/null || true; rm -f "$log" "$journal"' EXIT
# Opens a room of quintin-2013 with code CJSETE (extra flags: "$@"); sets $url.
open_room() {
    [ -z "$room" ] || { kill "$room" 2>/dev/null || true; wait "$room" 2>/dev/null || true; }
    : >"$log"
    "$bin" room quintin-2013 --port 0 --code CJSETE --seed 3 --wait 900 --lang fr --journal "$journal" "$@" >"$log" 2>&1 &
    room=$!
    for _ in $(seq 100); do [ -s "$log" ] && break; sleep 0.1; done
    url=$(head -1 "$log" | cut -d' ' -f1)
    [ -n "$url" ] || { echo "the room did not open"; cat "$log"; exit 1; }
}
# Each classmate from an address of their own (join NAME LANG N: from 127.0.0.N), as phones on a
# Wi-Fi: one address joins 4 phones at most. Each reads its state once, as the phone page does
# (a join never followed by its token is given back after 10 s).
join() {
    local t
    t=$(curl -sf --interface "127.0.0.$3" -X POST "${url}api/join" -d "{\"code\":\"CJSETE\",\"name\":\"$1\",\"lang\":\"$2\"}" | sed 's/.*"token":"\([0-9a-f]*\)".*/\1/')
    curl -sf --interface "127.0.0.$3" "${url}api/state" -H "Authorization: Bearer $t" >/dev/null
    echo "$t"
}

# 1. Votes. Classmates already in the room, so that the projector shows seats held, connected
# and voted.
open_room
i=10
for name in Maïwenn Théo Sacha Jade Noah; do i=$((i + 1)); join "$name" fr "$i" >/dev/null; done
tok=$(join Aya en 20)
curl -sf -X POST "${url}api/vote" -H "Authorization: Bearer $tok" -d '{"decision":0,"option":2}' >/dev/null
admin=$(sed -n 2p "$log" | sed 's/.*projector#\([0-9a-f]*\).*/\1/')
NODE_PATH="$npmdir/node_modules" node scripts/room-browser.js "$url" CJSETE "$out" "$admin"

# 2. The posture poll. Classmates already answered, so that the projector shows a spread.
open_room --poll
i=0
for name in Maïwenn Théo Sacha Jade Noah Aya Lina; do
    tok=$(join "$name" fr $((30 + i)))
    poll=$(curl -sf "${url}api/state" -H "Authorization: Bearer $tok" | sed 's/.*"poll":{[^}]*"id":\([0-9]*\).*/\1/')
    curl -sf -X POST "${url}api/poll" -H "Authorization: Bearer $tok" \
        -d "{\"poll\":$poll,\"option\":$(( (i * 5 + 1) % 4 ))}" >/dev/null
    i=$((i + 1))
done
admin=$(sed -n 2p "$log" | sed 's/.*projector#\([0-9a-f]*\).*/\1/')
NODE_PATH="$npmdir/node_modules" node scripts/room-poll-browser.js "$url" CJSETE "$out" "$admin"

# 3. Trouble. Four push streams held from 127.0.0.1 (the browser's address) by curl, so that
# the phone's stream is refused until the script says they may go.
open_room
admin=$(sed -n 2p "$log" | sed 's/.*projector#\([0-9a-f]*\).*/\1/')
holders=()
for _ in 1 2 3 4; do curl -sN "${url}api/events?token=$admin" >/dev/null & holders+=($!); done
sleep 0.5
release=$(mktemp -u)
NODE_PATH="$npmdir/node_modules" node scripts/room-hardening-browser.js "$url" CJSETE "$out" "$admin" "$release" &
browser=$!
for _ in $(seq 300); do [ -e "$release" ] && break; sleep 0.1; done
kill "${holders[@]}" 2>/dev/null || true
wait "$browser"
rm -f "$release"

# 4. A room stopped and resumed: it opens where it was, and the phone comes back by itself.
open_room
ready=$(mktemp -u)
admin=$(sed -n 2p "$log" | sed 's/.*projector#\([0-9a-f]*\).*/\1/')
NODE_PATH="$npmdir/node_modules" node scripts/room-resume-browser.js "$url" CJSETE "$out" "$ready" "$admin" &
browser=$!
for _ in $(seq 300); do [ -e "$ready" ] && break; sleep 0.1; done
rm -f "$ready"
kill -TERM "$room"
wait "$room" || true
: >"$log"
"$bin" room --resume "$journal" --lang fr >"$log" 2>&1 &
room=$!
for _ in $(seq 100); do [ -s "$log" ] && break; sleep 0.1; done
[ "$(head -1 "$log" | cut -d' ' -f1)" = "$url" ] || { echo "the resumed room is not where it was"; cat "$log"; exit 1; }
sed -n 2p "$log" | sed 's/.*projector#\([0-9a-f]*\).*/\1/' >"$ready.admin"
wait "$browser"
rm -f "$ready.admin"
