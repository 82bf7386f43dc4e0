"""A page served by `pfplan serve` reloads by itself after its plan is
saved: headless Chromium through Selenium. Saves the plan `--rounds` times
(each a real edit of the city's title), measures save -> reloaded page,
then breaks the plan (the findings page must show) and mends it (the
document must come back). Prints the timings; exit 0 when all held."""

import argparse
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

parser = argparse.ArgumentParser()
parser.add_argument("--pfplan", required=True)
parser.add_argument("--example", default="Examples/albuquerque-nm")
parser.add_argument("--rounds", type=int, default=5)
args = parser.parse_args()

checkout = pathlib.Path(__file__).resolve().parents[2]
work = pathlib.Path(tempfile.mkdtemp(prefix="pfplan-serve-"))
city = work / pathlib.Path(args.example).name
shutil.copytree(checkout / args.example, city)
plan = city / "plan.yaml"
original = plan.read_text()
title = re.search(r"^  title: (.+)$", original, re.M).group(1)

server = subprocess.Popen(
    [args.pfplan, "serve", str(work), "--port", "0", "--as-of", "2026-01-01", "--templates", str(checkout / "Templates")],
    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
)
url = None
log = []
for line in server.stdout:
    log.append(line.rstrip())
    match = re.search(r"serving (http://\S+)", line)
    if match:
        url = match.group(1)
        break
if url is None:
    print("\n".join(log))
    sys.exit("FAIL: pfplan serve did not start")

options = webdriver.ChromeOptions()
options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
    options.add_argument(flag)
driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
failures = []


def wait_for_reload(*texts, absent=None, limit=5.0):
    """The browser's own time (epoch ms) at which the reloaded page had
    loaded, once it holds every one of `texts` (and not `absent`); None
    when that does not happen within `limit` seconds. Checked inside the
    browser, so no page source crosses the driver."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        loaded = driver.execute_script(
            "if (window.__pfplanMarker !== undefined || document.readyState !== 'complete') return null;"
            "var html = document.documentElement.outerHTML;"
            "for (var i = 0; i < arguments[0].length; i++) if (html.indexOf(arguments[0][i]) < 0) return null;"
            "if (arguments[1] && html.indexOf(arguments[1]) >= 0) return null;"
            "var n = performance.getEntriesByType('navigation')[0];"
            "return performance.timeOrigin + n.loadEventEnd;", list(texts), absent)
        if loaded:
            return loaded
        time.sleep(0.005)
    return None


def save(text):
    # As an editor saves: a new file renamed over the plan.
    temp = plan.with_name(".plan.yaml.tmp")
    temp.write_text(text)
    os.replace(temp, plan)


try:
    index = driver.get(url)
    link = driver.execute_script("return document.querySelector('a[href$=\"/index.html\"]').getAttribute('href')")
    page = url + link
    driver.get(page)
    print(f"opened {page}")
    times = []
    for n in range(args.rounds):
        new_title = f"{title} (draft {n + 1})"
        driver.execute_script("window.__pfplanMarker = true")
        time.sleep(0.3)  # the event stream is connected
        saved = time.time() * 1000
        save(original.replace(f"  title: {title}", f"  title: {new_title}", 1))
        loaded = wait_for_reload(new_title)
        if loaded is None:
            failures.append(f"round {n + 1}: the page did not reload within 5 s")
            continue
        # From the save to the reloaded page's load event, by one clock.
        times.append(loaded - saved)
    if times:
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        print(f"save -> reloaded page over {len(times)} saves: median {statistics.median(times):.0f} ms, "
              f"p95 {p95:.0f} ms, max {times[-1]:.0f} ms")

    # A broken plan shows its findings in place of the page, then recovers.
    driver.execute_script("window.__pfplanMarker = true")
    time.sleep(0.3)
    save(original.replace("lead: ", "lead: x", 1))
    if wait_for_reload("is not rendered", "refs/unknown", "^~") is None:
        failures.append("the findings page did not replace the broken plan's page")
    else:
        print("a misspelt lead: the page shows lint's findings (refs/unknown, with the source line and caret)")
    driver.execute_script("window.__pfplanMarker = true")
    time.sleep(0.3)
    save(original)
    if wait_for_reload(title, absent="is not rendered") is None:
        failures.append("the page did not recover after the plan was mended")
    else:
        print("mended: the document is back")
finally:
    driver.quit()
    server.terminate()
    try:
        server.wait(5)
    except subprocess.TimeoutExpired:
        server.kill()
    shutil.rmtree(work, ignore_errors=True)

if failures:
    print("FAIL: " + "; ".join(failures))
    sys.exit(1)
print("OK: the page reloaded by itself after every save")
