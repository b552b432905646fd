#!/usr/bin/env bash
# How long a key press takes to show: the wall time from a key sent to the game to the first
# change of the pixels on the X server's screen, with the game in its reactive update mode (no
# autoplay, no screenshots, no room: the window sleeps until an event wakes it).
#
#   scripts/key-latency.sh [BIN] [PRESSES]     # BIN defaults to target/release/cjs, 20 presses
#
# Xvfb keeps its screen in a memory-mapped file (`-fbdir`), so the screen can be read as
# often as we like without asking the X server (or the game) anything. The script starts
# `cjs play tutorial --lang en`, presses Enter twice (the season screen, then the first
# decision's assembly), waits for the screen to settle, then PRESSES times: waits until the
# screen has not changed for 1 s, notes the time, sends the key with xdotool (XTEST, to the
# focused window, as a keyboard does), and polls the screen file about every 0.5 ms until a
# pixel differs. The keys alternate 7 and 8 (the trainee's reading: "not ready", "partly
# ready"), so each press changes a radio button on screen; CJS_LATENCY_KEYS="p" presses P
# instead (pause for discussion, and back: an action the game's state applies). The time counted includes
# xdotool's own start (a few ms): a key on a real keyboard is answered a little sooner; a real
# monitor adds its scan-out (up to one refresh) after that.
#
# Needs xvfb, mesa-vulkan-drivers, xdotool and python3.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/target/release/cjs}"
presses="${2:-20}"
display=":${CJS_DISPLAY:-94}"
tmp="$(mktemp -d)"
Xvfb "$display" -screen 0 1280x720x24 -fbdir "$tmp" >/dev/null 2>&1 &
xvfb=$!
game=""
trap 'kill $game $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY="$display"
xdotool mousemove 1279 719   # the pointer off the window's widgets: no hover changes
cd "$tmp"
XDG_RUNTIME_DIR="$tmp" "$bin" play tutorial --lang en >"$tmp/log" 2>&1 &
game=$!
sleep 10
win=$(xdotool search --name "coop" | head -1 || true)
if [ -z "$win" ]; then echo "no game window; the game said:" >&2; cat "$tmp/log" >&2; exit 1; fi
xdotool windowfocus --sync "$win"
xdotool key Return
sleep 3
xdotool key Return
sleep 5
python3 - "$tmp/Xvfb_screen0" "$presses" ${CJS_LATENCY_KEYS:-7 8} <<'EOF'
import mmap, os, subprocess, sys, time

path, presses, keys = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
f = open(path, "rb")
screen = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)

def settle(quiet=1.0, limit=30.0):
    """Waits until the screen has not changed for `quiet` seconds; returns it."""
    start = time.monotonic()
    last, since = screen[:], time.monotonic()
    while time.monotonic() - since < quiet:
        time.sleep(0.01)
        now = screen[:]
        if now != last:
            last, since = now, time.monotonic()
        if time.monotonic() - start > limit:
            sys.exit("the screen never settled")
    return last

times = []
for i in range(presses):
    key = keys[i % len(keys)]
    before = settle()
    t0 = time.monotonic()
    subprocess.run(["xdotool", "key", key], check=True)
    while screen[:] == before:
        if time.monotonic() - t0 > 5.0:
            sys.exit(f"press {i + 1} ({key}): nothing changed on screen within 5 s")
        time.sleep(0.0005)
    times.append((time.monotonic() - t0) * 1000.0)
    print(f"press {i + 1:2} (key {key}): {times[-1]:6.1f} ms", flush=True)

times.sort()
n = len(times)
median = times[n // 2] if n % 2 else (times[n // 2 - 1] + times[n // 2]) / 2
p90 = times[min(n - 1, int(0.9 * n))]
print(f"{n} presses: min {times[0]:.1f} ms, median {median:.1f} ms, p90 {p90:.1f} ms, max {times[-1]:.1f} ms")
EOF
# CJS_LATENCY_SHOT=FILE.png: what the screen showed at the end (needs ImageMagick's import).
if [ -n "${CJS_LATENCY_SHOT:-}" ]; then import -window root "$CJS_LATENCY_SHOT"; fi
