#!/usr/bin/env python3
"""Two builds of parkplan side by side on one machine, in one run: the same generated city
imported by each into its own store, then every row of tools/bench/run that the CLI answers,
run alternately (old, new, old, new, ...), medians and the ratio new/old printed as a
Markdown table. For "is this release slower than that one" on the same hardware, which
RESULTS.md figures from another machine cannot say.

usage: tools/bench/compare_builds.py OLD_PARKPLAN NEW_PARKPLAN [--size 100000] [--repeat 3]
                                     [--as-of 2025-06-30] [--work DIR]
The data come from tools/bench/data (made by tools/bench/run, or generated here when missing).
Each build imports with its own code, so a store written by the new release is never opened
by the old one.
"""
import argparse, os, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(HERE, "data")


def ensure_data(n):
    fc = os.path.join(DATA, f"parcels_{n}.geojson")
    layers = os.path.join(DATA, f"layers_{n}")
    os.makedirs(DATA, exist_ok=True)
    if not os.path.exists(fc):
        subprocess.run([sys.executable, os.path.join(ROOT, "tools", "generate_parcels.py"), "--city", str(n),
                        "--origin-lon", "106.6", "--origin-lat", "20.8", "-o", fc], check=True)
    if not os.path.exists(os.path.join(layers, "infrastructure.geojson")):
        subprocess.run([sys.executable, os.path.join(HERE, "make_layers.py"), "--city", str(n), "-o", layers], check=True)
    return fc, layers


def measured(cmd):
    """Wall seconds and this process's peak RSS in MB (GNU time), the command's output discarded."""
    t = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({p.returncode}): {p.stderr.strip()[:400]}")
    return wall, int(p.stderr.strip().splitlines()[-1]) / 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--as-of", default="2025-06-30")
    ap.add_argument("--work", default=os.path.join(DATA, "compare"))
    a = ap.parse_args()
    fc, layers = ensure_data(a.size)
    os.makedirs(a.work, exist_ok=True)
    builds = {"old": os.path.abspath(a.old), "new": os.path.abspath(a.new)}
    store = {k: os.path.join(a.work, f"{k}_{a.size}.gpkg") for k in builds}
    out = lambda k, name: os.path.join(a.work, f"{k}_{name}")
    results = {}

    def record(task, k, cmd, pre=None):
        if pre:
            pre()
        results.setdefault((task, k), []).append(measured(cmd))

    def fresh(k):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(store[k] + suffix):
                os.remove(store[k] + suffix)

    for r in range(a.repeat):
        for k, pp in builds.items():
            record("import + index", k, [pp, "import", "parcels", fc, "--store", store[k], "--crs", "EPSG:4326"], pre=lambda: fresh(k))
            record("apportion (units import)", k, [pp, "import", "units", os.path.join(layers, "districts.geojson"), "--level",
                                                   "district", "--store", store[k], "--replace"])
    for k, pp in builds.items():
        for layer in ("parks", "infrastructure"):
            subprocess.run([pp, "import", layer, os.path.join(layers, f"{layer}.geojson"), "--store", store[k], "--replace"],
                           check=True, stdout=subprocess.DEVNULL)
    tasks = [
        ("self-overlaps > 1 m²", lambda k, pp: [pp, "overlaps", "--layer", "parcels", "--min-area", "1", "--format", "json",
                                                  "--store", store[k], "-o", out(k, "overlaps.json")]),
        ("clearance by district", lambda k, pp: [pp, "clearance", "--by", "district", "--format", "json", "--as-of", a.as_of,
                                                 "--store", store[k], "-o", out(k, "clearance.json")]),
        ("coverage gaps", lambda k, pp: [pp, "gaps", "--format", "json", "--as-of", a.as_of, "--store", store[k],
                                         "-o", out(k, "gaps.json")]),
        ("GeoJSON export", lambda k, pp: [pp, "export", "--layer", "parcels", "--as-of", a.as_of, "--store", store[k],
                                          "-o", out(k, "export.geojson")]),
    ]
    for task, cmd in tasks:
        for r in range(a.repeat):
            for k, pp in builds.items():
                record(task, k, cmd(k, pp))

    print(f"| {a.size:,} parcels, median of {a.repeat} | old s | new s | new/old | old peak MB | new peak MB |")
    print("|---|---|---|---|---|---|")
    for task in ["import + index", "apportion (units import)"] + [t for t, _ in tasks]:
        old, new = results[(task, "old")], results[(task, "new")]
        mo, mn = statistics.median(w for w, _ in old), statistics.median(w for w, _ in new)
        print(f"| {task} | {mo:.3f} | {mn:.3f} | {mn / mo:.2f} | {max(m for _, m in old):.0f} | {max(m for _, m in new):.0f} |")
    sizes = {k: os.path.getsize(out(k, "export.geojson")) for k in builds}
    print(f"\nExport size: old {sizes['old'] / 1e6:.1f} MB, new {sizes['new'] / 1e6:.1f} MB. Load average at the end: "
          + " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
