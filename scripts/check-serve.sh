#!/usr/bin/env bash
# pfplan serve in a real browser: headless Chromium through Selenium checks
# that a served page reloads by itself after its plan is saved, shows the
# findings of a broken plan and recovers. Exit 77 with SKIPPED when
# Chromium, its driver or Selenium cannot be installed.
set -uo pipefail
cd "$(dirname "$0")/.."

skip() { echo "SKIPPED: $1"; exit 77; }
command -v python3 >/dev/null || skip "no python3"
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null 2>&1) || true
  fi
  command -v chromium >/dev/null && command -v chromedriver >/dev/null \
    || skip "Chromium and its driver are not installed (apt-get install chromium chromium-driver)"
fi
if ! python3 -c "import selenium" 2>/dev/null; then
  python3 -m pip install -q selenium >/dev/null 2>&1 || skip "Selenium cannot be installed (pip install selenium)"
fi
swift build --product pfplan >/dev/null || { echo "swift build failed"; exit 1; }
python3 scripts/editors/serve_reload.py --pfplan "$(swift build --show-bin-path)/pfplan" "$@"
