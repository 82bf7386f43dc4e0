#!/usr/bin/env bash
# Fuzz pfplan for MINUTES minutes (default 5): builds pfplan-fuzz with
# libFuzzer and AddressSanitizer, runs it over a working corpus seeded from
# Fuzz/corpus, and prints a summary. Not run by CI.
#
#   bash Fuzz/run.sh [MINUTES]
#
# Environment: FUZZ_JOBS (parallel fuzzing processes, default 1),
# FUZZ_CONFIG (debug or release, default release: optimised Swift keeps
# its overflow and bounds traps, and runs several times faster than debug),
# FUZZ_ARGS (more libFuzzer flags, e.g. "-fork=1 -ignore_crashes=1" to go on
# past the first crash, which otherwise ends the run).
#
# The watchdog (Fuzz/PFPlanFuzz/Watchdog.swift): a step of the pipeline
# (the lint, each report, export, picture or document render) that takes
# over a second of processor time is a finding, as is a lint that holds
# more than ten times the input in live heap beyond a fixed allowance
# (crash-* whose log says "took ... s" or "held ... bytes of heap");
# libFuzzer's -timeout=10 catches a hang anywhere (timeout-*), and
# -rss_limit_mb and -malloc_limit_mb anything grosser (oom-*).
#
# Outputs, all under .build-fuzz/ (git-ignored):
#   corpus/     the working corpus (grows between runs; seeds are re-added)
#   artifacts/  crash-*, timeout-*, oom-*, leak-* inputs
#   fuzz-*.log  libFuzzer's log of each run
# Replay an input without the fuzzer: swift run pfplan-fuzz FILE
# Minimise a crash:  .build-fuzz/<config>/pfplan-fuzz -minimize_crash=1 -runs=20000 FILE
set -euo pipefail
cd "$(dirname "$0")/.."

minutes="${1:-5}"
[[ "$minutes" =~ ^[0-9]+$ && "$minutes" -gt 0 ]] || { echo "usage: Fuzz/run.sh [MINUTES]" >&2; exit 2; }
jobs="${FUZZ_JOBS:-1}"
config="${FUZZ_CONFIG:-release}"
scratch=.build-fuzz

# -DPFPLAN_FUZZ swaps the replay command for the libFuzzer entry point;
# -enable-testing lets a release build keep its @testable imports;
# lld links without gold's AddressSanitizer warnings.
# -sanitize=fuzzer,address last: SwiftPM passes its --sanitize flags as
# separate -sanitize= options in no fixed order, and the Swift driver keeps
# only the last one, so a build got either coverage or ASan, at random,
# and switching rebuilt everything. One combined flag at the end wins.
# --disable-dead-strip keeps the link from dropping coverage counters.
echo "building pfplan-fuzz ($config, fuzzer + address sanitizers)"
swift build --product pfplan-fuzz -c "$config" --scratch-path "$scratch" \
  --sanitize fuzzer --sanitize address --disable-dead-strip \
  -Xswiftc -DPFPLAN_FUZZ -Xswiftc -enable-testing -Xswiftc -use-ld=lld \
  -Xswiftc -sanitize=fuzzer,address
binary="$scratch/$config/pfplan-fuzz"

mkdir -p "$scratch/corpus" "$scratch/artifacts"
cp -n Fuzz/corpus/* "$scratch/corpus/" 2>/dev/null || true
log="$scratch/fuzz-$(date +%Y%m%d-%H%M%S).log"
before=$(find "$scratch/artifacts" -type f | wc -l)
touch "$scratch/.fuzz-start"

parallel=""
[[ "$jobs" -gt 1 ]] && parallel="-jobs=$jobs -workers=$jobs"
echo "fuzzing for $minutes minute(s); log: $log"
set +e
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" \
"$binary" "$scratch/corpus" \
  -dict=Fuzz/yaml.dict \
  -max_total_time=$((minutes * 60)) \
  -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=256 -max_len=65536 \
  -artifact_prefix="$scratch/artifacts/" \
  -print_final_stats=1 $parallel ${FUZZ_ARGS:-} \
  >"$log" 2>&1
status=$?
set -e
# With -jobs, each job logs to fuzz-<n>.log in the working folder.
if [[ "$jobs" -gt 1 ]]; then cat fuzz-*.log >>"$log" 2>/dev/null && rm -f fuzz-*.log; fi

after=$(find "$scratch/artifacts" -type f | wc -l)
if ! grep -q "inline 8-bit counters" "$log"; then
  echo "WARNING: the fuzzer found no coverage counters: it ran blind (see the build flags above)"
fi
last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
echo
echo "== pfplan-fuzz summary =="
echo "ran:       $minutes minute(s), exit $status"
echo "execs:     $(grep -E 'stat::number_of_executed_units' "$log" | awk '{s+=$2} END {print s+0}')"
echo "exec/s:    $(grep -E 'stat::average_exec_per_sec' "$log" | awk '{s+=$2} END {print s+0}')"
echo "last line: ${last:-none}"
echo "coverage:  $(sed -nE 's/.* cov: ([0-9]+) ft: ([0-9]+) corp: ([0-9]+\/[0-9a-zA-Z]+).*/cov \1, features \2, corpus \3/p' <<<"$last")"
echo "findings:  $((after - before)) new in $scratch/artifacts/ ($after in all)"
grep -E '^==[0-9]+==ERROR|^SUMMARY|Fatal error|deadly signal|ALARM|out-of-memory' "$log" | sort | uniq -c | head -20 || true
find "$scratch/artifacts" -type f -newer "$scratch/.fuzz-start" 2>/dev/null | head -20
exit 0
