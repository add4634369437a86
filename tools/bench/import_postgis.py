#!/usr/bin/env python3
"""Importing one parcel file into PostGIS, side by side in one run: `parkplan import parcels
FILE --store postgresql://…` (every feature checked, reprojected to EPSG:9210 with the
EPSG:6960 shift, apportioned over the districts, linked to its park, its ledger written, the
overlap pairs found, all in one transaction) against GDAL's `ogr2ogr` into PostGIS (COPY,
reprojected to EPSG:9210, no checks), then its GiST index and ANALYZE: issue 17's target is
ParkPlanner at least 2x faster. Alternately, `--repeat` times; medians and the ratio printed
as a Markdown table; the two tables checked to hold the same parcel ids and, parcel by
parcel, areas that agree to 1e-6 relative (both in EPSG:9210).

usage: tools/bench/import_postgis.py PARKPLAN PARCELS.geojson LAYERS_DIR postgresql://user@host:5432/db [--repeat 1]
LAYERS_DIR holds districts.geojson and parks.geojson (tools/bench/make_layers.py writes
them beside the parcels, e.g. tools/bench/data/layers_100000). The schemas `bench_import`
and `bench_ogr` of that database are made anew for each run and dropped at the end; the
password comes from PGPASSWORD or ~/.pgpass. Peak memory is the client's only. ogr2ogr needs
EPSG:9210 in the database's spatial_ref_sys (PostGIS 3.3's predates it): a superuser adds it
once, as tools/bench/peer_postgis.py does for its own cluster.
"""
import argparse, os, statistics, subprocess, sys, time
from urllib.parse import urlparse

from compare_builds import measured  # wall seconds and peak RSS of one command


def psql(url, sql, capture=False):
    p = subprocess.run(["psql", "-q", "-At", "-v", "ON_ERROR_STOP=1", url.split("?")[0], "-c", "SET client_min_messages = warning",
                        "-c", sql], check=True, capture_output=True, text=True)
    return p.stdout.strip() if capture else None


def gdal_connection(url, schema):
    u = urlparse(url)
    parts = [f"host={u.hostname}", f"port={u.port or 5432}", f"dbname={u.path.lstrip('/')}", f"active_schema={schema}"]
    if u.username:
        parts.append(f"user={u.username}")
    return "PG:" + " ".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("parkplan")
    ap.add_argument("parcels")
    ap.add_argument("layers")
    ap.add_argument("database")
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args()
    pp, base = os.path.abspath(a.parkplan), a.database.split("?")[0]
    ours, theirs = f"{base}?schema=bench_import", "bench_ogr"
    runs = {"parkplan": [], "ogr2ogr": [], "index": []}
    for _ in range(a.repeat):
        psql(base, "DROP SCHEMA IF EXISTS bench_import CASCADE; DROP SCHEMA IF EXISTS bench_ogr CASCADE; CREATE SCHEMA bench_ogr")
        for args in (["units", f"{a.layers}/districts.geojson", "--level", "district"], ["parks", f"{a.layers}/parks.geojson"]):
            subprocess.run([pp, "import"] + args + ["--store", ours], check=True, stdout=subprocess.DEVNULL)
        runs["parkplan"].append(measured([pp, "import", "parcels", a.parcels, "--store", ours]))
        runs["ogr2ogr"].append(measured(["ogr2ogr", "-f", "PostgreSQL", gdal_connection(base, theirs), a.parcels, "-nln", "parcels",
                                         "-t_srs", "EPSG:9210", "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid",
                                         "-lco", "SPATIAL_INDEX=NONE", "-lco", "PRECISION=NO", "-lco", f"SCHEMA={theirs}",
                                         "-gt", "65536", "--config", "PG_USE_COPY", "YES"]))
        t = time.perf_counter()
        psql(base, f"CREATE INDEX parcels_geom ON {theirs}.parcels USING gist (geom); ANALYZE {theirs}.parcels")
        runs["index"].append((time.perf_counter() - t, 0))
    # The same parcels, the same areas (EPSG:9210) parcel by parcel.
    counts = psql(base, "SELECT (SELECT count(*) FROM bench_import.parcels) || ' ' || (SELECT count(*) FROM bench_ogr.parcels)", capture=True)
    differing = psql(base, """
        SELECT count(*) FROM bench_import.parcels a FULL JOIN bench_ogr.parcels b ON b.id = a.parcel_id
        WHERE a.parcel_id IS NULL OR b.id IS NULL
           OR abs(ST_Area(a.geom) - ST_Area(b.geom)) > 1e-6 * greatest(1, ST_Area(b.geom))""", capture=True)
    psql(base, "DROP SCHEMA IF EXISTS bench_import CASCADE; DROP SCHEMA IF EXISTS bench_ogr CASCADE")

    med = lambda k: statistics.median(w for w, _ in runs[k])
    peak = lambda k: max(m for _, m in runs[k])
    ogr = med("ogr2ogr") + med("index")
    print(f"| import of {os.path.basename(a.parcels)} into PostGIS (median of {a.repeat}) | s | client peak MB |")
    print("|---|---|---|")
    print(f"| parkplan import parcels --store postgresql:// (checks, shift, shares, ledger, overlap pairs) | {med('parkplan'):.1f} | {peak('parkplan'):.0f} |")
    print(f"| ogr2ogr (COPY, EPSG:9210) + GiST + ANALYZE | {ogr:.1f} ({med('ogr2ogr'):.1f} + {med('index'):.1f}) | {peak('ogr2ogr'):.0f} |")
    print(f"\nogr2ogr / parkplan: {ogr / med('parkplan'):.2f} (issue 17's target: at least 2). Parcels stored: {counts}; "
          f"parcels missing on one side or with areas differing by more than 1e-6: {differing}.")
    print("Load average at the end: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    if differing != "0" or len(set(counts.split())) != 1:
        sys.exit(1)


if __name__ == "__main__":
    main()
