#!/usr/bin/env bash
# Benchmarks/network.sh [--cities N] [--min-kb K] [--max-kb K] [--seed S]
#                       [--runs N] [--no-build]
#
# A network's site in one run: `pfplan render DIR --out OUT` (release
# build, --as-of 2025-01-01 as in run.sh) over a folder of generated
# cities, Benchmarks/generate_plan.py --network: N distinct cities
# (default 200), each a small plan of --min-kb to --max-kb kB (default
# 50-200) with seed S+i (default S 1). Each run renders into an empty
# folder, so no run only updates the files of the one before.
#
# It prints a Markdown table of the median of --runs runs (default 3):
# total wall time, time per city, user and system CPU time, the cores
# used ((user + sys) / wall, against nproc: render lints and renders the
# cities on every core, so this is near nproc when nothing else runs),
# peak RSS and what was written; and saves it, with the load average
# before and after, to Benchmarks/out/network.md. The plans are made once
# per set of arguments and kept in Benchmarks/out/network-*/.
#
# Wall time is read from a nanosecond clock around the run; CPU times and
# peak RSS from GNU time (%U %S %M). render must exit 0 on every run.
#
# Environment: SCRATCH_PATH, the SwiftPM scratch path to build in and take
# the binary from (default .build; use your own, e.g. .build-bench, when
# others build in the same checkout); BIN_DIR overrides the binary folder.
#
# Needs bash, python3, swift, GNU time, coreutils.
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
out="$here/out"
cities=200
min_kb=50
max_kb=200
seed=1
runs=3
build=1
cmdline="bash Benchmarks/network.sh${*:+ $*}"

while [ $# -gt 0 ]; do
  case "$1" in
    --cities) cities=$2; shift 2 ;;
    --min-kb) min_kb=$2; shift 2 ;;
    --max-kb) max_kb=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "network.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
done

log() { echo "network.sh: $*" >&2; }

mkdir -p "$out"
cd "$root" || exit 2
load_before=$(uptime)
log "load before: $load_before"

if [ ! -x /usr/bin/time ]; then
  log "GNU time (/usr/bin/time) is required (apt-get install time)"
  exit 2
fi

scratch="${SCRATCH_PATH:-.build}"
case "$scratch" in /*) ;; *) scratch="$root/$scratch" ;; esac
if [ $build -eq 1 ]; then
  log "building pfplan (release) in $scratch"
  if ! swift build -c release --product pfplan --scratch-path "$scratch" >"$out/network-build.log" 2>&1; then
    tail -n 20 "$out/network-build.log" >&2
    log "swift build failed"
    exit 2
  fi
fi
pfplan="${BIN_DIR:-$scratch/release}/pfplan"
[ -x "$pfplan" ] || { log "no $pfplan"; exit 2; }

plans="$out/network-c${cities}-kb${min_kb}-${max_kb}-s${seed}"
if [ ! -d "$plans" ] || [ "$here/generate_plan.py" -nt "$plans" ]; then
  rm -rf "$plans"
  python3 "$here/generate_plan.py" --network "$plans" --cities "$cities" --min-kb "$min_kb" --max-kb "$max_kb" \
    --seed "$seed" || exit 2
fi
found=$(find "$plans" -name plan.yaml | wc -l)
input_mb=$(du -sb "$plans" | awk '{ printf "%.1f", $1 / 1e6 }')
log "$found plans, $input_mb MB, in $plans"

site="$out/network-site"
samples="$out/network-runs.tsv"
: >"$samples"
for ((i = 0; i < runs; i++)); do
  rm -rf "$site"
  start=$(date +%s%N)
  /usr/bin/time -f "%U %S %M" -o "$out/.network-time" "$pfplan" render "$plans" --out "$site" --as-of 2025-01-01 \
    >/dev/null 2>"$out/network-render.stderr"
  status=$?
  end=$(date +%s%N)
  if [ $status -ne 0 ]; then
    log "pfplan render failed (exit $status): $(head -c 400 "$out/network-render.stderr" | tr '\n' ' ')"
    exit 1
  fi
  read -r user sys rss < <(tail -n 1 "$out/.network-time")
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
  printf '%s\t%s\t%s\t%s\n' "$wall" "$user" "$sys" "$rss" >>"$samples"
  log "run $((i + 1)): $wall s wall, $user s user, $sys s sys"
done
rm -f "$out/.network-time"
files=$(find "$site" -type f | wc -l)
site_mb=$(du -sb "$site" | awk '{ printf "%.1f", $1 / 1e6 }')
load_after=$(uptime)
log "load after: $load_after"

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo " (with uncommitted changes)")
python3 - "$samples" "$found" "$(nproc)" <<PY | tee "$out/network.md"
import statistics, sys

rows = [list(map(float, line.split("\t"))) for line in open(sys.argv[1]) if line.strip()]
cities, cores = int(sys.argv[2]), int(sys.argv[3])
median = lambda i: statistics.median(r[i] for r in rows)
wall, user, sys_t, rss = median(0), median(1), median(2), median(3)
used = statistics.median((r[1] + r[2]) / r[0] for r in rows)
print("## pfplan network render\n")
print("Command: \`$cmdline\` (SCRATCH_PATH=${SCRATCH_PATH:-.build}), commit $commit$dirty, "
      "$(date -u '+%Y-%m-%d %H:%M UTC'), {} cores.  ".format(cores))
print("Load before: \`$load_before\`  ")
print("Load after: \`$load_after\`\n")
print(f"\`pfplan render {'$plans'.replace('$root/', '')} --out OUT --as-of 2025-01-01\`: {cities} cities, "
      f"$input_mb MB of plans, {len(rows)} runs (median), $files files ($site_mb MB) written.\n")
print("| cities | total s | ms per city | user s | sys s | cores used | peak RSS MB |")
print("|---:|---:|---:|---:|---:|---:|---:|")
print(f"| {cities} | {wall:.2f} | {1000 * wall / cities:.1f} | {user:.2f} | {sys_t:.2f} | "
      f"{used:.2f} of {cores} | {rss * 1024 / 1e6:.0f} |")
PY
