#!/usr/bin/env python3
"""Looks at rendered pages in headless Chromium and measures what document.md
asks of them on a phone and on paper.

    scripts/page-check.py OUT PAGE [PAGE ...]

Each PAGE is `name=path/to/index.html`. For each page it writes to OUT:
  NAME-1280.png, NAME-390.png   full-page screenshots at 1280 and 390 px wide
  NAME-A4.pdf, NAME-Letter.pdf  the page printed (Chromium's own print)
and prints, and writes to OUT/measurements.md, for each page:
  - at 390 px: the document's scroll width against the window's (a sideways
    scroll of the whole page), and the elements that stick out of the
    window (even inside a box that scrolls), except inside a picture frame
    that scrolls by itself and shows its cue (.scrolls);
  - the smallest text drawn in a picture (SVG `<text>`: its font size times
    the picture's scale) at 390 px, and in print on A4 and Letter (the page
    laid out at the paper's printable width, as Chromium prints it), in px
    and pt;
  - in each PDF, per page, how far down the text reaches (pdftotext
    -bbox-layout), and the pages that are more than half empty although the
    next page does not start a new section.
Exit status 1 when a measure fails its bound (overflow, text under 11 px on
the phone or 8 pt on paper, a half-empty page inside a section), else 0.

Needs: python3 with selenium (pip install selenium), chromium and
chromium-driver (Debian), poppler-utils (pdftotext, pdftoppm).
"""
import base64
import json
import os
import re
import shutil
import subprocess
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

# Printable width and height of the paper at the page's margins (the
# stylesheet's @page: 18 mm top and bottom, 15 mm left and right), in CSS px.
MM = 96 / 25.4
PAPERS = {
    "A4": {"width_in": 210 / 25.4, "height_in": 297 / 25.4},
    "Letter": {"width_in": 8.5, "height_in": 11.0},
}
MARGIN_X_MM, MARGIN_Y_MM = 15, 18


def driver():
    options = Options()
    options.add_argument("--headless=new")
    options.add_argument("--no-sandbox")
    options.add_argument("--disable-gpu")
    options.add_argument("--hide-scrollbars")
    options.add_argument("--force-device-scale-factor=1")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        options.binary_location = chromium
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


def set_width(d, width, height=900):
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


SMALLEST_SVG_TEXT = """
let smallest = null;
for (const svg of document.querySelectorAll('svg')) {
  const box = svg.getBoundingClientRect();
  const vb = svg.viewBox && svg.viewBox.baseVal;
  if (!box.width || !vb || !vb.width) continue;
  const scale = box.width / vb.width;
  for (const t of svg.querySelectorAll('text')) {
    if (!t.textContent.trim()) continue;
    const size = parseFloat(getComputedStyle(t).fontSize) * scale;
    if (smallest === null || size < smallest.size)
      smallest = {size: size, text: t.textContent.slice(0, 40), picture: svg.getAttribute('aria-label') || (svg.querySelector('title') || {}).textContent || ''};
  }
}
return smallest;
"""

OVERFLOW = """
const width = arguments[0];
const doc = document.scrollingElement.scrollWidth;
const out = [];
for (const el of document.body.querySelectorAll('*')) {
  if (el.closest('.scrolls .picture-frame') && !el.matches('.scrolls .picture-frame')) continue;
  const r = el.getBoundingClientRect();
  if (r.width === 0) continue;
  if (r.right > width + 0.5 || r.left < -0.5) {
    out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '') + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
    if (out.length > 8) break;
  }
}
const frames = [...document.querySelectorAll('.scrolls .picture-frame')].map(f => ({scrolls: f.scrollWidth > f.clientWidth, cue: !!f.parentElement.querySelector('.scroll-cue') && getComputedStyle(f.parentElement.querySelector('.scroll-cue')).display !== 'none'}));
return {inner: width, scroll: doc, offenders: out, frames: frames};
"""

SECTION_HEADINGS = "return [...document.querySelectorAll('section.major > h2')].map(h => h.textContent.trim());"


def full_page_png(d, path, width):
    set_width(d, width)
    height = d.execute_script("return Math.ceil(document.scrollingElement.scrollHeight)")
    set_width(d, width, min(height, 16000))
    shot = d.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))


def print_pdf(d, path, paper):
    p = PAPERS[paper]
    pdf = d.execute_cdp_cmd("Page.printToPDF", {
        "paperWidth": p["width_in"], "paperHeight": p["height_in"], "printBackground": True,
        "preferCSSPageSize": False, "displayHeaderFooter": False,
        "marginTop": MARGIN_Y_MM / 25.4, "marginBottom": MARGIN_Y_MM / 25.4,
        "marginLeft": MARGIN_X_MM / 25.4, "marginRight": MARGIN_X_MM / 25.4})
    with open(path, "wb") as f:
        f.write(base64.b64decode(pdf["data"]))


def print_svg_text(d, paper):
    """The smallest picture text with the page laid out for print at the
    paper's printable width."""
    p = PAPERS[paper]
    width = round((p["width_in"] * 25.4 - 2 * MARGIN_X_MM) * MM)
    set_width(d, width)
    d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    smallest = d.execute_script(SMALLEST_SVG_TEXT)
    d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    return width, smallest


def page_fill(pdf, headings):
    """Per page: the share of the printable height that text reaches, and
    whether the page starts a section."""
    out = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S):
        height = float(page.group(2))
        top = MARGIN_Y_MM / 25.4 * 72
        bottom = height - top
        lines = [(float(m.group(1)), float(m.group(2)), m.group(3))
                 for m in re.finditer(r'<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</line>', page.group(3), re.S)]
        words = [(y0, y1, " ".join(re.findall(r">([^<]*)</word>", body))) for y0, y1, body in lines]
        reach = max((y1 for _, y1, _ in words), default=top)
        first = min(words, key=lambda w: w[0])[2] if words else ""
        pages.append({"fill": max(0.0, (reach - top) / (bottom - top)), "first": first.strip()})
    # Right-to-left lines come out of -bbox-layout with the words, and the
    # letters of each word (ligatures such as lam-alef taken apart), in
    # drawing order: a heading is recognised by its words' letters, in any
    # order, without bidi controls, marks or punctuation.
    def words(text):
        text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u064b-\u065f\u0670:]", "", text)
        return sorted("".join(sorted(w)) for w in text.split())
    targets = [words(h) for h in headings]
    for i, p in enumerate(pages):
        p["starts_section"] = i == 0 or words(p["first"]) in targets
    return pages


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    report = ["# Phone and print measurements", ""]
    failed = False
    d = driver()
    try:
        for spec in sys.argv[2:]:
            name, path = spec.split("=", 1)
            url = "file://" + os.path.abspath(path)
            d.get(url)
            report.append(f"## {name} (`{path}`)")
            report.append("")
            for width in (1280, 390):
                full_page_png(d, f"{out}/{name}-{width}.png", width)
            set_width(d, 390)
            o = d.execute_script(OVERFLOW, 390)
            phone = d.execute_script(SMALLEST_SVG_TEXT)
            # A phone zooms out a page wider than itself (the window then
            # reports the page's width): compare with the phone's 390 px.
            ok = o["scroll"] <= 390
            # An element wider than the window inside a box that scrolls
            # without saying so fails too: only a scrolling picture frame
            # with its cue may scroll.
            failed |= not ok or bool(o["offenders"])
            report.append(f"- 390 px: document scroll width {o['scroll']} px: "
                          + ("no sideways scroll" if ok else "SCROLLS SIDEWAYS") + ".")
            if o["offenders"]:
                report.append(f"  - sticking out: {', '.join(o['offenders'])}")
            for f in o["frames"]:
                report.append(f"  - a picture frame that scrolls by itself: scrolls {f['scrolls']}, visible cue {f['cue']}")
                failed |= f["scrolls"] and not f["cue"]
            if phone:
                ok = phone["size"] >= 11 - 1e-6
                failed |= not ok
                report.append(f"- 390 px: smallest picture text {phone['size']:.2f} px (\"{phone['text']}\")"
                              + ("" if ok else " UNDER 11 px") + ".")
            headings = d.execute_script(SECTION_HEADINGS)
            for paper in PAPERS:
                width, smallest = print_svg_text(d, paper)
                if smallest:
                    pt = smallest["size"] * 0.75
                    ok = pt >= 8 - 1e-6
                    failed |= not ok
                    report.append(f"- print, {paper} ({width} px wide): smallest picture text {smallest['size']:.2f} px = {pt:.2f} pt"
                                  + ("" if ok else " UNDER 8 pt") + ".")
                d.get(url)
                pdf = f"{out}/{name}-{paper}.pdf"
                print_pdf(d, pdf, paper)
                if shutil.which("pdftotext"):
                    pages = page_fill(pdf, headings)
                    bad = [i + 1 for i, p in enumerate(pages)
                           if p["fill"] < 0.5 and i + 1 < len(pages) and not pages[i + 1]["starts_section"]]
                    failed |= bool(bad)
                    fills = " ".join(f"{round(p['fill'] * 100)}" for p in pages)
                    report.append(f"- {paper} PDF: {len(pages)} pages; text reaches (% of the page): {fills}; "
                                  + (f"HALF EMPTY inside a section: pages {bad}" if bad else "no page more than half empty inside a section") + ".")
                if shutil.which("pdftoppm"):
                    subprocess.run(["pdftoppm", "-png", "-r", "40", pdf, f"{out}/{name}-{paper}-page"], check=True)
            report.append("")
    finally:
        d.quit()
    text = "\n".join(report) + "\n"
    with open(f"{out}/measurements.md", "w") as f:
        f.write(text)
    print(text)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
