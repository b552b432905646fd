#!/usr/bin/env bash
# The game with a room open, phones (curl) on the other side: writes into OUT_DIR
#   room-game-projector.png   cooperative mode: three phones joined, two voting on each
#                             decision; the game shoots the first ballot once complete;
#   room-game-poll.png, room-game-poll-en.png
#                             animateur mode: the autoplay asks the room "what would you do?"
#                             at each decision and four phones answer the posture poll; the
#                             game shoots the assembly once three have answered (the spread as
#                             bars, the room's window).
#
#   scripts/room-game-screenshots.sh OUT_DIR        # e.g. docs/screenshots
#
# Runs the real game under Xvfb (Mesa's software Vulkan, as scripts/screenshots.sh), with
# CJS_SCREENSHOTS_ONLY naming the one screen to shoot before quitting. Needs Xvfb,
# mesa-vulkan-drivers, curl and jq. The phones talk only to 127.0.0.1 and stop with the game.
set -euo pipefail

out="${1:?usage: scripts/room-game-screenshots.sh OUT_DIR}"
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
bin="${CJS_BIN:-$root/target-game/debug/cjs}"
port="${CJS_ROOM_PORT:-18765}"
display=":${CJS_DISPLAY:-96}"
api="http://127.0.0.1:$port/api"

Xvfb "$display" -screen 0 1280x720x24 >/dev/null 2>&1 &
xvfb=$!
tmp="$(mktemp -d)"
phones=""
trap 'kill $xvfb $phones 2>/dev/null || true' EXIT
sleep 1
cd "$tmp"

# join LANG NAME...: each name joins once the room answers; prints the tokens, one a line.
join() {
  local lang="$1"; shift
  for name in "$@"; do
    until t=$(curl -sf -X POST "$api/join" -H 'Content-Type: application/json' \
      -d "{\"code\":\"$(curl -sf "$api/projector" | jq -r .code)\",\"name\":\"$name\",\"lang\":\"$lang\"}" | jq -r .token); do
      sleep 0.3
    done
    echo "$t"
  done
}

# game SHOT ARGS...: plays quintin-2013 with the room open until it has shot SHOT.
game() {
  local shot="$1"; shift
  DISPLAY="$display" CJS_SCREENSHOTS="$tmp/shots" CJS_SCREENSHOTS_ONLY="$shot" XDG_RUNTIME_DIR="$tmp" \
    timeout 300 "$bin" play quintin-2013 --seed 2013 --autoplay adaptive \
    --room --host 127.0.0.1 --port "$port" "$@" >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; exit 1; }
  kill $phones 2>/dev/null || true
}

# Cooperative mode: three phones, two of them vote on every decision (option 0 or 1).
(
  mapfile -t tokens < <(join fr Camille Noé Inès)
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
game all-voted --mode cooperative --lang fr
cp "$tmp/shots/all-voted.png" "$out/room-game-projector.png"
echo "$out/room-game-projector.png"

# Animateur mode: four phones answer every poll they see.
for lang in fr en; do
  (
    mapfile -t tokens < <(join "$lang" Camille Noé Inès Yanis)
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
  rm -rf "$tmp/shots"
  game assembly-poll --mode animateur --lang "$lang"
  suffix=""; [ "$lang" = en ] && suffix="-en"
  cp "$tmp/shots/assembly-poll.png" "$out/room-game-poll$suffix.png"
  echo "$out/room-game-poll$suffix.png"
done
