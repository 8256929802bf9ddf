#!/usr/bin/env bash
# Times a full `shipready audit` against ripgrep searching the same tree for the same literals
# the audit's prefilter uses, alternating runs on a warm page cache, and prints medians, the
# ratio, throughput and peak memory. The corpus is assembled offline from what the machine's
# package managers serve and is never committed (bench/corpus is ignored by git).
#
#   bash bench/compare-with-rg.sh [CORPUS_DIR] [RUNS]        (BUILD=portable: the portable build)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-bench/corpus}
runs=${2:-5}

command -v rg >/dev/null || { apt-get update -qq && apt-get install -y -qq ripgrep >/dev/null; }

[ -d "$corpus" ] && [ -n "$(ls -A "$corpus" 2>/dev/null)" ] || bash bench/assemble-corpus.sh "$corpus"

source bench/publish.sh
literals=$(mktemp)
trap 'rm -f "$literals"' EXIT
"${shipready[@]}" controls --prefilters > "$literals"

files=$(find "$corpus" -type f | wc -l)
bytes=$(du -sb "$corpus" | cut -f1)
echo "corpus: $files files, $((bytes / 1024 / 1024)) MiB; $(wc -l < "$literals") literals; $(nproc) cores"

measure() { # prints "seconds peak_kib"
  /usr/bin/time -f '%e %M' -o /dev/stderr "$@" >/dev/null 2>/tmp/bench-time.$$ || true
  tail -n 1 /tmp/bench-time.$$
}

declare -a audit_s rg_s audit_kib
for _ in $(seq 1 "$runs"); do
  read -r s k < <(measure "${shipready[@]}" audit "$corpus" --format json --no-history)
  audit_s+=("$s"); audit_kib+=("$k")
  read -r s _ < <(measure rg --no-ignore --hidden -F -c -f "$literals" "$corpus")
  rg_s+=("$s")
done
rm -f /tmp/bench-time.$$

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
a=$(median "${audit_s[@]}"); r=$(median "${rg_s[@]}"); kib=$(median "${audit_kib[@]}")
awk -v a="$a" -v r="$r" -v b="$bytes" -v f="$files" -v k="$kib" 'BEGIN {
  printf "shipready audit: median %.2f s, %.0f MB/s, %.0f files/s, peak RSS %.0f MiB\n", a, b / 1048576 / a, f / a, k / 1024
  printf "rg (same literals): median %.2f s\n", r
  printf "ratio audit/rg: %.2f\n", a / r
}'
