#!/usr/bin/env bash
# Renders a debrief report and screenshots it with headless Chromium (Debian's `chromium`).
#
#   scripts/report-screenshot.sh OUT.png [SCENARIO] [SEED] [POLICY] [LANG] [COMPARE_POLICY]
#
# Defaults: quintin-2013, seed 1, policy adaptive, lang fr. With COMPARE_POLICY, the same summer
# played with that policy is put side by side (two journals, one HTML).
# Builds `cjs` without the Bevy front-end; installs chromium with apt-get when missing (as root).
set -euo pipefail

out=${1:?usage: $0 OUT.png [SCENARIO] [SEED] [POLICY] [LANG] [COMPARE_POLICY]}
scenario=${2:-quintin-2013}
seed=${3:-1}
policy=${4:-adaptive}
lang=${5:-fr}
compare=${6:-}

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cargo build --quiet --no-default-features
cjs="$root/target/debug/cjs"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$cjs" run "$scenario" --seed "$seed" --policy "$policy" --journal "$work/a.json" > /dev/null
args=("$work/a.json")
if [[ -n "$compare" ]]; then
  "$cjs" run "$scenario" --seed "$seed" --policy "$compare" --journal "$work/b.json" > /dev/null
  args+=(--compare "$work/b.json")
fi
"$cjs" report "${args[@]}" --lang "$lang" --out "$work/report.html"

if ! command -v chromium > /dev/null; then
  apt-get install -y chromium fonts-dejavu-core > /dev/null
fi

case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
mkdir -p "$(dirname "$out")"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
  --user-data-dir="$work/profile" --screenshot="$out" --window-size=1280,2400 \
  "file://$work/report.html" 2> "$work/chromium.log" || { cat "$work/chromium.log" >&2; exit 1; }
[[ -s "$out" ]] || { echo "no screenshot written" >&2; cat "$work/chromium.log" >&2; exit 1; }
echo "$out"
