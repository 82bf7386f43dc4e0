#!/usr/bin/env bash
# Installs a pfplan release under PREFIX (default /usr/local):
#
#   PREFIX/bin/pfplan
#   PREFIX/share/man/man1/pfplan*.1
#   PREFIX/share/bash-completion/completions/pfplan
#   PREFIX/share/zsh/site-functions/_pfplan
#   PREFIX/share/fish/vendor_completions.d/pfplan.fish
#   PREFIX/share/doc/pfplan/{LICENSE,README,THIRD-PARTY-NOTICES}
#
#   install.sh [--from TARBALL|DIR] [PREFIX]
#
# What it installs, when --from is not given: the release folder this script
# sits in (it is shipped as pfplan-VERSION-linux-x86_64/install.sh), else,
# from a checkout (scripts/install.sh), the newest tarball scripts/release.sh
# made in .build-release/dist/. --from takes a release tarball
# (pfplan-VERSION-linux-x86_64.tar.gz) or an unpacked release folder.
#
# Every file is checked against the release's SHA256SUMS before anything is
# copied; the binary is put in place by a rename, so a pfplan that is
# running is never half-written. Exit codes: 0 installed; 1 a checksum does
# not match or a copy failed; 2 bad arguments or no release found.
set -euo pipefail

from=""
prefix=""
while [ $# -gt 0 ]; do
  case "$1" in
    --from) [ $# -ge 2 ] || { echo "install.sh: --from needs a tarball or a folder" >&2; exit 2; }; from=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "install.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
    *) [ -z "$prefix" ] || { echo "install.sh: one PREFIX only" >&2; exit 2; }; prefix=$1; shift ;;
  esac
done
prefix=${prefix:-/usr/local}
here=$(cd "$(dirname "$0")" && pwd)

if [ -z "$from" ]; then
  if [ -x "$here/bin/pfplan" ] && [ -f "$here/SHA256SUMS" ]; then
    from=$here
  else
    from=$(ls -t "$here"/../.build-release/dist/pfplan-*-linux-x86_64.tar.gz 2>/dev/null | head -n 1 || true)
    [ -n "$from" ] || { echo "install.sh: no release found; run scripts/release.sh first, or pass --from TARBALL" >&2; exit 2; }
  fi
fi

work=""
cleanup() { [ -z "$work" ] || rm -rf "$work"; }
trap cleanup EXIT
if [ -f "$from" ]; then
  case "$from" in *.tar.gz|*.tgz) ;; *) echo "install.sh: $from is not a .tar.gz release" >&2; exit 2 ;; esac
  work=$(mktemp -d)
  tar -xzf "$from" -C "$work" || { echo "install.sh: cannot unpack $from" >&2; exit 1; }
  tree=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)
elif [ -d "$from" ]; then
  tree=$(cd "$from" && pwd)
else
  echo "install.sh: $from: no such file or folder" >&2; exit 2
fi
[ -n "$tree" ] && [ -x "$tree/bin/pfplan" ] && [ -f "$tree/SHA256SUMS" ] || {
  echo "install.sh: $from is not a pfplan release (no bin/pfplan or SHA256SUMS)" >&2; exit 2; }

(cd "$tree" && sha256sum --quiet --strict -c SHA256SUMS) || {
  echo "install.sh: $from does not match its SHA256SUMS; nothing was installed" >&2; exit 1; }

# Copies a file by writing a temporary file beside the target and renaming it.
put() {
  local source=$1 target=$2 mode=$3
  mkdir -p "$(dirname "$target")"
  local tmp
  tmp=$(mktemp "$(dirname "$target")/.pfplan-install.XXXXXX")
  cp "$source" "$tmp" && chmod "$mode" "$tmp" && mv -f "$tmp" "$target" || { rm -f "$tmp"; return 1; }
  echo "   $target"
}

echo "installing $("$tree/bin/pfplan" --version) under $prefix"
put "$tree/bin/pfplan" "$prefix/bin/pfplan" 755
for page in "$tree"/share/man/man1/*.1; do put "$page" "$prefix/share/man/man1/$(basename "$page")" 644; done
put "$tree/share/bash-completion/completions/pfplan" "$prefix/share/bash-completion/completions/pfplan" 644
put "$tree/share/zsh/site-functions/_pfplan" "$prefix/share/zsh/site-functions/_pfplan" 644
put "$tree/share/fish/vendor_completions.d/pfplan.fish" "$prefix/share/fish/vendor_completions.d/pfplan.fish" 644
for doc in LICENSE README share/doc/pfplan/THIRD-PARTY-NOTICES; do
  put "$tree/$doc" "$prefix/share/doc/pfplan/$(basename "$doc")" 644
done

case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on your PATH; add it, e.g. export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
