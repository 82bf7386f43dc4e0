#!/usr/bin/env bash
# Benchmarks/run.sh [--sizes "1 10 15 50"] [--runs N] [--seed S] [--no-build]
#                   [--skip-render] [--skip-alternatives] [--alt-timeout SECONDS]
#                   [--yamllint-config default|relaxed]
#
# One run, side by side, on generated plans of the given sizes (MB):
#   - the floor: libyaml's bare event loop in C (Benchmarks/event_loop.c)
#     and in Swift (the yaml-event-loop product);
#   - `pfplan lint PLAN --format json` (release build): time and peak RSS;
#   - `pfplan render PLAN --out DIR --format html,md` into a temporary
#     folder (release build): time and peak RSS;
#   - the pipeline a team would otherwise write: Python, PyYAML's C loader
#     and jsonschema's Draft7Validator against Templates/schema/
#     plan.schema.json (Benchmarks/python_pipeline.py);
#   - yamllint on the same file (its `default` config unless told).
# It prints a Markdown table, the fitted exponent k of `time ~ size^k` for
# lint and render (and the alternatives), and saves it all, with the load
# average before and after, to Benchmarks/out/results.md.
#
# pfplan commands and the event loops run --runs times (default 3) under
# `/usr/bin/time -f "%e %M"`; the table shows the median. The Python
# pipeline and yamllint are slow, so they run once per size, each under a
# timeout (--alt-timeout, default 600 s; a cut run shows `timeout`). Wall
# time is read from a nanosecond clock around the run, because %e has only
# 10 ms resolution; peak RSS is time's %M. pfplan exits 0 (clean) or 1
# (findings): both are successful lint runs; render must exit 0 (1 means
# it refused the plan for errors); exit >= 2, a signal or a missing binary
# gives `n/a`. A plan above pfplan's 16 MiB input limit is reported as
# `yaml/limits`: the time shown is the time to refuse it, and such sizes
# are left out of pfplan's fits (the alternatives are still measured
# there). A generated plan with lint errors is reported (render would
# refuse it). pfplan's JSON output is kept in out/lint-SIZEmb.json.
#
# Environment: SCRATCH_PATH, the SwiftPM scratch path to build in and take
# binaries from (default .build; use your own, e.g. .build-bench, when
# others build in the same checkout); BIN_DIR overrides the binary folder.
# The Python tools go to a venv in Benchmarks/out/venv (pip: pyyaml with
# its libyaml extension, jsonschema, yamllint), made when missing.
#
# Needs bash, python3, cc, libyaml-dev, swift, GNU time, coreutils timeout.
# Plans, binaries and results go to Benchmarks/out/ (gitignored).
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
out="$here/out"
sizes="1 10 15 50"
runs=3
seed=1
build=1
render=1
alternatives=1
alt_timeout=600
yamllint_config=default
cmdline="bash Benchmarks/run.sh${*:+ $*}"

while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --sizes=*) sizes=${1#--sizes=}; shift ;;
    --runs) runs=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --skip-render) render=0; shift ;;
    --skip-alternatives) alternatives=0; shift ;;
    --alt-timeout) alt_timeout=$2; shift 2 ;;
    --yamllint-config) yamllint_config=$2; shift 2 ;;
    -h|--help) sed -n '2,43p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
done

mkdir -p "$out"
cd "$root" || exit 2

log() { echo "run.sh: $*" >&2; }

load_before=$(uptime)
log "load before: $load_before"

# --- tools -----------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
  log "installing GNU time"
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time; } >/dev/null 2>&1
  else sudo apt-get install -y -qq time >/dev/null 2>&1; fi
  [ -x /usr/bin/time ] || { log "GNU time (/usr/bin/time) is required"; exit 2; }
fi

scratch="${SCRATCH_PATH:-.build}"
case "$scratch" in /*) ;; *) scratch="$root/$scratch" ;; esac

# swift build, waiting while another process holds the build lock, and
# retrying a few times when a source changes under it or fails to compile
# (others may be editing the same checkout).
swift_build() {
  local product=$1 attempt=0 broken=0 output status
  while :; do
    output=$(swift build -c release --product "$product" --scratch-path "$scratch" 2>&1); status=$?
    if [ $status -eq 0 ]; then return 0; fi
    if printf '%s' "$output" | grep -qiE 'another (instance|process)|lock'; then
      attempt=$((attempt + 1))
      if [ $attempt -ge 60 ]; then break; fi
      log "build directory locked, retrying $product in 10 s ($attempt)"
      sleep 10
      continue
    fi
    broken=$((broken + 1))
    if [ $broken -le 3 ]; then
      log "swift build --product $product failed (a file mid-edit?); retrying in 60 s ($broken of 3)"
      printf '%s\n' "$output" | grep -E 'error:' | head -n 3 >&2
      sleep 60
      continue
    fi
    break
  done
  printf '%s\n' "$output" | tail -n 20 >&2
  log "swift build --product $product failed; its column will show n/a"
  return 1
}

if [ $build -eq 1 ]; then
  log "building release products in $scratch"
  swift_build yaml-event-loop
  swift_build pfplan
fi
bin_dir="${BIN_DIR:-$scratch/release}"   # BIN_DIR: try other binaries

yaml_flags=$(pkg-config --cflags --libs yaml-0.1 2>/dev/null || echo -lyaml)
# shellcheck disable=SC2086
if ! cc -O2 -o "$out/event_loop" "$here/event_loop.c" $yaml_flags; then
  log "cannot compile event_loop.c (is libyaml-dev installed?)"
fi

venv="$out/venv"
py=""
yamllint=""
if [ $alternatives -eq 1 ]; then
  if [ ! -x "$venv/bin/yamllint" ] || ! "$venv/bin/python" -c 'import yaml, jsonschema' 2>/dev/null; then
    log "installing pyyaml, jsonschema and yamllint into $venv"
    { python3 -m venv "$venv" && "$venv/bin/pip" install -q pyyaml jsonschema yamllint; } >&2
  fi
  if "$venv/bin/python" -c 'import sys, yaml, jsonschema; sys.exit(0 if yaml.__with_libyaml__ else 1)' 2>/dev/null; then
    py="$venv/bin/python"
  else
    log "PyYAML in $venv lacks its libyaml extension (yaml.__with_libyaml__ is False) or jsonschema is missing; the Python column will show n/a"
  fi
  [ -x "$venv/bin/yamllint" ] && yamllint="$venv/bin/yamllint"
  py_versions=$("$venv/bin/python" - 2>/dev/null <<'PY'
import importlib.metadata as m, platform, yaml
print(f"Python {platform.python_version()}, PyYAML {m.version('pyyaml')} (libyaml: {yaml.__with_libyaml__}), "
      f"jsonschema {m.version('jsonschema')}, yamllint {m.version('yamllint')}")
PY
)
fi

# --- plans -----------------------------------------------------------------
for size in $sizes; do
  plan="$out/plan-${size}mb-s${seed}.yaml"
  if [ ! -s "$plan" ] || [ "$here/generate_plan.py" -nt "$plan" ]; then
    python3 "$here/generate_plan.py" "$plan" --size-mb "$size" --seed "$seed" || exit 2
  fi
done

# --- measuring -------------------------------------------------------------
# measure OKCODES CMD... : prints "seconds rss_kb" (median of $n_runs runs,
# default $runs), "timeout timeout" when a run outlived $time_limit seconds
# (when set), or "n/a n/a" when any run fails. Standard output goes to
# $stdout_to (default /dev/null).
measure() {
  local ok=$1; shift
  local n=${n_runs:-$runs} limit=${time_limit:-} to=${stdout_to:-/dev/null}
  local times=() rss=() i start end status last
  local tf="$out/.time.$$" wrap=()
  [ -n "$limit" ] && wrap=(timeout --kill-after=10 "$limit")
  for ((i = 0; i < n; i++)); do
    start=$(date +%s%N)
    /usr/bin/time -f "%e %M" -o "$tf" "${wrap[@]}" "$@" >"$to" 2>"$out/.stderr.$$"
    status=$?
    end=$(date +%s%N)
    if [ -n "$limit" ] && { [ $status -eq 124 ] || [ $status -eq 137 ]; }; then
      log "$(basename "$1") timed out after $limit s"
      rm -f "$tf" "$out/.stderr.$$"
      echo "timeout timeout"; return
    fi
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
  mt=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (n + 1) / 2 ))p")
  mr=$(printf '%s\n' "${rss[@]}" | sort -n | sed -n "$(( (n + 1) / 2 ))p")
  awk -v t="$mt" -v r="$mr" 'BEGIN { printf "%.6f %d\n", t / 1e6, r }'
}

results="$out/results.tsv"
printf 'size_mb\tbytes\tc_s\tc_kb\tswift_s\tswift_kb\tlint_s\tlint_kb\tlimited\tlint_errors\trender_s\trender_kb\trender_note\tpy_s\tpy_kb\tpy_note\tyl_s\tyl_kb\n' >"$results"
for size in $sizes; do
  plan="$out/plan-${size}mb-s${seed}.yaml"
  bytes=$(wc -c <"$plan")
  log "measuring $size MB ($bytes bytes), $runs runs each (alternatives: 1 run)"
  if [ -x "$out/event_loop" ]; then read -r c_s c_kb < <(measure 0 "$out/event_loop" "$plan")
  else c_s=n/a; c_kb=n/a; fi
  if [ -x "$bin_dir/yaml-event-loop" ]; then read -r sw_s sw_kb < <(measure 0 "$bin_dir/yaml-event-loop" "$plan")
  else sw_s=n/a; sw_kb=n/a; fi

  # pfplan lint
  limited=0
  lint_errors=n/a
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
      elif ! lint_errors=$(python3 - "$json" <<'PY'
import collections, json, sys
findings = json.load(open(sys.argv[1]))
errors = collections.Counter(f["rule"] for f in findings if f.get("severity") == "error")
print(sum(errors.values()))
for rule, n in errors.most_common(5):
    print(f"run.sh:   {n} x {rule}", file=sys.stderr)
PY
      ); then
        # Not JSON: pfplan does not lint yet (a placeholder). Flag it.
        log "pfplan lint printed no JSON for $size MB (see $json); left out of the fit"
        limited=2; lint_errors=n/a
      elif [ "$lint_errors" != 0 ]; then
        log "the generated $size MB plan has $lint_errors lint error(s) (see $json): render will refuse it; fix generate_plan.py"
      fi
    fi
  else
    log "no $bin_dir/pfplan"; li_s=n/a; li_kb=n/a
  fi

  # pfplan render, into a fresh temporary folder (overwritten by each run)
  re_s=-; re_kb=-; re_note=skipped
  if [ $render -eq 1 ] && [ -x "$bin_dir/pfplan" ]; then
    dir=$(mktemp -d "$out/render-${size}mb.XXXXXX")
    read -r re_s re_kb < <(measure "0 1 2" "$bin_dir/pfplan" render "$plan" --out "$dir" --format html,md --as-of 2025-01-01)
    re_note=ok
    if [ "$re_s" != n/a ]; then
      # One more, untimed run for its exit status and messages.
      "$bin_dir/pfplan" render "$plan" --out "$dir" --format html,md --as-of 2025-01-01 >/dev/null 2>"$out/render-${size}mb.stderr"
      status=$?
      if grep -qs 'yaml/limits' "$out/render-${size}mb.stderr"; then
        re_note=limits
      elif [ $status -ne 0 ]; then
        log "pfplan render refused or failed on $size MB (exit $status): $(head -c 300 "$out/render-${size}mb.stderr" | tr '\n' ' ')"
        re_note=refused
      else
        log "render wrote $(find "$dir" -type f | wc -l) files, $(du -sm "$dir" | cut -f1) MB for $size MB"
      fi
    fi
    rm -rf "$dir"
  fi

  # The alternatives: one run each, under a timeout.
  py_s=-; py_kb=-; py_note=skipped; yl_s=-; yl_kb=-
  if [ $alternatives -eq 1 ]; then
    if [ -n "$py" ]; then
      read -r py_s py_kb < <(n_runs=1 time_limit=$alt_timeout stdout_to="$out/python-${size}mb.txt" \
          measure "0 1" "$py" "$here/python_pipeline.py" "$plan")
      py_note=$(tail -n 1 "$out/python-${size}mb.txt" 2>/dev/null | grep -oE '[0-9]+ schema error' | cut -d' ' -f1)
      [ -n "$py_note" ] || py_note=n/a
      [ "$py_note" = 0 ] || [ "$py_s" = timeout ] || log "the Python pipeline found $py_note schema error(s) in the $size MB plan (see $out/python-${size}mb.txt)"
    else py_s=n/a; py_kb=n/a; py_note=n/a; fi
    if [ -n "$yamllint" ]; then
      # yamllint exits 1 when it reports errors (the default config's
      # line-length, for one): still a complete run.
      read -r yl_s yl_kb < <(n_runs=1 time_limit=$alt_timeout stdout_to="$out/yamllint-${size}mb.txt" \
        measure "0 1" "$yamllint" -d "$yamllint_config" "$plan")
    else yl_s=n/a; yl_kb=n/a; fi
  fi

  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
    "$size" "$bytes" "$c_s" "$c_kb" "$sw_s" "$sw_kb" "$li_s" "$li_kb" "$limited" "$lint_errors" \
    "$re_s" "$re_kb" "$re_note" "$py_s" "$py_kb" "$py_note" "$yl_s" "$yl_kb" >>"$results"
done

load_after=$(uptime)
log "load after: $load_after"

# --- report ----------------------------------------------------------------
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo " (with uncommitted changes)")
python3 - "$results" "$runs" "$alt_timeout" "$yamllint_config" <<PY | tee "$out/results.md"
import csv, math, sys

rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
runs, alt_timeout, yl_config = sys.argv[2], sys.argv[3], sys.argv[4]

def num(v):
    try:
        return float(v)
    except ValueError:
        return None

def fmt(v, spec):
    return "n/a" if v is None else format(v, spec)

def ratio(a, b):
    if a is None or not b:
        return "-"
    r = a / b
    return format(r, ".1f" if r >= 1 else ".2f")

def cell(raw, spec=".3f"):
    if raw in ("-", "timeout", "n/a"):
        return raw
    return fmt(num(raw), spec)

def mb(kb):
    return None if kb is None else kb * 1024 / 1e6

print("## pfplan benchmark\n")
print("Command: \`$cmdline\` (SCRATCH_PATH=${SCRATCH_PATH:-.build}), commit $commit$dirty, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores.  ")
print("Load before: \`$load_before\`  ")
print("Load after: \`$load_after\`  ")
print("${py_versions:-}\n")
print(f"Event loops, pfplan lint and render: median of {runs} runs. "
      f"Python pipeline (PyYAML CSafeLoader + jsonschema Draft7Validator) and "
      f"yamllint (\`-d {yl_config}\`): one run per size, timeout {alt_timeout} s. "
      "Ratios are the other tool's time over pfplan lint's.\n")
print("| size (MB) | C loop s | Swift loop s | lint s | lint / C loop | lint peak RSS MB | RSS / file size "
      "| render s | render / lint | Python pipeline s | Python / lint | yamllint s | yamllint / lint |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
fits = {"pfplan lint": [], "pfplan render": [], "Python pipeline": [], "yamllint": []}
rss_rows = []
for r in rows:
    size = int(r["bytes"]) / 1e6
    c, sw, li = num(r["c_s"]), num(r["swift_s"]), num(r["lint_s"])
    re, py, yl = num(r["render_s"]), num(r["py_s"]), num(r["yl_s"])
    li_kb = num(r["lint_kb"])
    limited = r["limited"] != "0"
    note = {"1": " (yaml/limits)", "2": " (no JSON)"}.get(r["limited"], "")
    if r["lint_errors"] not in ("0", "n/a"):
        note += f" ({r['lint_errors']} errors)"
    lint = fmt(li, ".3f") + (note if li is not None else "")
    rnote = {"limits": " (yaml/limits)", "refused": " (refused)"}.get(r["render_note"], "")
    render = cell(r["render_s"]) + (rnote if re is not None else "")
    ref = None if limited else li   # no ratios against a refusal
    print(f"| {size:.1f} | {fmt(c, '.3f')} | {fmt(sw, '.3f')} | {lint} | "
          f"{ratio(ref, c)} | {fmt(mb(li_kb), '.1f')} | "
          f"{fmt(None if li_kb is None else li_kb * 1024 / int(r['bytes']), '.1f')} | "
          f"{render} | {ratio(re if r['render_note'] == 'ok' else None, ref)} | "
          f"{cell(r['py_s'])} | {ratio(py, ref)} | {cell(r['yl_s'])} | {ratio(yl, ref)} |")
    rss_rows.append((size, r))
    for name, t, ok in (("pfplan lint", li, not limited),
                        ("pfplan render", re, not limited and r["render_note"] == "ok"),
                        ("Python pipeline", py, True), ("yamllint", yl, True)):
        if t is not None and t > 0 and ok:
            fits[name].append((math.log(size), math.log(t)))

print("\nPeak RSS (MB) and throughput\n")
print("| size (MB) | C loop MB/s | Swift loop MB/s | lint MB/s | C loop RSS | Swift loop RSS | lint RSS | render RSS | Python RSS | yamllint RSS |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for size, r in rss_rows:
    tp = lambda t: "-" if not num(t) else format(size / num(t), ".1f")
    rs = lambda kb: cell(kb) if num(kb) is None else format(mb(num(kb)), ".1f")
    lint_tp = "-" if r["limited"] != "0" else tp(r["lint_s"])
    print(f"| {size:.1f} | {tp(r['c_s'])} | {tp(r['swift_s'])} | {lint_tp} | {rs(r['c_kb'])} | {rs(r['swift_kb'])} | "
          f"{rs(r['lint_kb'])} | {rs(r['render_kb'])} | {rs(r['py_kb'])} | {rs(r['yl_kb'])} |")

print()
for name, pts in fits.items():
    if len(pts) >= 2 and len({x for x, _ in pts}) >= 2:
        n = len(pts)
        mx = sum(x for x, _ in pts) / n
        my = sum(y for _, y in pts) / n
        k = sum((x - mx) * (y - my) for x, y in pts) / sum((x - mx) ** 2 for x, _ in pts)
        print(f"- {name}: time ~ size^{k:.2f} (least squares on log-log, {n} sizes)")
    else:
        print(f"- {name}: time ~ size^n/a (needs times at two or more sizes"
              f"{' below the input limit' if name.startswith('pfplan') else ''})")
PY
