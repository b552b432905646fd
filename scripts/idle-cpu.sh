#!/usr/bin/env bash
# The game at rest: CPU used by `cjs play tutorial --lang en` left untouched on the title, then
# waiting at its first decision (two Enter presses: the season screen, then the assembly),
# each over SECONDS (default 60), under Xvfb with Mesa's software Vulkan. Prints the CPU time
# (utime + stime from /proc/PID/stat) and the share of one core.
#
#   scripts/idle-cpu.sh [BIN] [SECONDS]     # BIN defaults to target/release/cjs
#
# Needs xvfb, mesa-vulkan-drivers and xdotool (apt-get install -y xvfb mesa-vulkan-drivers xdotool).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/target/release/cjs}"
secs="${2:-60}"
display=":${CJS_DISPLAY:-95}"
Xvfb "$display" -screen 0 1280x720x24 >/dev/null 2>&1 &
xvfb=$!
tmp="$(mktemp -d)"
game=""
trap 'kill $game $xvfb 2>/dev/null || true' EXIT
sleep 1
cd "$tmp"
DISPLAY="$display" XDG_RUNTIME_DIR="$tmp" "$bin" play tutorial --lang en >"$tmp/log" 2>&1 &
game=$!
sleep 10
ticks() { awk '{print $14 + $15}' "/proc/$game/stat"; }
measure() { # WHAT
  local a b hz
  hz=$(getconf CLK_TCK)
  a=$(ticks); sleep "$secs"; b=$(ticks)
  awk -v w="$1" -v t=$((b - a)) -v hz="$hz" -v s="$secs" \
    'BEGIN { printf "%s: %.2f s of CPU in %d s = %.1f %% of one core\n", w, t / hz, s, 100 * t / hz / s }'
}
measure "title, untouched"
win=$(DISPLAY="$display" xdotool search --name "coop" | head -1)
DISPLAY="$display" xdotool windowfocus "$win" key --window "$win" Return
sleep 3
DISPLAY="$display" xdotool key --window "$win" Return
sleep 5
measure "waiting at the first decision"
# CJS_IDLE_SHOT=FILE.png: what the screen showed then (needs ImageMagick's import).
if [ -n "${CJS_IDLE_SHOT:-}" ]; then DISPLAY="$display" import -window root "$CJS_IDLE_SHOT"; fi
