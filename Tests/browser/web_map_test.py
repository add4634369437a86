#!/usr/bin/env python3
"""Drives ParkPlanner's web map (`parkplan serve`, page at /) in headless Chromium.

Started by Tests/WebPageTests/WebMapBrowserTests.swift against a server on a free loopback
port, with a board member's token for one commune. Checks, each recorded in the results
file (JSON) and in the exit status (0 = every check passed):
  - the page loads with no console error and no request outside the server's origin;
  - the parcels drawn (SVG paths) are as many as the API's features for the view, and > 0;
  - a click on a parcel opens its attributes and its whole ledger history;
  - a signed-in board member records a change: the parcel's colour and the table's
    commune row and totals follow, equal to the API's answer;
  - a parcel outside the board's units is refused (403) and a stale version (412) is shown;
  - English/Vietnamese switch; a phone-sized (390x844) screen has no sideways scroll.
Screenshots (PNG) go to --shots when given.
"""
import argparse
import json
import sys
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

STATUS_COLOR = {"not_started": "#d73027", "inventoried": "#fc8d59", "plan_approved": "#fee08b",
                "compensated": "#d9ef8b", "handed_over": "#1a9850", "disputed": "#7b3294"}

results = {"checks": [], "figures": {}}


def check(name, ok, detail=""):
    results["checks"].append({"name": name, "ok": bool(ok), "detail": str(detail)})
    print(("PASS " if ok else "FAIL ") + name + (": " + str(detail) if detail else ""), flush=True)
    return ok


def api(base, path, token=None, method="GET", body=None, headers=None):
    """(status, headers, parsed body) of a request to the server, never raising on HTTP errors."""
    h = dict(headers or {})
    if token:
        h["Authorization"] = "Bearer " + token
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        h["Content-Type"] = "application/json"
    req = urllib.request.Request(base + path, data=data, headers=h, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            raw = r.read()
            return r.status, r.headers, json.loads(raw) if raw else None
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            return e.code, e.headers, json.loads(raw)
        except ValueError:
            return e.code, e.headers, raw.decode(errors="replace")


def wait_idle(driver, timeout=90):
    """Waits until the page has drawn its first view and has no request in flight."""
    end = time.time() + timeout
    while time.time() < end:
        if driver.execute_script("return !!(window.PP && PP.app && PP.app.idle)"):
            time.sleep(0.2)
            if driver.execute_script("return PP.app.idle"):
                return True
        time.sleep(0.2)
    return False


def wait_for(driver, script, timeout=60):
    end = time.time() + timeout
    while time.time() < end:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.2)
    return None


def rings(geometry):
    """The exterior rings of a (Multi)Polygon, as lists of [lon, lat]."""
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"][0]]
    if geometry["type"] == "MultiPolygon":
        return [p[0] for p in geometry["coordinates"]]
    return []


def inside(point, geometry):
    """Point in (Multi)Polygon (even-odd rule over every ring, holes included)."""
    x, y = point
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    hit = False
    for polygon in polygons:
        for ring in polygon:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
                if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                    hit = not hit
    return hit


def centre(geometry):
    pts = [p for r in rings(geometry) for p in r[:-1]]
    return [sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)]


def number(text, lang="vi"):
    """A number as the page writes it (vi: 1.234,56; en: 1,234.56)."""
    t = text.strip()
    t = t.replace(".", "").replace(",", ".") if lang == "vi" else t.replace(",", "")
    return float(t)


def drawn_parcels(driver):
    return driver.execute_script("return document.querySelectorAll('#map path.parcel').length")


def counts_match(driver, base, label):
    url = driver.execute_script("return PP.layers.state.parcels.loadedUrl")
    status, _, body = api(base, url)
    # A feature simplified away at this zoom (no geometry left) is not drawn.
    api_count = len([f for f in body["features"] if f.get("geometry") and f["geometry"].get("coordinates")]) if status == 200 else -1
    drawn = drawn_parcels(driver)
    results["figures"][label] = {"drawn": drawn, "api": api_count, "url": url}
    check(label + ": parcels drawn equal the API's features for the view", drawn == api_count and drawn > 0,
          f"drawn {drawn}, API {api_count} ({url})")
    return body


def outside_requests(driver, origin):
    names = driver.execute_script("return performance.getEntries().map(e => e.name)")
    seen = [n for n in names if n.startswith("http")]
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            seen.append(msg["params"]["request"]["url"])
    return [u for u in seen if not (u.startswith(origin + "/") or u == origin or u.startswith("data:"))], len(seen)


def console_errors(driver):
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True, help="the server's origin, http://127.0.0.1:PORT")
    ap.add_argument("--token", required=True, help="a board member's token")
    ap.add_argument("--unit", required=True, help="the board's commune id")
    ap.add_argument("--out", required=True, help="results file (JSON)")
    ap.add_argument("--shots", help="folder for screenshots")
    ap.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()
    base = args.url.rstrip("/")

    options = webdriver.ChromeOptions()
    options.binary_location = args.chromium
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--disable-background-networking", "--no-first-run", "--window-size=1280,900", "--lang=vi"]:
        options.add_argument(a)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(args.chromedriver), options=options)
    driver.set_script_timeout(60)
    try:
        run(driver, base, args)
    except Exception as e:  # a crash of the script is a failed check, with what happened
        check("script ran to the end", False, repr(e))
    finally:
        driver.quit()
        with open(args.out, "w") as f:
            json.dump(results, f, indent=1, ensure_ascii=False)
    failed = [c for c in results["checks"] if not c["ok"]]
    print(f"{len(results['checks']) - len(failed)} passed, {len(failed)} failed", flush=True)
    sys.exit(1 if failed or not results["checks"] else 0)


def shot(driver, args, name):
    if args.shots:
        driver.save_screenshot(f"{args.shots}/{name}.png")


def run(driver, base, args):
    # 1. Load: no console error, nothing outside the server.
    driver.get(base + "/")
    check("page becomes idle (first view drawn)", wait_idle(driver))
    errors = console_errors(driver)
    check("no console error on load", not errors, errors)
    outside, total = outside_requests(driver, base)
    check("no request outside the server", not outside and total > 0, f"{total} requests; outside: {outside}")
    check("Leaflet is the served one", driver.execute_script("return typeof L === 'object' && L.version"))
    title = driver.find_element(By.CSS_SELECTOR, "#bar h1").text
    check("Vietnamese title with diacritics", "Giải phóng mặt bằng" in title, title)
    shot(driver, args, "desktop-first-view")

    # 2. The parcels drawn are the API's features for the view.
    first = counts_match(driver, base, "first view")

    # 3. A parcel wholly inside the board's commune, not handed over; one outside it.
    status, _, units = api(base, "/api/v1/features/units?bbox=102,8,110,24&zoom=18")
    commune = next((f for f in units.get("features", []) if (f["properties"] or {}).get("id", f.get("id")) == args.unit), None)
    check("the board's commune is a unit feature", commune is not None, args.unit)
    parcels = [f for f in first["features"] if f.get("geometry") and f["geometry"].get("coordinates")]
    def in_commune(f):
        return all(inside(p, commune["geometry"]) for r in rings(f["geometry"]) for p in r)
    def away(f):
        return not any(inside(p, commune["geometry"]) for r in rings(f["geometry"]) for p in r)
    target = next(f for f in parcels if in_commune(f) and f["properties"].get("clearance") != "handed_over")
    stranger = next(f for f in parcels if away(f) and f["properties"].get("clearance") != "handed_over")
    tid, sid = target["properties"].get("id", target.get("id")), stranger["properties"].get("id", stranger.get("id"))
    results["figures"]["target"], results["figures"]["outside"] = tid, sid

    # Zoom to the target: the layers reload for the new bbox and zoom.
    lon, lat = centre(target["geometry"])
    driver.execute_script("PP.app.map.setView([arguments[0], arguments[1]], 18, {animate: false})", lat, lon)
    time.sleep(0.3)
    wait_idle(driver)
    counts_match(driver, base, "zoomed view")

    # 4. Click opens attributes and history.
    el = driver.find_element(By.CSS_SELECTOR, f'#map path.parcel[data-id="{tid}"]')
    ActionChains(driver).move_to_element(el).click().perform()
    opened = wait_for(driver, f"return !document.getElementById('parcel').hidden && "
                              f"document.getElementById('parcel-id').textContent === {json.dumps(tid)} && PP.app.idle")
    check("a click on a parcel opens its panel", opened, tid)
    status, headers, detail = api(base, "/api/v1/parcels/" + tid)
    history = detail.get("rows") if isinstance(detail, dict) else None
    rows = driver.execute_script("return document.querySelectorAll('#history tbody tr.entry').length")
    check("the history shown is the API's", rows == len(history or []), f"{rows} rows, API {len(history or [])}")
    check("the parcel's version comes as an ETag", headers.get("ETag"), headers.get("ETag"))
    shot(driver, args, "desktop-parcel-open")

    # 5. Sign in, record a change: the colour and the table follow.
    driver.find_element(By.ID, "token").send_keys(args.token)
    driver.find_element(By.ID, "signin-button").click()
    check("signed in: the change form shows", wait_for(driver, "return !document.getElementById('change').hidden"))
    check("the token is kept in sessionStorage", driver.execute_script("return sessionStorage.getItem('parkplan.token')") == args.token)
    def table_cleared(unit):
        return driver.execute_script(
            "const r = document.querySelector(`#clearance-table tr[data-unit='${arguments[0]}']`);"
            "return r ? r.children[2].textContent : null", unit)
    as_of = driver.execute_script("return PP.layers.asOf")
    before_row, before_total = table_cleared(args.unit), table_cleared("totals")
    _, _, api_before = api(base, f"/api/v1/clearance?by=commune&as_of={as_of}")
    driver.execute_script("document.getElementById('change-status').value = 'handed_over'")
    driver.find_element(By.ID, "change-note").send_keys("Biên bản bàn giao (Selenium)")
    driver.find_element(By.ID, "change-submit").click()
    ok = wait_for(driver, "return document.getElementById('change-message').className === 'ok' && PP.app.idle"
                          " ? true : (document.getElementById('change-message').className === 'error'"
                          " ? document.getElementById('change-message').textContent : null)")
    check("the change is recorded (201)", ok is True, ok)
    wait_idle(driver)
    fill = driver.execute_script(f"const e = document.querySelector('#map path.parcel[data-id=\"{tid}\"]');"
                                 "return e && e.getAttribute('fill')")
    check("the parcel is redrawn in the new status's colour", fill == STATUS_COLOR["handed_over"],
          f"{fill} (before {target['properties'].get('clearance')})")
    _, _, api_after = api(base, f"/api/v1/clearance?by=commune&as_of={as_of}")
    after_row, after_total = table_cleared(args.unit), table_cleared("totals")
    api_row = next(r for r in api_after["rows"] if r["unit"] == args.unit)
    results["figures"]["table"] = {"row_before": before_row, "row_after": after_row,
                                   "total_before": before_total, "total_after": after_total,
                                   "api_cleared_m2_before": api_before["totals"]["cleared_m2"],
                                   "api_cleared_m2_after": api_after["totals"]["cleared_m2"]}
    check("the API's cleared total grew", api_after["totals"]["cleared_m2"] > api_before["totals"]["cleared_m2"])
    check("the table's commune row changed to the API's figure",
          after_row != before_row and abs(number(after_row) - round(api_row["cleared_m2"] / 10000, 2)) < 0.006,
          f"{before_row} -> {after_row}; API {api_row['cleared_m2'] / 10000:.2f} ha")
    check("the table's totals changed to the API's figure",
          after_total != before_total and abs(number(after_total) - round(api_after["totals"]["cleared_m2"] / 10000, 2)) < 0.006,
          f"{before_total} -> {after_total}")
    rows_after = driver.execute_script("return document.querySelectorAll('#history tbody tr.entry').length")
    check("the history shows the new entry", rows_after == rows + 1, f"{rows} -> {rows_after}")
    shot(driver, args, "desktop-after-change")

    # 6. Outside the board's units: 403 shown.
    driver.execute_script("PP.parcelPanel.open(arguments[0])", sid)
    wait_for(driver, f"return document.getElementById('parcel-id').textContent === {json.dumps(sid)} && PP.app.idle")
    driver.execute_script("document.getElementById('change-status').value = 'handed_over'")
    driver.find_element(By.ID, "change-submit").click()
    msg = wait_for(driver, "return document.getElementById('change-message').className === 'error' && "
                           "document.getElementById('change-message').textContent")
    check("a parcel outside the board's units: 403 shown", msg and "403" in msg, msg)

    # 7. A stale version: someone else writes first; the page shows 412 and reloads the state.
    driver.execute_script("PP.parcelPanel.open(arguments[0])", tid)
    wait_for(driver, f"return document.getElementById('parcel-id').textContent === {json.dumps(tid)} && PP.app.idle")
    _, h, _ = api(base, "/api/v1/parcels/" + tid)
    code, _, body = api(base, f"/api/v1/parcels/{tid}/events", args.token, "POST",
                        {"status": "disputed", "date": as_of, "note": "another member", "reason": "khiếu nại"},
                        {"If-Match": h.get("ETag")})
    check("another member's write goes first (201)", code == 201, f"{code} {body}")
    driver.execute_script("document.getElementById('change-status').value = 'compensated'")
    driver.find_element(By.ID, "change-reason").send_keys("sửa")
    driver.find_element(By.ID, "change-submit").click()
    msg = wait_for(driver, "return document.getElementById('change-message').className === 'error' && PP.app.idle && "
                           "document.getElementById('change-message').textContent")
    check("a stale version: 412 shown", msg and "412" in msg, msg)
    errors = [e for e in console_errors(driver) if not any(c in e.get("message", "") for c in (" 403 ", " 412 ", "403 (", "412 ("))]
    check("no console error besides the refused writes", not errors, errors)

    # 8. English.
    driver.find_element(By.ID, "lang").click()
    title = driver.find_element(By.CSS_SELECTOR, "#bar h1").text
    check("English switch", title.startswith("Site clearance") and driver.execute_script("return document.documentElement.lang") == "en", title)
    shot(driver, args, "desktop-english")
    driver.find_element(By.ID, "lang").click()

    # 9. A phone-sized screen.
    driver.set_window_size(390, 844)
    driver.get(base + "/")
    wait_idle(driver)
    width = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
    check("phone size: no sideways scroll", width[0] <= width[1], width)
    check("phone size: parcels drawn", drawn_parcels(driver) > 0, drawn_parcels(driver))
    map_box = driver.execute_script("return document.getElementById('map').getBoundingClientRect().toJSON()")
    side_box = driver.execute_script("return document.getElementById('side').getBoundingClientRect().toJSON()")
    check("phone size: the table sits under the map", side_box["top"] >= map_box["bottom"] - 1, (map_box, side_box))
    shot(driver, args, "phone")


if __name__ == "__main__":
    main()
