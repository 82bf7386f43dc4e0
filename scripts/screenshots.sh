#!/usr/bin/env bash
# Looks at what `pfplan render` makes, in a real browser: renders the
# examples into a temporary site and, with headless Chromium, takes PNG
# screenshots of the index and of one city page (English, Arabic, and a
# phone-sized window), and prints the city page to PDF (whose first pages
# become PNGs when poppler-utils' pdftoppm is there).
#
#   scripts/screenshots.sh [OUT]        # default OUT: /tmp/pfplan-screenshots
#
# Environment: PFPLAN_SCRATCH (the build folder, default .build),
# PFPLAN_CITY (the city folder to look at, default the first one),
# PFPLAN_AS_OF (default 2025-07-01, so pictures do not change with the day).
# Installs Debian's chromium with apt-get when no Chromium is found. The
# pictures are for people to look at; nothing here is committed.
set -euo pipefail

cd "$(dirname "$0")/.."
OUT="${1:-/tmp/pfplan-screenshots}"
SCRATCH="${PFPLAN_SCRATCH:-.build}"
AS_OF="${PFPLAN_AS_OF:-2025-07-01}"

find_chromium() {
    for name in chromium chromium-browser google-chrome; do
        if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
    done
    return 1
}

if ! CHROMIUM="$(find_chromium)"; then
    echo "screenshots: installing Debian's chromium (about 155 MB)" >&2
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
    CHROMIUM="$(find_chromium)"
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
"$PFPLAN" render Examples --out "$SITE/en" --as-of "$AS_OF"
"$PFPLAN" render Examples --out "$SITE/ar" --as-of "$AS_OF" --lang ar

CITY="${PFPLAN_CITY:-$(cd "$SITE/en" && ls -d */ | head -n 1 | tr -d /)}"
echo "screenshots: city $CITY" >&2

# Root (as in containers) needs --no-sandbox; a profile folder of our own
# keeps the run from touching the user's browser.
PROFILE="$SITE/profile"
shot() { # url, png, width, height
    "$CHROMIUM" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$PROFILE" \
        --force-device-scale-factor=1 --window-size="$3,$4" --screenshot="$2" "$1" >/dev/null 2>&1
    echo "$2"
}

shot "file://$SITE/en/index.html" "$OUT/index.png" 1280 1100
shot "file://$SITE/en/$CITY/index.html" "$OUT/city-en.png" 1280 5200
shot "file://$SITE/ar/$CITY/index.html" "$OUT/city-ar.png" 1280 5200
shot "file://$SITE/en/$CITY/index.html" "$OUT/city-phone.png" 390 3000
shot "file://$SITE/ar/index.html" "$OUT/index-ar.png" 1280 1100

"$CHROMIUM" --headless=new --no-sandbox --disable-gpu --user-data-dir="$PROFILE" --no-pdf-header-footer \
    --print-to-pdf="$OUT/city-en.pdf" "file://$SITE/en/$CITY/index.html" >/dev/null 2>&1
echo "$OUT/city-en.pdf"
"$CHROMIUM" --headless=new --no-sandbox --disable-gpu --user-data-dir="$PROFILE" --no-pdf-header-footer \
    --print-to-pdf="$OUT/city-ar.pdf" "file://$SITE/ar/$CITY/index.html" >/dev/null 2>&1
echo "$OUT/city-ar.pdf"

if command -v pdftoppm >/dev/null 2>&1; then
    pdftoppm -png -r 50 -f 1 -l 6 "$OUT/city-en.pdf" "$OUT/city-en-pdf"
    pdftoppm -png -r 50 -f 1 -l 3 "$OUT/city-ar.pdf" "$OUT/city-ar-pdf"
    ls "$OUT"/city-*-pdf-*.png
else
    echo "screenshots: pdftoppm not found (apt-get install poppler-utils); the PDFs are not turned into PNGs" >&2
fi
