#!/usr/bin/env bash
# pfplan lsp end to end with a real LSP client: the pytest-lsp suite in
# Tests/lsp-client (VS Code's client capabilities). Exit 77 with SKIPPED
# when Python or pytest-lsp cannot be had.
set -uo pipefail
cd "$(dirname "$0")/.."

skip() { echo "SKIPPED: $1"; exit 77; }
command -v python3 >/dev/null || skip "no python3"
if ! python3 -c "import pytest_lsp" 2>/dev/null; then
  python3 -m pip install -q pytest-lsp >/dev/null 2>&1 || skip "pytest-lsp cannot be installed (pip install pytest-lsp)"
fi
swift build --product pfplan >/dev/null || { echo "swift build failed"; exit 1; }
PFPLAN="$(swift build --show-bin-path)/pfplan" python3 -m pytest -q -p no:cacheprovider Tests/lsp-client "$@"
