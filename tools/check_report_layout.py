#!/usr/bin/env python3
"""Renders report HTML files in headless Chromium (Selenium + chromedriver) at given widths
and lists every element wider than the page, or reaching past its right edge.

usage: check_report_layout.py REPORT.html [REPORT.html ...] [--widths 1240,400]

Prints one line per (file, width) with the number of overflowing elements and the first few
(tag, class, text, right edge); exits 1 when any element overflows.
"""
import argparse
import pathlib
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

OVERFLOWS = """
const width = document.documentElement.clientWidth;
const out = [];
for (const e of document.body.querySelectorAll('*')) {
  const r = e.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;
  // Inside a scrolling box (overflow-x: auto) an element may be wider: the box scrolls.
  let scrolled = false;
  for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
    const s = getComputedStyle(p).overflowX;
    if (s === 'auto' || s === 'scroll' || s === 'hidden') { scrolled = true; break; }
  }
  if (scrolled) continue;
  if (r.right > width + 0.5 || r.left < -0.5) {
    out.push([e.tagName.toLowerCase(), e.className && e.className.baseVal !== undefined ? e.className.baseVal : e.className,
              (e.textContent || '').trim().slice(0, 40), Math.round(r.left), Math.round(r.right)]);
  }
}
return [width, document.documentElement.scrollWidth, out];
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("reports", nargs="+")
    ap.add_argument("--widths", default="1240,400")
    args = ap.parse_args()
    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"):
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    bad = 0
    try:
        for report in args.reports:
            url = pathlib.Path(report).resolve().as_uri()
            for width in (int(w) for w in args.widths.split(",")):
                driver.set_window_size(width, 1000)
                driver.get(url)
                inner = driver.execute_script("return window.innerWidth")
                driver.set_window_size(width + (width - inner), 1000)
                driver.get(url)
                page, scroll, out = driver.execute_script(OVERFLOWS)
                bad += len(out)
                print(f"{pathlib.Path(report).name} at {page} px: page scroll width {scroll}, {len(out)} element(s) past the page")
                for tag, cls, text, left, right in out[:6]:
                    print(f"  <{tag} class='{cls}'> {text!r}: {left}..{right} px")
    finally:
        driver.quit()
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
