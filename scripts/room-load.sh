#!/usr/bin/env bash
# Load benchmark of the room (not a test): PHONES phones (default 200), each from its own
# loopback address, follow a whole summer of quintin-2013 through the push channel, re-read
# their state on each decision, and the seated ones vote. Prints the vote and state latencies
# and the room's peak memory. Figures go in docs/performance.md. Talks only to 127.0.x.x.
# Usage: scripts/room-load.sh [PHONES]
set -euo pipefail
cd "$(dirname "$0")/.."
phones=${1:-200}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
cargo build --quiet --release --no-default-features --features room --bin cjs --example room_load
bin="$CARGO_TARGET_DIR/release/cjs"
log=$(mktemp)
# A room stopped by a signal writes the journal of its summer so far: into a scratch file.
journal=$(mktemp)
# Loopback phones vote far faster than people: the per-address limit is raised so that it
# measures the room, not the limiter.
"$bin" room quintin-2013 --port 0 --code CJSETE --seed 1 --rate 1000 --lang en --journal "$journal" >"$log" 2>&1 &
room=$!
trap 'kill "$room" 2>/dev/null || true; wait "$room" 2>/dev/null || true; rm -f "$log" "$journal"' EXIT
for _ in $(seq 100); do [ -s "$log" ] && break; sleep 0.1; done
url=$(head -1 "$log" | cut -d' ' -f1)
echo "room at $url (pid $room), $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg)"
"$CARGO_TARGET_DIR/release/examples/room_load" "$url" CJSETE "$phones" "$room"
wait "$room" && echo "the room closed by itself, exit 0"
