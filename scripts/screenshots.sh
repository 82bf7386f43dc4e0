#!/usr/bin/env bash
# Looks at what `pfplan render` makes, in a real browser, and measures what
# docs/document.md promises for phones and paper: renders the examples in
# English and Arabic into a temporary site and runs scripts/page-check.py on
# the index and on each city, which with headless Chromium
#   - takes full-page PNG screenshots at 1280 and 390 px wide,
#   - prints each page to PDF on A4 and Letter (and, with poppler-utils,
#     turns the pages into PNGs),
#   - measures the sideways scroll at 390 px, the smallest text of every
#     picture on the phone and on paper, and how full each printed page is,
# and writes the figures to OUT/measurements.md. Look at the PNGs too.
#
#   scripts/screenshots.sh [OUT]        # default OUT: /tmp/pfplan-screenshots
#
# Environment: PFPLAN_SCRATCH (the build folder, default .build),
# PFPLAN_CITIES (city folders to look at, default all of them),
# PFPLAN_AS_OF (default 2025-07-01, so pictures do not change with the day).
# Installs Debian's chromium, chromium-driver and poppler-utils with apt-get
# and selenium with pip when they are missing. Exit status 1 when a measure
# fails its bound (page-check.py says which). Nothing here is committed.
set -euo pipefail

cd "$(dirname "$0")/.."
OUT="${1:-/tmp/pfplan-screenshots}"
SCRATCH="${PFPLAN_SCRATCH:-.build}"
AS_OF="${PFPLAN_AS_OF:-2025-07-01}"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
need_apt() { # command package
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "screenshots: installing Debian's $2" >&2
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$2" >/dev/null
    fi
}
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then need_apt chromium chromium; fi
need_apt chromedriver chromium-driver
need_apt pdftotext poppler-utils
if ! python3 -c "import selenium" >/dev/null 2>&1; then
    echo "screenshots: installing selenium (pip)" >&2
    python3 -m pip install -q selenium
fi

mkdir -p "$OUT"
if ! swift build --scratch-path "$SCRATCH" --product pfplan >"$OUT/build.log" 2>&1; then
    cat "$OUT/build.log" >&2
    echo "screenshots: swift build failed" >&2
    exit 1
fi
PFPLAN="$(swift build --scratch-path "$SCRATCH" --show-bin-path)/pfplan"

SITE="$(mktemp -d "${TMPDIR:-/tmp}/pfplan-site.XXXXXX")"
trap 'rm -rf "$SITE"' EXIT
"$PFPLAN" render Examples --out "$SITE/en" --as-of "$AS_OF" >/dev/null
"$PFPLAN" render Examples --out "$SITE/ar" --as-of "$AS_OF" --lang ar >/dev/null

CITIES="${PFPLAN_CITIES:-$(cd "$SITE/en" && ls -d */ | tr -d / | tr '\n' ' ')}"
PAGES=("index-en=$SITE/en/index.html" "index-ar=$SITE/ar/index.html")
for city in $CITIES; do
    PAGES+=("$city-en=$SITE/en/$city/index.html" "$city-ar=$SITE/ar/$city/index.html")
done
echo "screenshots: ${#PAGES[@]} pages into $OUT" >&2
python3 scripts/page-check.py "$OUT" "${PAGES[@]}"
