#!/usr/bin/env bash
# Benchmarks/lint-bench.sh [--size MB] [--runs N] [--seed S] [--no-build]
#
# The lint targets, one command: on a generated plan of --size MB (default
# 10) in each shape of Benchmarks/generate_plan.py (full: entries as cities
# write them, with the practice blocks; minimal: one-line entries of the
# required fields; short: block entries of many short values),
#   - libyaml's bare event loop in C (Benchmarks/event_loop.c), the floor;
#   - `pfplan lint PLAN --format json --as-of 2025-01-01` (release build):
#     wall time and peak RSS (GNU time's %M, "Maximum resident set size").
# Runs are interleaved (loop, lint, loop, lint, ...) --runs times (default
# 7) per shape and the table shows medians. Targets: lint of the full plan
# at most 2x the loop; peak RSS under 10x the file size on every shape.
# MB are 10^6 bytes. The table also goes to Benchmarks/out/lint-bench.md.
#
# Environment: SCRATCH_PATH (default .build), the SwiftPM scratch path to
# build in and take pfplan from; BIN_DIR overrides the binary folder.
# Needs bash, python3, cc, libyaml-dev, swift, GNU time.
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
out="$here/out"
size=10
runs=7
seed=1
build=1
cmdline="bash Benchmarks/lint-bench.sh${*:+ $*}"
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "lint-bench.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
done
name=lint-bench.sh
# shellcheck source=Benchmarks/bench-common.sh
. "$here/bench-common.sh"
bench_prepare
# shellcheck disable=SC2046
cc -O2 -o "$out/event_loop" "$here/event_loop.c" $(pkg-config --cflags --libs yaml-0.1 2>/dev/null || echo -lyaml) \
  || { log "cannot compile event_loop.c (is libyaml-dev installed?)"; exit 2; }

load_before=$(uptime)
# run CMD...: prints "seconds rss_kb" of one run (exit 0 or 1 accepted).
run() {
  local start end status
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$out/.lb-time" "$@" >/dev/null 2>"$out/.lb-stderr"
  status=$?
  end=$(date +%s%N)
  if [ $status -gt 1 ]; then log "$(basename "$1") failed (exit $status): $(head -c 300 "$out/.lb-stderr")"; exit 1; fi
  echo "$(( (end - start) / 1000 )) $(tail -n 1 "$out/.lb-time")"
}
samples="$out/lint-bench.tsv"
: >"$samples"
for shape in full minimal short; do
  plan="$out/plan-${size}mb-${shape}-s${seed}.yaml"
  if [ ! -s "$plan" ] || [ "$here/generate_plan.py" -nt "$plan" ]; then
    python3 "$here/generate_plan.py" "$plan" --size-mb "$size" --seed "$seed" --shape "$shape" || exit 2
  fi
  bytes=$(wc -c <"$plan")
  # The lint must find no error, or the plan is not what the target means.
  "$pfplan" lint "$plan" --format json --as-of 2025-01-01 >"$out/lint-bench-$shape.json"
  errors=$(python3 -c 'import json,sys; print(sum(f["severity"] == "error" for f in json.load(open(sys.argv[1]))))' \
    "$out/lint-bench-$shape.json")
  log "$shape: $bytes bytes, $errors errors, $runs runs"
  for ((i = 0; i < runs; i++)); do
    read -r loop_us _ < <(run "$out/event_loop" "$plan")
    read -r lint_us lint_kb < <(run "$pfplan" lint "$plan" --format json --as-of 2025-01-01)
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$shape" "$bytes" "$errors" "$loop_us" "$lint_us" "$lint_kb" >>"$samples"
  done
done
rm -f "$out/.lb-time" "$out/.lb-stderr"
load_after=$(uptime)

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo " (with uncommitted changes)")
python3 - "$samples" <<PY | tee "$out/lint-bench.md"
import statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
print("## pfplan lint targets\n")
print("Command: \`$cmdline\`, commit $commit$dirty, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, "
      "release build. Medians of interleaved runs; figures are noisy (shared machine).  ")
print("Load before: \`$load_before\`  ")
print("Load after: \`$load_after\`\n")
print("| shape | size MB | errors | runs | C loop s | lint s | lint / loop | peak RSS MB | RSS / file | 2x loop | RSS < 10x |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|")
for shape in ("full", "minimal", "short"):
    rs = [r for r in rows if r[0] == shape]
    if not rs:
        continue
    size = int(rs[0][1])
    loop = statistics.median(int(r[3]) for r in rs) / 1e6
    lint = statistics.median(int(r[4]) for r in rs) / 1e6
    kb = statistics.median(int(r[5]) for r in rs)
    ratio, rss = lint / loop, kb * 1024 / size
    speed = ("met" if ratio <= 2 else "not met") if shape == "full" else "-"
    print(f"| {shape} | {size / 1e6:.1f} | {rs[0][2]} | {len(rs)} | {loop:.3f} | {lint:.3f} | {ratio:.2f} | "
          f"{kb * 1024 / 1e6:.1f} | {rss:.1f} | {speed} | {'met' if rss < 10 else 'not met'} |")
PY
