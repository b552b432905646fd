#!/usr/bin/env bash
# Renders a class debrief and screenshots it at 1280 × 720 (a projector) with headless Chromium.
#
#   scripts/class-screenshot.sh OUT.png [LANG] [SCENARIO] [SEED] [HEIGHT]
#
# The class: one summer per policy (adaptive, directive, coaching, facilitative, delegating,
# random, reader, greedy), all on one seed, as eight groups playing the same summer would.
# Defaults: fr, quintin-2013, seed 2013, height 720. Builds `cjs` without the Bevy front-end;
# installs chromium with apt-get when missing (as root).
set -euo pipefail

out=${1:?usage: $0 OUT.png [LANG] [SCENARIO] [SEED] [HEIGHT]}
lang=${2:-fr}
scenario=${3:-quintin-2013}
seed=${4:-2013}
height=${5:-720}

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cargo build --quiet --no-default-features
cjs="${CARGO_TARGET_DIR:-$root/target}/debug/cjs"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

journals=()
for p in adaptive directive coaching facilitative delegating random reader greedy; do
  "$cjs" run "$scenario" --seed "$seed" --policy "$p" --journal "$work/$p.json" > /dev/null
  journals+=("$work/$p.json")
done
"$cjs" report "${journals[@]}" --lang "$lang" --out "$work/class.html"

if ! command -v chromium > /dev/null; then
  apt-get install -y chromium fonts-dejavu-core > /dev/null
fi

case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
mkdir -p "$(dirname "$out")"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
  --user-data-dir="$work/profile" --screenshot="$out" --window-size="1280,$height" \
  "file://$work/class.html" 2> "$work/chromium.log" || { cat "$work/chromium.log" >&2; exit 1; }
[[ -s "$out" ]] || { echo "no screenshot written" >&2; cat "$work/chromium.log" >&2; exit 1; }
echo "$out"
