#!/usr/bin/env bash
# The game's projector view of a room, with phones (curl) joined and voting: writes
# OUT_DIR/room-game-projector.png.
#
#   scripts/room-game-screenshot.sh OUT_DIR        # e.g. docs/screenshots
#
# Runs the real game under Xvfb (Mesa's software Vulkan, as scripts/screenshots.sh) in
# cooperative mode with `--room --port 18765` and a policy playing the keyboard's seats; three
# phones join over HTTP and vote on each decision; CJS_SCREENSHOTS_ONLY=all-voted makes the game
# shoot the first ballot once complete, then quit. Needs Xvfb, mesa-vulkan-drivers, curl and jq.
set -euo pipefail

out="${1:?usage: scripts/room-game-screenshot.sh OUT_DIR}"
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
bin="${CJS_BIN:-$root/target-game/debug/cjs}"
port="${CJS_ROOM_PORT:-18765}"
display=":${CJS_DISPLAY:-96}"

Xvfb "$display" -screen 0 1280x720x24 >/dev/null 2>&1 &
xvfb=$!
tmp="$(mktemp -d)"
phones=""
trap 'kill $xvfb $phones 2>/dev/null || true' EXIT
sleep 1
cd "$tmp"

# Three phones: join once the room answers, then vote on every decision (option 0 or 1).
(
  api="http://127.0.0.1:$port/api"
  tokens=()
  for name in Camille Noé Inès; do
    until t=$(curl -sf -X POST "$api/join" -H 'Content-Type: application/json' \
      -d "{\"code\":\"$(curl -sf "$api/projector" | jq -r .code)\",\"name\":\"$name\",\"lang\":\"fr\"}" | jq -r .token); do
      sleep 0.3
    done
    tokens+=("$t")
  done
  k=0
  while true; do
    for t in "${tokens[@]:0:2}"; do
      d=$(curl -sf "$api/state" -H "Authorization: Bearer $t" | jq -r .decision) || continue
      curl -sf -X POST "$api/vote" -H "Authorization: Bearer $t" -H 'Content-Type: application/json' \
        -d "{\"decision\":$d,\"option\":$((k % 2))}" >/dev/null || true
      k=$((k + 1))
    done
    sleep 0.2
  done
) >/dev/null 2>&1 &
phones=$!

DISPLAY="$display" CJS_SCREENSHOTS="$tmp/shots" CJS_SCREENSHOTS_ONLY=all-voted XDG_RUNTIME_DIR="$tmp" \
  timeout 300 "$bin" play quintin-2013 --seed 2013 --mode cooperative --autoplay adaptive \
  --room --port "$port" --lang fr >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; exit 1; }
cp "$tmp/shots/all-voted.png" "$out/room-game-projector.png"
echo "$out/room-game-projector.png"
