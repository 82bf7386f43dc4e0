#!/usr/bin/env bash
# Neovim's built-in LSP client, headless, against pfplan lsp: opens a copy
# of an example plan with a misspelt lead and reads the diagnostic.
# Exit 77 with SKIPPED when Neovim is missing and cannot be installed.
set -uo pipefail
cd "$(dirname "$0")/.."

skip() { echo "SKIPPED: $1"; exit 77; }
if ! command -v nvim >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >/dev/null 2>&1) || true
  fi
  command -v nvim >/dev/null || skip "Neovim is not installed (apt-get install neovim)"
fi
swift build --product pfplan >/dev/null || { echo "swift build failed"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r Examples/boston-ma "$work/"
# The first lead misspelt.
sed -i '0,/lead: /s/lead: /lead: x/' "$work/boston-ma/plan.yaml"

echo "$(nvim --version | head -1), built-in LSP client"
PFPLAN="$(swift build --show-bin-path)/pfplan" PLAN="$work/boston-ma/plan.yaml" PFPLAN_TEMPLATES_DIR="$PWD/Templates" \
  timeout 60 nvim --headless -n -u NONE -i NONE -c "luafile scripts/editors/neovim-check.lua"
