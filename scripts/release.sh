#!/usr/bin/env bash
# Builds a self-contained pfplan release for Linux x86_64:
#
#   .build-release/dist/pfplan-VERSION-linux-x86_64.tar.gz
#   .build-release/dist/SHA256SUMS          (the tarball's checksum: a release asset)
#
# The tarball holds one folder, pfplan-VERSION-linux-x86_64/, with
#
#   bin/pfplan                                  the Swift runtime, Foundation and libyaml
#                                               linked in, Templates/ compiled in
#   share/man/man1/pfplan.1, pfplan.lint.1 ...  generated from the argument parser
#   share/bash-completion/completions/pfplan
#   share/zsh/site-functions/_pfplan
#   share/fish/vendor_completions.d/pfplan.fish
#   share/doc/pfplan/THIRD-PARTY-NOTICES        licenses of what is linked in
#   LICENSE  README  install.sh  SHA256SUMS     (the checksums of every file above)
#
#   scripts/release.sh [--out DIR]
#
# VERSION is PFPlanVersion.current (Sources/PFPlanCLI/PFPlanVersion.swift);
# the commit (`git rev-parse --short=12 HEAD`, `-dirty` with uncommitted
# changes to tracked files) is compiled in for `pfplan --version`. Builds in
# its own scratch folder, .build-release, so a development build is left
# alone. Needs: swift (with its static runtime, /opt/swift/usr/lib/swift_static),
# pkg-config, Debian's libyaml-dev (for libyaml.a), git, tar, gzip, sha256sum.
# Exit codes: 0 built and checked; 1 a check of the result failed; 2 a tool
# or library is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$PWD

out=.build-release/dist
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "release.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

need() { command -v "$1" >/dev/null || { echo "release.sh: '$1' is missing${2:+ ($2)}" >&2; exit 2; }; }
need swift; need git; need tar; need gzip; need sha256sum
need pkg-config "without it SwiftPM links the shared libyaml: apt-get install pkg-config"
libyaml_a=/usr/lib/x86_64-linux-gnu/libyaml.a
[ -f "$libyaml_a" ] || { echo "release.sh: $libyaml_a is missing: apt-get install libyaml-dev" >&2; exit 2; }
[ "$(uname -m)" = x86_64 ] || { echo "release.sh: builds linux-x86_64 releases only (this is $(uname -m))" >&2; exit 2; }

version=$(sed -n 's/^ *public static let current = "\([^"]*\)".*/\1/p' Sources/PFPlanCLI/PFPlanVersion.swift)
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+([-.][0-9A-Za-z.-]+)?$ ]] || {
  echo "release.sh: cannot read the version from Sources/PFPlanCLI/PFPlanVersion.swift ('$version')" >&2; exit 2; }
commit=$(git rev-parse --short=12 HEAD)
if ! git diff --quiet HEAD -- 2>/dev/null; then
  commit="$commit-dirty"
  echo "release.sh: warning: tracked files have uncommitted changes; the binary says commit $commit" >&2
fi
# Dates inside the release (man pages, file times) are the commit's, so the
# same commit gives the same tarball.
commit_epoch=$(git log -1 --format=%ct HEAD)
commit_day=$(git log -1 --format=%cs HEAD)
name="pfplan-$version-linux-x86_64"
echo "== pfplan $version, commit $commit"

# libyaml statically: SwiftPM asks pkg-config for yaml-0.1, and this .pc
# points it at a folder holding only the static archive, so `-lyaml` finds
# libyaml.a there before the shared library in the system folder.
static_libs=$checkout/.build-release/static-libs
mkdir -p "$static_libs"
cp "$libyaml_a" "$static_libs/libyaml.a"
cat > "$static_libs/yaml-0.1.pc" <<EOF
prefix=/usr
includedir=\${prefix}/include
libdir=$static_libs

Name: LibYAML
Description: libyaml, linked statically into a pfplan release
Version: $(pkg-config --modversion yaml-0.1 2>/dev/null || echo 0.2.5)
Cflags: -I\${includedir}
Libs: -L\${libdir} -lyaml
EOF

# One set of flags for both products, so they share one build.
build=(swift build -c release --scratch-path .build-release --static-swift-stdlib
       -Xcc "-DPFPLAN_COMMIT=\"$commit\"")
echo "== building (${build[*]})"
PKG_CONFIG_PATH=$static_libs "${build[@]}" --product pfplan
# swift-argument-parser's manual generator (what `swift package
# generate-manual` runs), built here as a product.
PKG_CONFIG_PATH=$static_libs "${build[@]}" --product generate-manual
bin_dir=$(PKG_CONFIG_PATH=$static_libs "${build[@]}" --show-bin-path)

stage=.build-release/stage
tree=$stage/$name
rm -rf "$stage"
mkdir -p "$tree/bin" "$tree/share/man/man1" "$tree/share/bash-completion/completions" \
  "$tree/share/zsh/site-functions" "$tree/share/fish/vendor_completions.d" "$tree/share/doc/pfplan"
cp "$bin_dir/pfplan" "$tree/bin/pfplan"
# The symbol table is for debuggers; the runtime needs none of it (about
# a quarter of the file).
if command -v strip >/dev/null; then strip "$tree/bin/pfplan"; else echo "release.sh: note: no strip; the binary keeps its symbols" >&2; fi
pfplan=$tree/bin/pfplan

echo "== checking the binary"
failed=0
check() { if "$@"; then :; else echo "release.sh: FAILED: $*" >&2; failed=1; fi; }
linked=$(ldd "$pfplan" 2>&1 || true)
echo "$linked" | sed 's/^/   ldd: /'
check test -z "$(echo "$linked" | grep -E 'libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime|libicu|libyaml' || true)"
# The newest glibc symbol version it needs: the oldest system it runs on.
glibc=$(objdump -T "$pfplan" 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -Vu | tail -n 1 || true)
echo "   needs glibc ${glibc:-(unknown: no objdump)}"
reported=$("$pfplan" --version)
echo "   --version: $reported"
check test "$reported" = "pfplan $version (commit $commit)"

"$bin_dir/generate-manual" "$pfplan" --multi-page --date "$commit_day" --output-directory "$tree/share/man/man1"
check test -s "$tree/share/man/man1/pfplan.1"
check test -s "$tree/share/man/man1/pfplan.lint.1"
"$pfplan" --generate-completion-script bash > "$tree/share/bash-completion/completions/pfplan"
"$pfplan" --generate-completion-script zsh > "$tree/share/zsh/site-functions/_pfplan"
"$pfplan" --generate-completion-script fish > "$tree/share/fish/vendor_completions.d/pfplan.fish"
for f in "$tree"/share/bash-completion/completions/pfplan "$tree"/share/zsh/site-functions/_pfplan \
         "$tree"/share/fish/vendor_completions.d/pfplan.fish; do check test -s "$f"; done

cp LICENSE "$tree/LICENSE"
cp scripts/install.sh "$tree/install.sh"
chmod 755 "$tree/install.sh"
{
  echo "pfplan $version links these into bin/pfplan; their licenses follow."
  notice() {
    printf '\n==============================================================================\n%s\n' "$1"
    printf '==============================================================================\n\n'
    if [ -f "$2" ]; then cat "$2"; else echo "(license file not found at build time: $2)"; fi
  }
  notice "The Swift runtime and standard library, Foundation (swift.org)" /opt/swift/usr/share/swift/LICENSE.txt
  notice "swift-argument-parser (github.com/apple/swift-argument-parser)" \
    .build-release/checkouts/swift-argument-parser/LICENSE.txt
  notice "swift-mustache (github.com/hummingbird-project/swift-mustache)" \
    .build-release/checkouts/swift-mustache/LICENSE.txt
  notice "libyaml (pyyaml.org/wiki/LibYAML), as packaged by Debian" /usr/share/doc/libyaml-dev/copyright
  printf '\n==============================================================================\n'
  printf 'ICU data and code, through Foundation: the Unicode License,\n'
  printf 'https://github.com/unicode-org/icu/blob/main/LICENSE\n'
} > "$tree/share/doc/pfplan/THIRD-PARTY-NOTICES"

cat > "$tree/README" <<EOF
pfplan $version (commit $commit) for Linux x86_64
===================================================

pfplan checks, reports on and publishes a city's multi-actor prevention
framework (a YAML plan per city). This folder is a release: bin/pfplan is
one self-contained program (no Swift, libyaml or Templates/ needed beside
it; glibc ${glibc:-2.35} or later: Debian 12, Ubuntu 22.04 and newer).

Install under /usr/local (or another prefix; it checks SHA256SUMS first):

    ./install.sh                 # /usr/local/bin/pfplan, man pages, completions
    ./install.sh ~/.local        # without root

or run it from here: bin/pfplan --help.

First steps:

    pfplan init --city "Your City" --country US --out plans/your-city/
    pfplan lint plans/
    pfplan render plans/ --out site/

Manual: man pfplan, man pfplan.lint, ... (share/man/man1). Shell
completions for bash, zsh and fish are under share/. Licenses: LICENSE
(pfplan) and share/doc/pfplan/THIRD-PARTY-NOTICES (what is linked in).
EOF

# A release runs from anywhere with nothing beside it: try the staged
# binary on the examples from an empty folder.
echo "== smoke test from an empty folder"
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
cp -R Examples "$smoke/plans"
mkdir "$smoke/empty"
(
  cd "$smoke/empty"
  env -u PFPLAN_TEMPLATES "$checkout/$pfplan" lint ../plans --as-of 2025-01-01 --quiet > /dev/null
  env -u PFPLAN_TEMPLATES "$checkout/$pfplan" render ../plans --as-of 2025-01-01 --out site > /dev/null 2>&1
  test -s site/index.html
) || { echo "release.sh: FAILED: the smoke test" >&2; failed=1; }

[ $failed -eq 0 ] || { echo "release.sh: the release failed its checks (above); nothing was packed" >&2; exit 1; }

# Checksums of every file of the tree, which install.sh verifies.
(cd "$tree" && find . -type f ! -name SHA256SUMS | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum > SHA256SUMS)

mkdir -p "$out"
tarball=$out/$name.tar.gz
# Same commit, same bytes: sorted names, the commit's time, no owners, no
# gzip timestamp.
tar --sort=name --mtime="@$commit_epoch" --owner=0 --group=0 --numeric-owner \
  -C "$stage" -cf - "$name" | gzip -9n > "$tarball.tmp"
mv "$tarball.tmp" "$tarball"
(cd "$out" && sha256sum "$name.tar.gz" > SHA256SUMS)

echo "== done"
echo "   $tarball ($(du -h "$tarball" | cut -f1), bin/pfplan $(du -h "$pfplan" | cut -f1))"
echo "   $out/SHA256SUMS: $(cat "$out/SHA256SUMS")"
