#!/usr/bin/env bash
# Benchmarks/run.sh [--sizes "1 10 50"] [--runs N] [--seed S] [--no-build]
#
# Measures `pfplan lint` against two floors, libyaml's bare event loop in C
# (Benchmarks/event_loop.c) and in Swift (the yaml-event-loop product), on
# generated plans of the given sizes (MB), and prints a Markdown table plus
# the fitted exponent k of `time ~ size^k` for pfplan lint.
#
# Each command runs --runs times (default 3) under `/usr/bin/time -f "%e %M"`;
# the table shows the median. Wall time is read from a nanosecond clock
# around the run, because %e has only 10 ms resolution (a 1 MB event loop
# takes about that long); peak RSS is time's %M. pfplan exits 0 (clean) or
# 1 (findings): both are successful runs; exit >= 2, a signal or a missing
# binary gives `n/a`. A plan above pfplan's 16 MiB input limit is reported
# as `yaml/limits` (with exit 1, or 2 if pfplan refuses the file outright),
# so the lint time there is the time to refuse it; such
# sizes are marked and left out of the fit, as are runs whose output is not
# JSON (marked `no JSON`: pfplan lint not implemented yet). pfplan's JSON
# output is kept in out/lint-SIZEmb.json.
#
# Needs bash, python3 (standard library), cc, libyaml-dev, swift, GNU time.
# Plans and binaries go to Benchmarks/out/ (gitignored).
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
out="$here/out"
sizes="1 10 50"
runs=3
seed=1
build=1

while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --sizes=*) sizes=${1#--sizes=}; shift ;;
    --runs) runs=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
done

mkdir -p "$out"
cd "$root" || exit 2

log() { echo "run.sh: $*" >&2; }

# --- tools -----------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
  log "installing GNU time"
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time; } >/dev/null 2>&1
  else sudo apt-get install -y -qq time >/dev/null 2>&1; fi
  [ -x /usr/bin/time ] || { log "GNU time (/usr/bin/time) is required"; exit 2; }
fi

# swift build, waiting while another process holds the .build lock.
swift_build() {
  local product=$1 attempt=0 output status
  while :; do
    output=$(swift build -c release --product "$product" 2>&1); status=$?
    if [ $status -eq 0 ]; then return 0; fi
    if printf '%s' "$output" | grep -qiE 'another (instance|process)|lock'; then
      attempt=$((attempt + 1))
      if [ $attempt -ge 60 ]; then break; fi
      log "build directory locked, retrying $product in 10 s ($attempt)"
      sleep 10
      continue
    fi
    break
  done
  printf '%s\n' "$output" | tail -n 20 >&2
  log "swift build --product $product failed; its column will show n/a"
  return 1
}

if [ $build -eq 1 ]; then
  log "building release products"
  swift_build yaml-event-loop
  swift_build pfplan
fi
bin_dir="${BIN_DIR:-$root/.build/release}"   # BIN_DIR: try other binaries

yaml_flags=$(pkg-config --cflags --libs yaml-0.1 2>/dev/null || echo -lyaml)
# shellcheck disable=SC2086
if ! cc -O2 -o "$out/event_loop" "$here/event_loop.c" $yaml_flags; then
  log "cannot compile event_loop.c (is libyaml-dev installed?)"
fi

# --- plans -----------------------------------------------------------------
for size in $sizes; do
  plan="$out/plan-${size}mb-s${seed}.yaml"
  if [ ! -s "$plan" ] || [ "$here/generate_plan.py" -nt "$plan" ]; then
    python3 "$here/generate_plan.py" "$plan" --size-mb "$size" --seed "$seed" || exit 2
  fi
done

# --- measuring -------------------------------------------------------------
# measure OKCODES CMD... : prints "seconds rss_kb" (median of $runs runs), or
# "n/a n/a" when any run fails. Standard output goes to /dev/null.
measure() {
  local ok=$1; shift
  local times=() rss=() i start end status last
  local tf="$out/.time.$$"
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    /usr/bin/time -f "%e %M" -o "$tf" "$@" >/dev/null 2>"$out/.stderr.$$"
    status=$?
    end=$(date +%s%N)
    if grep -q 'terminated by signal' "$tf" 2>/dev/null || ! [[ " $ok " == *" $status "* ]]; then
      log "$(basename "$1") failed (exit $status): $(head -c 300 "$out/.stderr.$$" | tr '\n' ' ')"
      rm -f "$tf" "$out/.stderr.$$"
      echo "n/a n/a"; return
    fi
    last=$(tail -n 1 "$tf")
    times+=("$(( (end - start) / 1000 ))")     # microseconds
    rss+=("${last#* }")
  done
  rm -f "$tf" "$out/.stderr.$$"
  local mt mr
  mt=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  mr=$(printf '%s\n' "${rss[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  awk -v t="$mt" -v r="$mr" 'BEGIN { printf "%.6f %d\n", t / 1e6, r }'
}

results="$out/results.tsv"
printf 'size_mb\tbytes\tc_s\tc_kb\tswift_s\tswift_kb\tlint_s\tlint_kb\tlimited\n' >"$results"
for size in $sizes; do
  plan="$out/plan-${size}mb-s${seed}.yaml"
  bytes=$(wc -c <"$plan")
  log "measuring $size MB ($bytes bytes), $runs runs each"
  if [ -x "$out/event_loop" ]; then read -r c_s c_kb < <(measure 0 "$out/event_loop" "$plan")
  else c_s=n/a; c_kb=n/a; fi
  if [ -x "$bin_dir/yaml-event-loop" ]; then read -r sw_s sw_kb < <(measure 0 "$bin_dir/yaml-event-loop" "$plan")
  else sw_s=n/a; sw_kb=n/a; fi
  limited=0
  if [ -x "$bin_dir/pfplan" ]; then
    # Exit 2 is accepted here only to tell a refused over-limit plan (below)
    # from a real failure.
    read -r li_s li_kb < <(measure "0 1 2" "$bin_dir/pfplan" lint "$plan" --format json --as-of 2025-01-01)
    if [ "$li_s" != n/a ]; then
      # One more, untimed run to record what pfplan said about the plan.
      json="$out/lint-${size}mb.json"
      "$bin_dir/pfplan" lint "$plan" --format json --as-of 2025-01-01 >"$json" 2>"$out/lint-${size}mb.stderr"
      status=$?
      if grep -qs 'yaml/limits' "$json" "$out/lint-${size}mb.stderr"; then
        limited=1
      elif [ $status -ge 2 ]; then
        log "pfplan lint failed on $size MB (exit $status): $(head -c 300 "$out/lint-${size}mb.stderr" | tr '\n' ' ')"
        li_s=n/a; li_kb=n/a
      elif ! python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$json" 2>/dev/null; then
        # Not JSON: pfplan does not lint yet (a placeholder). Flag it.
        log "pfplan lint printed no JSON for $size MB (see $json); left out of the fit"
        limited=2
      fi
    fi
  else
    log "no $bin_dir/pfplan"; li_s=n/a; li_kb=n/a
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
    "$size" "$bytes" "$c_s" "$c_kb" "$sw_s" "$sw_kb" "$li_s" "$li_kb" "$limited" >>"$results"
done

# --- report ----------------------------------------------------------------
python3 - "$results" "$runs" <<'PY'
import csv, math, sys

rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
runs = sys.argv[2]

def num(v):
    try:
        return float(v)
    except ValueError:
        return None

def fmt(v, spec):
    return "n/a" if v is None else format(v, spec)

print(f"\nMedian of {runs} runs. Peak RSS is pfplan lint's.\n")
print("| size (MB) | C loop s | Swift loop s | pfplan lint s | lint / C loop | peak RSS MB | RSS / file size |")
print("|---:|---:|---:|---:|---:|---:|---:|")
floor = []
fit = []
for r in rows:
    mb = int(r["bytes"]) / 1e6
    c, sw, li = num(r["c_s"]), num(r["swift_s"]), num(r["lint_s"])
    rss_kb = num(r["lint_kb"])
    rss_mb = rss_kb * 1024 / 1e6 if rss_kb is not None else None
    ratio = li / c if li is not None and c else None
    per_file = rss_kb * 1024 / int(r["bytes"]) if rss_kb is not None else None
    limited = r["limited"] != "0"
    note = {"1": " (yaml/limits)", "2": " (no JSON)"}.get(r["limited"], "")
    lint = fmt(li, ".3f") + (note if li is not None else "")
    print(f"| {mb:.1f} | {fmt(c, '.3f')} | {fmt(sw, '.3f')} | {lint} | "
          f"{fmt(ratio, '.1f' if ratio and ratio >= 1 else '.2f')} | {fmt(rss_mb, '.1f')} | {fmt(per_file, '.1f')} |")
    floor.append((mb, c, sw, num(r["c_kb"]), num(r["swift_kb"])))
    if li is not None and li > 0 and not limited:
        fit.append((math.log(mb), math.log(li)))

print("\nFloors: throughput and peak RSS\n")
print("| size (MB) | C loop MB/s | Swift loop MB/s | C loop RSS MB | Swift loop RSS MB |")
print("|---:|---:|---:|---:|---:|")
for mb, c, sw, ckb, swkb in floor:
    tp = lambda t: None if not t else mb / t
    mbrss = lambda kb: None if kb is None else kb * 1024 / 1e6
    print(f"| {mb:.1f} | {fmt(tp(c), '.1f')} | {fmt(tp(sw), '.1f')} | "
          f"{fmt(mbrss(ckb), '.1f')} | {fmt(mbrss(swkb), '.1f')} |")

print()
if len(fit) >= 2 and len({x for x, _ in fit}) >= 2:
    n = len(fit)
    mx = sum(x for x, _ in fit) / n
    my = sum(y for _, y in fit) / n
    k = sum((x - mx) * (y - my) for x, y in fit) / sum((x - mx) ** 2 for x, _ in fit)
    print(f"pfplan lint: time ~ size^{k:.2f} (least squares on log-log, {n} sizes)")
else:
    print("pfplan lint: time ~ size^n/a (needs lint times at two or more sizes below the input limit)")
PY
