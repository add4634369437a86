#!/usr/bin/env python3
"""The PostGIS peer of the city-scale benchmark (standard library; drives psql and ogr2ogr).

    peer_postgis.py start DIR PORT        a throw-away cluster in DIR, on 127.0.0.1:PORT
    peer_postgis.py stop DIR
    peer_postgis.py import   PORT DB PARCELS.geojsonl LAYERS_DIR
    peer_postgis.py overlaps PORT DB MIN_AREA OUT.tsv
    peer_postgis.py clearance PORT DB AS_OF OUT.tsv
    peer_postgis.py gaps     PORT DB AS_OF OUT.tsv
    peer_postgis.py lookups-setup PORT DB POINTS.tsv
    peer_postgis.py lookups  PORT DB OUT.tsv

The cluster belongs to the `postgres` system user (initdb refuses root), trusts local
connections only and listens on loopback only. Geometry is stored in EPSG:9210 with a
GiST index; parallel query with 2 workers per gather (the machine has 2 cores).
"""
import os
import shutil
import subprocess
import sys

PG_BIN = "/usr/lib/postgresql/15/bin"
OWNER = "postgres"


def as_owner(*cmd):
    subprocess.run(["runuser", "-u", OWNER, "--", *cmd], check=True, stdout=subprocess.DEVNULL)


def start(folder, port):
    if os.path.exists(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    shutil.chown(folder, OWNER, OWNER)
    as_owner(f"{PG_BIN}/initdb", "-D", f"{folder}/db", "-A", "trust", "-U", "postgres", "--no-sync")
    opts = (f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder} "
            "-c shared_buffers=2GB -c work_mem=256MB -c maintenance_work_mem=1GB -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_parallel_workers_per_gather=2 "
            "-c max_wal_size=8GB -c jit=off")
    as_owner(f"{PG_BIN}/pg_ctl", "-D", f"{folder}/db", "-o", opts, "-l", f"{folder}/log", "-w", "start")


def stop(folder):
    if os.path.exists(f"{folder}/db/postmaster.pid"):
        as_owner(f"{PG_BIN}/pg_ctl", "-D", f"{folder}/db", "-m", "fast", "-w", "stop")
    shutil.rmtree(folder, ignore_errors=True)


def psql(port, db, sql, out=None):
    cmd = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", db, "-c", sql]
    if out:
        with open(out, "w") as f:
            subprocess.run(cmd, check=True, stdout=f)
    else:
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def pg(port, db):
    return f"PG:host=127.0.0.1 port={port} user=postgres dbname={db}"


def ogr(port, db, src, layer, *extra):
    subprocess.run(["ogr2ogr", "-f", "PostgreSQL", pg(port, db), src, "-nln", layer, "-t_srs", "EPSG:9210",
                    "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid", "-lco", "SPATIAL_INDEX=NONE",
                    "-lco", "PRECISION=NO", "-overwrite", *extra], check=True,
                   env={**os.environ, "PG_USE_COPY": "YES"})


def do_import(port, db, parcels, layers):
    psql(port, "postgres", f"DROP DATABASE IF EXISTS {db}")
    psql(port, "postgres", f"CREATE DATABASE {db}")
    psql(port, db, "CREATE EXTENSION postgis")
    # PostGIS 3.3's spatial_ref_sys predates EPSG:9210; register it from the PROJ database
    # so that ogr2ogr stores SRID 9210 rather than a private 9009xx code.
    wkt, proj4 = (subprocess.run(["gdalsrsinfo", "--single-line", "-o", o, "EPSG:9210"], check=True, capture_output=True,
                                 text=True).stdout.strip().replace("'", "''") for o in ("wkt1", "proj4"))
    psql(port, db, "INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text) "
                   f"VALUES (9210, 'EPSG', 9210, '{wkt}', '{proj4}') ON CONFLICT (srid) DO NOTHING")
    ogr(port, db, parcels, "parcels", "-gt", "65536")
    psql(port, db, "CREATE INDEX parcels_geom ON parcels USING GIST (geom); ANALYZE parcels")
    for name in ("districts", "parks", "infrastructure"):
        ogr(port, db, f"{layers}/{name}.geojson", name)
        psql(port, db, f"CREATE INDEX {name}_geom ON {name} USING GIST (geom); ANALYZE {name}")


# The id condition is kept out of the index (`+ 0`): written plainly, the planner ANDs a
# primary-key bitmap into every GiST probe and is ~20x slower.
OVERLAPS = """SET max_parallel_workers_per_gather = 2;
COPY (SELECT a, b, area FROM (
    SELECT x.id AS a, y.id AS b, ST_Area(ST_Intersection(x.geom, y.geom)) AS area
    FROM parcels x JOIN parcels y ON ST_Overlaps(x.geom, y.geom)
    WHERE x.fid + 0 < y.fid + 0) s
  WHERE area > {min_area}) TO STDOUT"""

CLEARANCE = """SET max_parallel_workers_per_gather = 2;
COPY (
  WITH st AS (
    SELECT p.geom, COALESCE((SELECT e->>'status' FROM jsonb_array_elements(p.clearance_history::jsonb) WITH ORDINALITY AS h(e, n)
                             WHERE e->>'date' <= '{as_of}' ORDER BY n DESC LIMIT 1), 'not_started') AS status
    FROM parcels p),
  parts AS (
    SELECT d.id, st.status, ST_Area(ST_Intersection(st.geom, d.geom)) AS area
    FROM st JOIN districts d ON ST_Intersects(st.geom, d.geom))
  SELECT id, sum(area), sum(CASE WHEN status = 'handed_over' THEN area ELSE 0 END)
  FROM parts GROUP BY id ORDER BY id) TO STDOUT"""

GAPS = """COPY (
  WITH w AS (SELECT * FROM infrastructure
             WHERE status = 'operational' AND (operational_from IS NULL OR operational_from <= '{as_of}'))
  SELECT p.id, u.utility, CASE WHEN cover IS NULL THEN ST_Area(p.geom) ELSE ST_Area(ST_Difference(p.geom, cover)) END
  FROM parks p CROSS JOIN (VALUES ('power'), ('water'), ('telecom')) AS u(utility)
  CROSS JOIN LATERAL (SELECT ST_Union(w.geom) AS cover FROM w WHERE w.utility = u.utility AND ST_Intersects(w.geom, p.geom)) c
  ORDER BY p.id, u.utility) TO STDOUT"""

LOOKUPS = """SET max_parallel_workers_per_gather = 2;
COPY (SELECT p.i, (SELECT x.id FROM parcels x WHERE ST_Covers(x.geom, p.geom) ORDER BY x.fid LIMIT 1)
      FROM pts p ORDER BY p.i) TO STDOUT"""


def lookups_setup(port, db, points):
    flat = points + ".pg"
    with open(points) as f, open(flat, "w") as g:
        for i, line in enumerate(f):
            x, y = line.split("\t")[:2]
            g.write(f"{i}\t{x}\t{y}\n")
    psql(port, db, "DROP TABLE IF EXISTS pts; CREATE TABLE pts (i int PRIMARY KEY, x float8, y float8)")
    subprocess.run(["psql", "-X", "-q", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", db,
                    "-c", f"\\copy pts FROM '{flat}'"], check=True, stdout=subprocess.DEVNULL)
    psql(port, db, "ALTER TABLE pts ADD COLUMN geom geometry(Point, 9210); "
                   "UPDATE pts SET geom = ST_SetSRID(ST_MakePoint(x, y), 9210); ANALYZE pts")
    os.remove(flat)


if __name__ == "__main__":
    task, a = sys.argv[1], sys.argv[2:]
    if task == "start":
        start(a[0], a[1])
    elif task == "stop":
        stop(a[0])
    elif task == "import":
        do_import(*a)
    elif task == "overlaps":
        psql(a[0], a[1], OVERLAPS.format(min_area=float(a[2])), out=a[3])
    elif task == "clearance":
        psql(a[0], a[1], CLEARANCE.format(as_of=a[2]), out=a[3])
    elif task == "gaps":
        psql(a[0], a[1], GAPS.format(as_of=a[2]), out=a[3])
    elif task == "lookups-setup":
        lookups_setup(*a)
    elif task == "lookups":
        psql(a[0], a[1], LOOKUPS, out=a[2])
    else:
        sys.exit(f"unknown task {task}")
