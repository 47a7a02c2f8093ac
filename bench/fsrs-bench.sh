#!/usr/bin/env bash
# Replays the same 100,000 generated reviews through HcsBot's FSRS scheduler (C#) and through ts-fsrs 5.4.2 (Node),
# one after the other in this run, and prints both throughputs and their ratio. Timings here are noisy: compare the
# ratio, not the absolute numbers.
# Usage: bench/fsrs-bench.sh
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reference="$repo/tools/fsrs-reference"
project="$repo/bench/HcsBot.Bench.Fsrs/HcsBot.Bench.Fsrs.csproj"

if [ ! -d "$reference/node_modules/ts-fsrs" ]; then
  (cd "$reference" && npm ci --no-audit --no-fund)
fi
dotnet build "$project" -c Release --nologo -v quiet
ours="$(dotnet run --no-build -c Release --project "$project")"
theirs="$(node "$reference/bench.mjs")"

field() { printf '%s\n' "$1" | sed -n "s/^$2=//p"; }
if [ "$(field "$ours" checksum)" != "$(field "$theirs" checksum)" ]; then
  echo "Checksums differ (ours $(field "$ours" checksum), ts-fsrs $(field "$theirs" checksum)): the schedulers disagree." >&2
  exit 1
fi

printf '%s: %s reviews/s\n' "$(field "$ours" implementation)" "$(field "$ours" reviews_per_second)"
printf '%s: %s reviews/s\n' "$(field "$theirs" implementation)" "$(field "$theirs" reviews_per_second)"
awk -v ours="$(field "$ours" reviews_per_second)" -v theirs="$(field "$theirs" reviews_per_second)" -v reviews="$(field "$ours" reviews)" \
  -v checksum="$(field "$ours" checksum)" \
  'BEGIN { printf "%d reviews each, same checksum (%s); ratio (HcsBot / ts-fsrs): %.2f\n", reviews, checksum, ours / theirs }'
