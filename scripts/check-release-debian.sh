#!/usr/bin/env bash
# Proves that a pfplan release runs on a bare Debian 12: builds a minimal
# root with `debootstrap --variant=minbase bookworm` (cached in
# .build-debroot/, reused between runs), checks it holds no Swift, no libyaml
# and no Templates/, unpacks the release into it, installs it there with the
# release's own install.sh, and runs `lint`, `render`, `gaps` and
# `directory` on the examples with chroot.
#
#   scripts/check-release-debian.sh [TARBALL]
#
# TARBALL defaults to the newest .build-release/dist/pfplan-*-linux-x86_64.tar.gz
# (make one with scripts/release.sh). Needs root (chroot), debootstrap and,
# for the first run, Debian's package mirror ($DEBIAN_MIRROR, default
# http://deb.debian.org/debian). Exit codes: 0 every check passed; 1 a check
# failed; 2 no tarball; 77 skipped (not root, no debootstrap, or the root
# could not be built, e.g. no network), with the reason.
set -uo pipefail
cd "$(dirname "$0")/.."

skip() { echo "SKIPPED: $*"; exit 77; }
tarball=${1:-$(ls -t .build-release/dist/pfplan-*-linux-x86_64.tar.gz 2>/dev/null | head -n 1)}
[ -n "$tarball" ] && [ -f "$tarball" ] || { echo "check-release-debian.sh: no release tarball; run scripts/release.sh first" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || skip "chroot and debootstrap need root (run with sudo)"
command -v debootstrap >/dev/null || skip "debootstrap is not installed (apt-get install debootstrap)"
command -v chroot >/dev/null || skip "chroot is not available"

cache=.build-debroot
root=$cache/bookworm-minbase
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
if [ ! -f "$root/.pfplan-root-complete" ]; then
  echo "== building a minimal Debian 12 root in $root (a few minutes, once)"
  rm -rf "$root" "$root.partial"
  mkdir -p "$cache"
  if ! debootstrap --variant=minbase bookworm "$root.partial" "$mirror" > "$cache/debootstrap.log" 2>&1; then
    tail -n 5 "$cache/debootstrap.log" | sed 's/^/   /'
    rm -rf "$root.partial"
    skip "debootstrap could not build the root (no network or no mirror?); its log: $cache/debootstrap.log"
  fi
  mv "$root.partial" "$root"
  touch "$root/.pfplan-root-complete"
else
  echo "== reusing the Debian 12 root in $root"
fi
root=$(cd "$root" && pwd)

failed=0
pass() { echo "   ok: $*"; }
fail() { echo "   FAILED: $*"; failed=1; }

echo "== the root is bare"
. "$root/etc/os-release" && echo "   $PRETTY_NAME, $(du -sh "$root" | cut -f1)"
[ "$VERSION_ID" = 12 ] && pass "Debian 12" || fail "not Debian 12 ($VERSION_ID)"
run=/pfplan-check
rm -rf "${root:?}$run"
found=$(find "$root" \( -name 'swift*' -o -name 'libswift*' -o -name 'libyaml*' -o -name 'libFoundation*' \) \
  -not -path "$root/proc/*" 2>/dev/null | head -n 5)
[ -z "$found" ] && pass "no Swift, no Foundation, no libyaml" || fail "found: $found"
found=$(find "$root" -type d -name Templates -not -path "$root/proc/*" 2>/dev/null | head -n 5)
[ -z "$found" ] && pass "no Templates/ folder" || fail "found: $found"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
in_root sh -c 'command -v swift' >/dev/null && fail "swift is on the root's PATH" || pass "no swift on PATH"

echo "== installing $(basename "$tarball") in the root"
mkdir -p "$root$run/release" "$root$run/work"
tar -xzf "$tarball" -C "$root$run/release"
cp -R Examples "$root$run/plans"
tree=$(cd "$root$run/release" && ls)
if in_root "$run/release/$tree/install.sh" /usr/local | sed 's/^/   /'; then
  pass "install.sh /usr/local"
else
  fail "install.sh"
fi
rm -rf "${root:?}$run/release"

# Runs a command in the root from an empty folder and prints its first
# lines; passes when it exits as expected and its output (stdout and
# stderr) matches the extended regular expression.
check() {
  local expect=$1 pattern=$2; shift 2
  local output status
  output=$(in_root sh -c "cd $run/work && $*" 2>&1); status=$?
  echo "   \$ $*    [exit $status]"
  echo "$output" | head -n 6 | sed 's/^/     /'
  if [ "$status" -ne "$expect" ]; then
    fail "exit $status, expected $expect"
  elif ! printf '%s\n' "$output" | grep -Eq -- "$pattern"; then
    fail "the output does not match /$pattern/"
  else
    pass "exit $status, output matches /$pattern/"
  fi
}
echo "== running pfplan in the root (chroot, no /proc), from an empty folder"
[ -e "$root/proc/self" ] && fail "/proc is mounted in the root" || pass "/proc is not mounted"
check 0 '^pfplan [0-9]+\.[0-9]+\.[0-9]+ \(commit [0-9a-f]+' "pfplan --version"
check 0 'libc\.so' "ldd /usr/local/bin/pfplan | grep -v -E 'libswift|libFoundation|libicu|libyaml|libdispatch'"
check 0 '^0 errors, .* in 7 plans$' "pfplan lint ../plans | tail -n 1"
check 0 '^0 errors, 0 warnings in 1 plan$' "pfplan lint ../plans/athens-oh --as-of 2025-01-01 --strict"
check 0 '^wrote 7 of 7 cities and index.html to site' "pfplan render ../plans --as-of 2025-01-01 --out site"
check 0 '^8$' "ls site/index.html site/*/index.html | xargs grep -l '<html' | wc -l"
check 0 'dir="rtl"' "pfplan render ../plans/san-jose-ca --lang ar --as-of 2025-01-01 --out site-ar >/dev/null && grep -o 'dir=\"rtl\"' site-ar/*/index.html | head -n 1"
check 0 '^Coverage and gaps: Athens' "pfplan gaps ../plans --as-of 2025-01-01"
check 0 '^# ' "pfplan directory ../plans/athens-oh"
check 0 '^city,section,' "pfplan directory ../plans/athens-oh --format csv --what resources"
check 0 '0 errors' "pfplan init --city Sampleton --country US --out new/ && pfplan lint new/plan.yaml | tail -n 1"
# A plan with an error: exit 1 and the finding, with its place.
check 1 "broken.yaml:3:[0-9]+: error: 'defualt' is not a built-in model or a model file; did you mean 'default'\?" \
  "printf 'pfplan: 1\ncity: {name: Broken}\nframework: {model: defualt}\n' > broken.yaml && pfplan lint broken.yaml"
check 0 'pfplan.lint' "ls /usr/local/share/man/man1/ && test -s /usr/local/share/bash-completion/completions/pfplan"
rm -rf "${root:?}$run" "$root/usr/local/bin/pfplan" "$root"/usr/local/share/man/man1/pfplan* \
  "$root/usr/local/share/bash-completion" "$root/usr/local/share/zsh" "$root/usr/local/share/fish" \
  "$root/usr/local/share/doc/pfplan"

if [ $failed -eq 0 ]; then
  echo "PASSED: $(basename "$tarball") runs on a minimal Debian 12 with no Swift, libyaml or Templates/"
  exit 0
fi
echo "FAILED: see above"
exit 1
