#!/usr/bin/env bash
# The game in animateur mode with a room open: the autoplay asks the room "what would you do?"
# at each decision and four phones (curl) answer the posture poll; the game shoots the
# assembly once three have answered (the spread as bars, the room's window), then quits.
# Writes OUT_DIR/room-game-poll.png (and room-game-poll-en.png with --lang en).
#
#   scripts/room-game-poll-screenshot.sh OUT_DIR        # e.g. docs/screenshots
#
# Runs the real game under Xvfb (Mesa's software Vulkan, as scripts/screenshots.sh). Needs
# Xvfb, mesa-vulkan-drivers, curl and jq.
set -euo pipefail

out="${1:?usage: scripts/room-game-poll-screenshot.sh OUT_DIR}"
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
bin="${CJS_BIN:-$root/target-game/debug/cjs}"
port="${CJS_ROOM_PORT:-18766}"
display=":${CJS_DISPLAY:-95}"

Xvfb "$display" -screen 0 1280x720x24 >/dev/null 2>&1 &
xvfb=$!
tmp="$(mktemp -d)"
phones=""
trap 'kill $xvfb $phones 2>/dev/null || true' EXIT
sleep 1
cd "$tmp"

for lang in fr en; do
  # Four phones: join once the room answers, then answer every poll they see.
  (
    api="http://127.0.0.1:$port/api"
    tokens=()
    for name in Camille Noé Inès Yanis; do
      until t=$(curl -sf -X POST "$api/join" -H 'Content-Type: application/json' \
        -d "{\"code\":\"$(curl -sf "$api/projector" | jq -r .code)\",\"name\":\"$name\",\"lang\":\"$lang\"}" | jq -r .token); do
        sleep 0.2
      done
      tokens+=("$t")
    done
    answers=(2 1 2 3)   # facilitate, suggest, facilitate, step back
    while true; do
      for i in 0 1 2 3; do
        t=${tokens[$i]}
        id=$(curl -sf "$api/state" -H "Authorization: Bearer $t" | jq -r '.poll.id // empty') || continue
        [ -n "$id" ] || continue
        curl -sf -X POST "$api/poll" -H "Authorization: Bearer $t" \
          -d "{\"poll\":$id,\"option\":${answers[$i]}}" >/dev/null || true
      done
      sleep 0.1
    done
  ) >/dev/null 2>&1 &
  phones=$!
  DISPLAY="$display" CJS_SCREENSHOTS="$tmp/$lang" CJS_SCREENSHOTS_ONLY=assembly-poll XDG_RUNTIME_DIR="$tmp" \
    timeout 300 "$bin" play quintin-2013 --seed 2013 --mode animateur --autoplay adaptive \
    --room --host 127.0.0.1 --port "$port" --lang "$lang" >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; exit 1; }
  kill $phones 2>/dev/null || true
  suffix=""; [ "$lang" = en ] && suffix="-en"
  cp "$tmp/$lang/assembly-poll.png" "$out/room-game-poll$suffix.png"
  echo "$out/room-game-poll$suffix.png"
done
