#!/usr/bin/env bash
# Runs the real game under Xvfb (Mesa's software Vulkan) with a policy playing, and writes one
# PNG per screen into OUT_DIR: title, season, assembly, assembly-result, event, event-result,
# summary, debrief (animateur mode, in French and with `--lang en` the *-en ones), then handoff,
# ballot and all-voted (cooperative mode, hot seat), and assembly-cues-{fr,en} (the table
# showing the cues of a later decision).
#
#   scripts/screenshots.sh OUT_DIR            # e.g. docs/screenshots
#   CJS_SCREENSHOT_SETS="scale" scripts/screenshots.sh OUT_DIR   # only some of the sets
#
# The sets: screens (every screen, French and English), coop (the hot seat), cues (the table
# showing a later decision's cues), teach (the debrief's cues missed most and practice mode's
# answer, from a summer read by `reader`), scale (assembly, result, summary and debrief at 175 % and
# 250 % text, as on a projector: scale175-*.png, scale250-*.png). All by default.
#
# How it works: `cjs play --autoplay adaptive` lets the policy play; CJS_SCREENSHOTS=DIR makes
# the game save a screenshot (Bevy's screenshot API) the first time each screen is shown, hold
# the autoplay meanwhile, and quit after the debrief. Uses target-game/release/cjs, else
# target-game/debug/cjs, else builds the release binary (CARGO_TARGET_DIR=target-game).
set -euo pipefail

out="${1:?usage: scripts/screenshots.sh OUT_DIR}"
sets="${CJS_SCREENSHOT_SETS:-screens coop cues teach scale}"
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
[ -e /usr/share/vulkan/icd.d/lvp_icd.x86_64.json ] || ls /usr/share/vulkan/icd.d/lvp_icd*.json >/dev/null 2>&1 || need+=(mesa-vulkan-drivers)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

bin="${CJS_BIN:-}"
if [ -z "$bin" ]; then
  for b in "$root/target-game/release/cjs" "$root/target-game/debug/cjs"; do
    if [ -x "$b" ]; then bin="$b"; break; fi
  done
fi
if [ -z "$bin" ]; then
  (cd "$root" && CARGO_TARGET_DIR=target-game cargo build --release)
  bin="$root/target-game/release/cjs"
fi
echo "game: $bin" >&2

display=":${CJS_DISPLAY:-97}"
Xvfb "$display" -screen 0 1280x720x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1

tmp="$(mktemp -d)"
cd "$tmp"   # saves and reports the game writes stay out of the repository

run() { # DIR ARGS...
  local dir="$1"; shift
  mkdir -p "$dir"
  DISPLAY="$display" CJS_SCREENSHOTS="$dir" XDG_RUNTIME_DIR="$tmp" \
    timeout 600 "$bin" play quintin-2013 --seed 2013 --autoplay adaptive "$@" >"$tmp/log" 2>&1 \
    || { cat "$tmp/log" >&2; return 1; }
}

run_load() { # DIR SAVE ARGS...: the game opened on a save
  local dir="$1" save="$2"; shift 2
  mkdir -p "$dir"
  DISPLAY="$display" CJS_SCREENSHOTS="$dir" XDG_RUNTIME_DIR="$tmp" \
    timeout 600 "$bin" play --load "$save" "$@" >"$tmp/log" 2>&1 \
    || { cat "$tmp/log" >&2; return 1; }
}

has() { [[ " $sets " == *" $1 "* ]]; }
if has screens; then
  run "$out" --lang fr
  run "$tmp/en" --lang en
  for f in "$tmp"/en/*.png; do cp "$f" "$out/$(basename "$f" .png)-en.png"; done
fi
if has coop; then
  CJS_SCREENSHOTS_ONLY=handoff,ballot,all-voted run "$out" --lang fr --mode cooperative
fi
# The cooperants around the table showing the cues of a decision of week 2 (rank 11: two
# silent, a half-formed idea, a question to the animateurs, two at odds).
if has cues; then
  for lang in fr en; do
    CJS_SCREENSHOTS_FROM=11 CJS_SCREENSHOTS_ONLY=assembly run "$tmp/cues-$lang" --lang "$lang"
    cp "$tmp/cues-$lang/assembly.png" "$out/assembly-cues-$lang.png"
  done
fi
# What the debrief and practice mode teach (issue 23): a summer of quintin-2013 read by the
# `reader` policy (`cjs run --journal`, seed 5: seven misreadings); its save loaded whole opens
# on the debrief (the cues missed most, the button to replay the worst misreading:
# debrief-missed-{fr,en}.png), and cut before decision 10 (which `reader` misreads) with
# practice mode on, the assembly answers the reading the policy states and checks
# (assembly-practice-{fr,en}.png).
if has teach; then
  "$bin" run quintin-2013 --seed 5 --policy reader --journal "$tmp/reader.journal.json" >/dev/null
  jq '.save' "$tmp/reader.journal.json" >"$tmp/reader-whole.save.json"
  jq '.save | .practice = true | .inputs = .inputs[:10]' "$tmp/reader.journal.json" >"$tmp/reader-10.save.json"
  for lang in fr en; do
    CJS_SCREENSHOTS_ONLY=debrief run_load "$tmp/teach-$lang" "$tmp/reader-whole.save.json" --lang "$lang"
    cp "$tmp/teach-$lang/debrief.png" "$out/debrief-missed-$lang.png"
    CJS_SCREENSHOTS_ONLY=assembly-practice run_load "$tmp/teach-$lang" "$tmp/reader-10.save.json" --lang "$lang" --autoplay reader
    cp "$tmp/teach-$lang/assembly-practice.png" "$out/assembly-practice-$lang.png"
  done
fi
# Large text, as on a projector: scale175-*.png and scale250-*.png (French, and -en).
if has scale; then
  for pct in 175 250; do
    for lang in fr en; do
      suffix=""; [ "$lang" = en ] && suffix="-en"
      CJS_SCREENSHOTS_SCALE="${pct:0:1}.${pct:1}" CJS_SCREENSHOTS_ONLY=assembly,assembly-result,summary,debrief \
        run "$tmp/scale$pct-$lang" --lang "$lang"
      for f in "$tmp/scale$pct-$lang"/*.png; do cp "$f" "$out/scale$pct-$(basename "$f" .png)$suffix.png"; done
    done
  done
fi
ls -1 "$out"/*.png
