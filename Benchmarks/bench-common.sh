# Sourced by lint-bench.sh and render-bench.sh: what both do before they
# measure. With $name (the script's name), $out, $root and $build set:
# checks GNU time, builds pfplan in release mode unless --no-build, and
# sets $pfplan (SCRATCH_PATH and BIN_DIR as in Benchmarks/README.md).
log() { echo "$name: $*" >&2; }

bench_prepare() {
  mkdir -p "$out"
  cd "$root" || exit 2
  [ -x /usr/bin/time ] || { log "GNU time (/usr/bin/time) is required (apt-get install time)"; exit 2; }

  scratch="${SCRATCH_PATH:-.build}"
  case "$scratch" in /*) ;; *) scratch="$root/$scratch" ;; esac
  if [ "$build" -eq 1 ]; then
    log "building pfplan (release) in $scratch"
    swift build -c release --product pfplan --scratch-path "$scratch" >"$out/${name%.sh}-build.log" 2>&1 \
      || { tail -n 20 "$out/${name%.sh}-build.log" >&2; exit 2; }
  fi
  pfplan="${BIN_DIR:-$scratch/release}/pfplan"
  [ -x "$pfplan" ] || { log "no $pfplan"; exit 2; }
}
