#!/usr/bin/env python3
"""Checks `parkplan overlaps --layer parcels --format json` against shapely on the same data.

usage: check_overlaps_shapely.py STORE.gpkg OVERLAPS.json [--tolerance 1e-9] [--min-area M2]

Reads the parcels' geometries as the store holds them (GeoPackage blobs, EPSG:9210) with
Python's sqlite3, so both sides start from the same coordinates; finds every pair of parcels
whose interiors overlap with shapely 2 (STRtree + intersection area), and compares pair by
pair with the product's answer. Pairs below --min-area (default: the `min_area_m2` in the JSON,
else 0) are left out of both sides. Prints one summary line; exits 1 on any missing or extra
pair, or on an area whose relative difference exceeds --tolerance.
"""
import argparse
import json
import sqlite3
import struct
import sys

import numpy as np
import shapely


def gpkg_wkb(blob):
    """The WKB inside a GeoPackage geometry blob (GeoPackage 1.4, clause 2.1.3)."""
    if blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry blob")
    flags = blob[3]
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 0b111]
    return bytes(blob[8 + envelope:])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("store")
    ap.add_argument("overlaps")
    ap.add_argument("--tolerance", type=float, default=1e-9)
    ap.add_argument("--min-area", type=float, default=None)
    args = ap.parse_args()

    answer = json.load(open(args.overlaps, encoding="utf-8"))
    min_area = args.min_area if args.min_area is not None else float(answer.get("min_area_m2") or 0)
    db = sqlite3.connect(args.store)
    column = db.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = 'parcels'").fetchone()[0]
    rows = db.execute(f'SELECT parcel_id, "{column}" FROM parcels ORDER BY parcel_id').fetchall()
    ids = [r[0] for r in rows]
    geoms = shapely.from_wkb([gpkg_wkb(r[1]) for r in rows])
    tree = shapely.STRtree(geoms)
    left, right = tree.query(geoms, predicate="intersects")
    keep = left < right
    left, right = left[keep], right[keep]
    areas = shapely.area(shapely.intersection(geoms[left], geoms[right]))
    expected = {}
    for i, j, a in zip(left, right, areas):
        if a > 0 and a >= min_area:
            expected[tuple(sorted((ids[i], ids[j])))] = float(a)

    got = {}
    for r in answer["rows"]:
        if r.get("layer_a", "parcels") != "parcels" or r.get("layer_b", "parcels") != "parcels":
            continue
        got[tuple(sorted((r["a"], r["b"])))] = float(r["area_m2"])

    missing = sorted(set(expected) - set(got))
    extra = sorted(set(got) - set(expected))
    worst, worst_pair = 0.0, None
    for pair in set(expected) & set(got):
        rel = abs(got[pair] - expected[pair]) / expected[pair]
        if rel > worst:
            worst, worst_pair = rel, pair
    ok = not missing and not extra and worst <= args.tolerance
    print(f"shapely {shapely.__version__} (GEOS {'.'.join(map(str, shapely.geos_version))}): {len(ids)} parcels, "
          f"{len(expected)} overlapping pairs, product {len(got)}; missing {len(missing)}, extra {len(extra)}; "
          f"max relative area difference {worst:.3e}" + (f" ({worst_pair[0]} x {worst_pair[1]})" if worst_pair else ""))
    for pair in missing[:5]:
        print(f"  missing: {pair[0]} x {pair[1]}: {expected[pair]} m2")
    for pair in extra[:5]:
        print(f"  extra: {pair[0]} x {pair[1]}: {got[pair]} m2")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
