#!/usr/bin/env bash
# How the audit scales: 1 core against 2, the corpus doubled and quadrupled, and the shapes that
# would expose anything quadratic (one huge one-line file, thousands of findings in one file, a Ruby method of
# thousands of additions, a hundred thousand tiny files). Each figure is a median of alternating runs in the same session,
# and each is printed as a ratio against its reference, never as an absolute target.
#
#   bash bench/scaling.sh [CORPUS_DIR] [RUNS]        (BUILD=portable: the portable build)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-bench/corpus}
runs=${2:-3}
work=bench/.scaling
[ -d "$corpus" ] && [ -n "$(ls -A "$corpus" 2>/dev/null)" ] || bash bench/assemble-corpus.sh "$corpus"
source bench/publish.sh
audit=("${shipready[@]}" audit --format json --no-history --max-file-size 64)

seconds() { # wall seconds of one run of "$@"
  /usr/bin/time -f '%e %M' -o /tmp/scaling-time.$$ "$@" >/dev/null 2>&1 || true
  cut -d' ' -f1 /tmp/scaling-time.$$
}
last_kib() { cut -d' ' -f2 /tmp/scaling-time.$$; } # peak memory of the run seconds timed last
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
compare() { # label reference-command... -- other-command...: alternates both, prints medians and ratio
  local label=$1; shift
  local -a ref=() other=(); while [ "$1" != "--" ]; do ref+=("$1"); shift; done; shift; other=("$@")
  local -a r=() o=() rm=() om=()
  for _ in $(seq 1 "$runs"); do
    r+=("$(seconds "${ref[@]}")"); rm+=("$(last_kib)"); o+=("$(seconds "${other[@]}")"); om+=("$(last_kib)")
  done
  awk -v l="$label" -v a="$(median "${r[@]}")" -v b="$(median "${o[@]}")" -v c="$(median "${rm[@]}")" -v d="$(median "${om[@]}")" \
    'BEGIN { printf "%-34s reference %7.2f s   other %7.2f s   ratio %.2f   peak memory %.0f -> %.0f MiB\n", l, a, b, b / a, c / 1024, d / 1024 }'
}

rm -rf "$work"; mkdir -p "$work"
trap 'rm -rf "$work" /tmp/scaling-time.$$' EXIT

echo "corpus: $(find "$corpus" -type f | wc -l) files, $(( $(du -sb "$corpus" | cut -f1) / 1048576 )) MiB; $(nproc) cores"
"${audit[@]}" "$corpus" >/dev/null  # warm the page cache

# Both cores against one: the ratio is the speed-up (goal: at least 1.7).
compare "2 cores vs 1 (speed-up = 1/ratio)" env DOTNET_PROCESSOR_COUNT=1 taskset -c 0 "${audit[@]}" "$corpus" -- "${audit[@]}" "$corpus"

# The corpus twice and four times, as hard links: the same bytes, the same page cache, more files.
for n in 2 4; do
  mkdir -p "$work/x$n"
  for i in $(seq 1 "$n"); do cp -al "$corpus" "$work/x$n/copy$i"; done
done
# x1, x2 and x4 alternate in one loop, so that the increments below come from the same medians.
t1=() t2=() t4=() m1=() m2=() m4=()
for _ in $(seq 1 "$runs"); do
  t1+=("$(seconds "${audit[@]}" "$corpus")"); m1+=("$(last_kib)")
  t2+=("$(seconds "${audit[@]}" "$work/x2")"); m2+=("$(last_kib)")
  t4+=("$(seconds "${audit[@]}" "$work/x4")"); m4+=("$(last_kib)")
done
awk -v a="$(median "${t1[@]}")" -v b="$(median "${t2[@]}")" -v c="$(median "${t4[@]}")" 'BEGIN {
  printf "%-34s reference %7.2f s   other %7.2f s   ratio %.2f\n", "x2 tree vs x1 (goal 2 +-20%)", a, b, b / a
  printf "%-34s reference %7.2f s   other %7.2f s   ratio %.2f\n", "x4 tree vs x1 (goal 4 +-20%)", a, c, c / a
  # What does not grow with the tree (start-up, the catalog, compiling the code that runs) makes both ratios
  # fall short of 2 and 4 on any tool; the increments show whether the part that grows is linear.
  printf "%-34s reference %7.2f s   other %7.2f s   ratio %.2f\n", "increment x2->x4 vs x1->x2 (2)", b - a, c - b, (c - b) / (b - a)
  printf "%-34s %7.2f s (2 x1 - x2)\n", "part that does not grow", 2 * a - b
}'
# Memory should not grow with the tree beyond what the audit finds in it (hits, dependencies, notes).
awk -v a="$(median "${m1[@]}")" -v b="$(median "${m2[@]}")" -v c="$(median "${m4[@]}")" \
  'BEGIN { printf "%-34s x1 %.0f MiB   x2 %.0f MiB   x4 %.0f MiB   x4/x1 %.2f\n", "peak memory (goal: flat)", a / 1024, b / 1024, c / 1024, c / a }'

# Shapes that expose quadratic work, each against half its size.
mkdir -p "$work/minified-25" "$work/minified-50"
python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
chunk = "var a=fetch(u+'/x'),b=JSON.parse(c);function f(x){return x&&x.y?x.y.z:null}"
for mb in (25, 50):
    with open(os.path.join(work, f"minified-{mb}", "bundle.min.js"), "w") as f:
        f.write(chunk * (mb * 1024 * 1024 // len(chunk)))
for n in (5000, 10000):
    os.makedirs(os.path.join(work, f"findings-{n}"), exist_ok=True)
    with open(os.path.join(work, f"findings-{n}", "calls.js"), "w") as f:
        f.write("const axios = require('axios');\n")
        for i in range(n):
            f.write(f"axios.get('https://api.example.com/items/{i}');\n")
# One Ruby method that builds SQL in thousands of additions and runs it every tenth line: each run is judged
# against the whole method's assignments, which must be read once per method, not once per run.
for n in (5000, 10000):
    folder = os.path.join(work, f"ruby-additions-{n}", "app", "models")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "report.rb"), "w") as f:
        f.write("class Report < ApplicationRecord\n  def self.run(params)\n    sql = \"SELECT * FROM t WHERE 1=1\"\n")
        for i in range(n):
            f.write(f"    sql += \" AND c{i} = 1\"\n")
            if i % 10 == 0:
                f.write(f"    find_by_sql(\"SELECT * FROM t WHERE #{{sql}} AND k{i} = 2\")\n")
        f.write("  end\nend\n")
for n in (50000, 100000):
    root = os.path.join(work, f"tiny-{n}")
    for i in range(n):
        d = os.path.join(root, f"d{i // 1000:03d}")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f"m{i}.js"), "w") as f:
            f.write(f"module.exports = {i};\n")
PY
# A file over the size limit is noted and skipped; the limit is raised so the huge file is really read.
compare "50 MB one-line file vs 25 MB" "${audit[@]}" "$work/minified-25" -- "${audit[@]}" "$work/minified-50"
compare "10,000 findings in one file vs 5,000" "${audit[@]}" "$work/findings-5000" -- "${audit[@]}" "$work/findings-10000"
compare "Ruby method of 10,000 additions vs 5,000" "${audit[@]}" "$work/ruby-additions-5000" -- "${audit[@]}" "$work/ruby-additions-10000"
compare "100,000 tiny files vs 50,000" "${audit[@]}" "$work/tiny-50000" -- "${audit[@]}" "$work/tiny-100000"
