"""The GeoPandas / shapely 2 peer of the city-scale benchmark: one task per process.

    peer_geopandas.py import   PARCELS.geojsonl LAYERS_DIR STORE.gpkg
    peer_geopandas.py load     STORE.gpkg
    peer_geopandas.py overlaps STORE.gpkg MIN_AREA OUT.tsv
    peer_geopandas.py clearance STORE.gpkg AS_OF OUT.tsv
    peer_geopandas.py gaps     STORE.gpkg AS_OF OUT.tsv
    peer_geopandas.py export   STORE.gpkg OUT.geojson
    peer_geopandas.py lookups  STORE.gpkg POINTS.tsv OUT.tsv

The store is a GeoPackage in EPSG:9210 (what ParkPlanner's store is too). Each task
prints `measure<TAB>seconds` lines for its phases; the orchestrator times the process.
"""
import json
import sys
import time

import geopandas as gpd
import numpy as np
import pyogrio
import shapely

T0 = time.perf_counter()


def phase(name, t):
    print(f"{name}\t{time.perf_counter() - t:.6f}", flush=True)
    return time.perf_counter()


def read(store, layer, columns=None):
    return gpd.read_file(store, layer=layer, columns=columns, engine="pyogrio", use_arrow=True)


def do_import(parcels, layers, store):
    t = time.perf_counter()
    df = gpd.read_file(parcels, engine="pyogrio", use_arrow=True)
    t = phase("read_s", t)
    df = df.to_crs(9210)
    t = phase("reproject_s", t)
    # Arrow reads the nested history as lists of dicts; a GeoPackage column holds it as JSON text.
    df["clearance_history"] = [None if h is None else json.dumps(list(h), ensure_ascii=False) for h in df["clearance_history"]]
    t = phase("history_json_s", t)
    df.sindex  # builds the STRtree, as the peer would to query
    t = phase("index_s", t)
    df.to_file(store, layer="parcels", driver="GPKG", engine="pyogrio")
    for name in ("districts", "parks", "infrastructure"):
        gpd.read_file(f"{layers}/{name}.geojson", engine="pyogrio").to_crs(9210).to_file(
            store, layer=name, driver="GPKG", engine="pyogrio")
    phase("write_s", t)


def overlaps(store, min_area, out):
    t = time.perf_counter()
    df = read(store, "parcels", ["id"])
    t = phase("load_s", t)
    geoms = np.asarray(df.geometry.array)
    tree = shapely.STRtree(geoms)
    i, j = tree.query(geoms, predicate="overlaps")
    keep = i < j
    i, j = i[keep], j[keep]
    areas = shapely.area(shapely.intersection(geoms[i], geoms[j]))
    big = areas > float(min_area)
    t = phase("compute_s", t)
    ids = df["id"].to_numpy()
    with open(out, "w") as f:
        for a, b, area in zip(ids[i[big]], ids[j[big]], areas[big]):
            a, b = (a, b) if a < b else (b, a)
            f.write(f"{a}\t{b}\t{float(area)!r}\n")
    print(f"pairs\t{int(big.sum())}")


def status_as_of(history, as_of):
    status = "not_started"
    for e in json.loads(history) if isinstance(history, str) else (history or []):
        if e["date"] <= as_of:
            status = e["status"]
    return status


def clearance(store, as_of, out):
    t = time.perf_counter()
    parcels = read(store, "parcels", ["id", "clearance_history"])
    districts = read(store, "districts", ["id"])
    t = phase("load_s", t)
    handed = np.fromiter((status_as_of(h, as_of) == "handed_over" for h in parcels["clearance_history"]),
                         dtype=bool, count=len(parcels))
    t = phase("status_s", t)
    pg = np.asarray(parcels.geometry.array)
    dg = np.asarray(districts.geometry.array)
    di, pi = shapely.STRtree(pg).query(dg, predicate="intersects")
    area = shapely.area(shapely.intersection(pg[pi], dg[di]))
    t = phase("apportion_s", t)
    total = np.bincount(di, weights=area, minlength=len(dg))
    cleared = np.bincount(di, weights=np.where(handed[pi], area, 0.0), minlength=len(dg))
    with open(out, "w") as f:
        for k, d in enumerate(districts["id"]):
            f.write(f"{d}\t{float(total[k])!r}\t{float(cleared[k])!r}\n")


def gaps(store, as_of, out):
    t = time.perf_counter()
    parks = read(store, "parks", ["id"])
    works = read(store, "infrastructure", ["id", "utility", "status", "operational_from"])
    t = phase("load_s", t)
    frm = works["operational_from"].astype(str)
    in_service = (works["status"] == "operational") & ((works["operational_from"].isna()) | (frm <= as_of))
    wg = np.asarray(works.geometry.array)
    tree = shapely.STRtree(wg)
    with open(out, "w") as f:
        for pid, park in zip(parks["id"], parks.geometry.array):
            shapely.prepare(park)
            cand = tree.query(park, predicate="intersects")
            for u in ("power", "water", "telecom"):
                served = [k for k in cand if in_service.iloc[k] and works["utility"].iloc[k] == u]
                if served:
                    union = shapely.union_all(wg[served])
                    gap = shapely.area(shapely.difference(park, union))
                else:
                    gap = shapely.area(park)
                f.write(f"{pid}\t{u}\t{float(gap)!r}\n")
    phase("compute_s", t)


def export(store, out):
    t = time.perf_counter()
    df = read(store, "parcels")
    t = phase("load_s", t)
    df = df.to_crs(4326)
    df.to_file(out, driver="GeoJSON", engine="pyogrio", layer_options={"COORDINATE_PRECISION": 7})
    phase("write_s", t)


def load(store):
    t = time.perf_counter()
    df = read(store, "parcels", ["id"])
    t = phase("load_s", t)
    df.sindex  # builds the STRtree
    phase("index_s", t)
    print(f"parcels\t{len(df)}")


def lookups(store, points, out):
    t = time.perf_counter()
    df = read(store, "parcels", ["id"])
    xy = np.loadtxt(points, delimiter="\t", usecols=(0, 1), dtype=float, ndmin=2)
    pts = shapely.points(xy)
    t = phase("load_s", t)
    tree = shapely.STRtree(np.asarray(df.geometry.array))
    t = phase("index_s", t)
    pi, gi = tree.query(pts, predicate="intersects")  # a point intersects a polygon it lies in or on
    hit = np.full(len(pts), np.iinfo(np.int64).max)
    np.minimum.at(hit, pi, gi)
    dt = time.perf_counter() - t
    print(f"lookup_s\t{dt:.6f}\nlookups_per_s\t{len(pts) / dt:.1f}")
    ids = df["id"].to_numpy()
    with open(out, "w") as f:
        for h in hit:
            f.write((ids[h] if h < len(ids) else "") + "\n")


if __name__ == "__main__":
    task, args = sys.argv[1], sys.argv[2:]
    {"import": do_import, "load": load, "overlaps": overlaps, "clearance": clearance, "gaps": gaps,
     "export": export, "lookups": lookups}[task](*args)
    print(f"gdal\t{pyogrio.__gdal_version_string__}\nshapely\t{shapely.__version__}\ngeopandas\t{gpd.__version__}")
