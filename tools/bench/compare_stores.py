#!/usr/bin/env python3
"""The same queries on the GeoPackage store and on its copy in PostGIS, side by side in one
run: the store copied with `parkplan store copy` into a fresh PostgreSQL schema, then every
query run alternately on both stores (GeoPackage, PostGIS, GeoPackage, ...), its output
checked byte for byte equal, medians and the ratio PostGIS/GeoPackage printed as a Markdown
table (issue 17's target: every query within 1.5x). The PostGIS figures include the client's
whole work (connect, read, compute in Swift); peak memory is the client's only.

usage: tools/bench/compare_stores.py PARKPLAN STORE.gpkg postgresql://user@host:5432/db
                                     [--repeat 3] [--as-of 2025-06-30] [--work DIR] [--keep]
The schema `bench_compare` of that database is dropped and made anew (password from
PGPASSWORD or ~/.pgpass), and dropped at the end unless --keep. STORE.gpkg is only read: make
one with tools/bench/run or by importing tools/bench/data (see README.md).
"""
import argparse, filecmp, os, statistics, subprocess, sys

from compare_builds import measured  # wall seconds and peak RSS of one command

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = "bench_compare"


def psql(url, sql):
    subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", url.split("?")[0], "-c", "SET client_min_messages = warning", "-c", sql],
                   check=True, stdout=subprocess.DEVNULL)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("parkplan")
    ap.add_argument("store")
    ap.add_argument("database")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--as-of", default="2025-06-30")
    ap.add_argument("--work", default=os.path.join(HERE, "data", "compare_stores"))
    ap.add_argument("--keep", action="store_true", help="keep the PostGIS schema afterwards")
    a = ap.parse_args()
    pp = os.path.abspath(a.parkplan)
    os.makedirs(a.work, exist_ok=True)
    pg = a.database.split("?")[0] + f"?schema={SCHEMA}"
    psql(a.database, f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
    copy_s, copy_mb = measured([pp, "store", "copy", "--from", a.store, "--to", pg])
    stores = {"GeoPackage": a.store, "PostGIS": pg}
    day = ["--as-of", a.as_of]
    queries = [
        ("parks", ["parks", "--format", "json"] + day),
        ("clearance by district", ["clearance", "--by", "district", "--format", "json"] + day),
        ("clearance by district+park, deduped", ["clearance", "--by", "district+park", "--dedupe", "--format", "json"] + day),
        ("clearance --overdue", ["clearance", "--overdue", "--format", "json"] + day),
        ("coverage gaps", ["gaps", "--format", "json"] + day),
        ("utility-plans", ["utility-plans", "--format", "json"] + day),
        ("parcel-gaps", ["parcel-gaps", "--format", "json"]),
        ("self-overlaps > 1 m²", ["overlaps", "--layer", "parcels", "--min-area", "1", "--format", "json"]),
        ("GeoJSON export", ["export", "--layer", "parcels"] + day),
    ]
    out = lambda store, i: os.path.join(a.work, f"{store}_{i}.out")
    results, unequal = {}, []
    for i, (name, args) in enumerate(queries):
        for _ in range(a.repeat):
            for store, where in stores.items():
                results.setdefault((name, store), []).append(measured([pp] + args + ["--store", where, "-o", out(store, i)]))
        if not filecmp.cmp(out("GeoPackage", i), out("PostGIS", i), shallow=False):
            unequal.append(name)
    if not a.keep:
        psql(a.database, f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")

    print(f"`store copy` into PostGIS: {copy_s:.1f} s, peak {copy_mb:.0f} MB.\n")
    print(f"| query (median of {a.repeat}) | GeoPackage s | PostGIS s | PostGIS/GeoPackage | GeoPackage peak MB | PostGIS client peak MB | same bytes |")
    print("|---|---|---|---|---|---|---|")
    for name, _ in queries:
        g, p = results[(name, "GeoPackage")], results[(name, "PostGIS")]
        mg, mp = statistics.median(w for w, _ in g), statistics.median(w for w, _ in p)
        print(f"| {name} | {mg:.3f} | {mp:.3f} | {mp / mg:.2f} | {max(m for _, m in g):.0f} | {max(m for _, m in p):.0f} | "
              f"{'no' if name in unequal else 'yes'} |")
    print("\nLoad average at the end: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    if unequal:
        print("outputs differ: " + ", ".join(unequal), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
