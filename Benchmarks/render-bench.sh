#!/usr/bin/env bash
# Benchmarks/render-bench.sh [--runs N] [--network-runs N] [--cities N] [--size MB] [--seed S] [--no-build]
#
# The render targets, one command (release build, each run into an empty
# folder, wall time from a nanosecond clock, peak RSS from GNU time):
#   - examples: `pfplan render Examples --out DIR` (the seven cities),
#     target under 0.3 s;
#   - network:  `pfplan render NET --out DIR --as-of 2025-01-01` over
#     --cities (default 200) cities of 50-200 kB made by
#     `generate_plan.py --network` (as Benchmarks/network.sh), target
#     under 6 s;
#   - large:    `pfplan render PLAN --out DIR --as-of 2025-01-01` of the
#     --size MB (default 10) generated plan (`generate_plan.py`, full
#     shape: the practice blocks included), target under 2 s.
# Medians of --runs runs (default 7) for examples and the large plan, of
# --network-runs (default 3) for the network. render must exit 0. Beside
# the wall time, the processor time (user + sys, GNU time) divided by the
# number of cores: on a machine others share, wall time follows their
# load, and (user + sys) / nproc is about what an idle machine of as many
# cores would take at best. The table also goes to Benchmarks/out/render-bench.md.
#
# Environment: SCRATCH_PATH (default .build), the SwiftPM scratch path to
# build in and take pfplan from; BIN_DIR overrides the binary folder.
# Needs bash, python3, swift, GNU time.
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
out="$here/out"
runs=7
network_runs=3
cities=200
size=10
seed=1
build=1
cmdline="bash Benchmarks/render-bench.sh${*:+ $*}"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --network-runs) network_runs=$2; shift 2 ;;
    --cities) cities=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "render-bench.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
done
name=render-bench.sh
# shellcheck source=Benchmarks/bench-common.sh
. "$here/bench-common.sh"
bench_prepare

network="$out/network-c${cities}-kb50-200-s${seed}"
if [ ! -d "$network" ] || [ "$here/generate_plan.py" -nt "$network" ]; then
  rm -rf "$network"
  python3 "$here/generate_plan.py" --network "$network" --cities "$cities" --seed "$seed" || exit 2
fi
plan="$out/plan-${size}mb-full-s${seed}.yaml"
if [ ! -s "$plan" ] || [ "$here/generate_plan.py" -nt "$plan" ]; then
  python3 "$here/generate_plan.py" "$plan" --size-mb "$size" --seed "$seed" --shape full || exit 2
fi

load_before=$(uptime)
samples="$out/render-bench.tsv"
: >"$samples"
site="$out/render-bench-site"
# measure NAME RUNS CMD...: one line per run (name, seconds, rss kB, files).
measure() {
  local name=$1 n=$2 i start end status
  shift 2
  for ((i = 0; i < n; i++)); do
    rm -rf "$site"
    start=$(date +%s%N)
    /usr/bin/time -f "%M %U %S" -o "$out/.rb-time" "$@" --out "$site" >/dev/null 2>"$out/.rb-stderr"
    status=$?
    end=$(date +%s%N)
    if [ $status -ne 0 ]; then log "$name: pfplan render failed (exit $status): $(head -c 400 "$out/.rb-stderr")"; exit 1; fi
    read -r rss user sys < <(tail -n 1 "$out/.rb-time")
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$(( (end - start) / 1000 ))" "$rss" \
      "$(find "$site" -type f | wc -l)" "$user" "$sys" >>"$samples"
  done
  log "$name: $n runs done"
}
measure examples "$runs" "$pfplan" render Examples
measure network "$network_runs" "$pfplan" render "$network" --as-of 2025-01-01
measure large "$runs" "$pfplan" render "$plan" --as-of 2025-01-01
rm -rf "$site" "$out/.rb-time" "$out/.rb-stderr"
load_after=$(uptime)

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo " (with uncommitted changes)")
input_mb=$(du -sb "$network" | awk '{ printf "%.1f", $1 / 1e6 }')
python3 - "$samples" <<PY | tee "$out/render-bench.md"
import statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
print("## pfplan render targets\n")
print("Command: \`$cmdline\`, commit $commit$dirty, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, "
      "release build. Medians; figures are noisy (shared machine).  ")
print("Load before: \`$load_before\`  ")
print("Load after: \`$load_after\`\n")
cores = $(nproc)
print(f"| what | command | runs | median s | min s | max s | (user + sys) / {cores} s | peak RSS MB | files | target | |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
what = {
    "examples": ("the 7 examples", "pfplan render Examples --out DIR", 0.3),
    "network": ("$cities generated cities ($input_mb MB)", "pfplan render NET --out DIR --as-of 2025-01-01", 6.0),
    "large": ("the $size MB generated plan", "pfplan render PLAN --out DIR --as-of 2025-01-01", 2.0),
}
for name, (label, command, target) in what.items():
    rs = [r for r in rows if r[0] == name]
    ts = [int(r[1]) / 1e6 for r in rs]
    med = statistics.median(ts)
    kb = statistics.median(int(r[2]) for r in rs)
    cpu = statistics.median((float(r[4]) + float(r[5])) / cores for r in rs)
    print(f"| {label} | \`{command}\` | {len(rs)} | {med:.3f} | {min(ts):.3f} | {max(ts):.3f} | {cpu:.3f} | "
          f"{kb * 1024 / 1e6:.0f} | {rs[0][3]} | < {target:g} s | {'met' if med < target else 'not met'} |")
PY
