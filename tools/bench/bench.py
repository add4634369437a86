#!/usr/bin/env python3
"""City-scale benchmark: ParkPlanner against GeoPandas/shapely 2 and PostGIS, side by side.

Run through tools/bench/run (which installs the peers and builds ParkPlanner). For each
size and task, runs ParkPlanner, then GeoPandas, then PostGIS, `--repeat` times,
alternating; each run is its own process, timed (wall) with its peak RSS (wait4). Then
checks that the answers agree, prints the table and writes RESULTS.md.
Standard library only (the peers run in their own processes).
"""
import argparse
import datetime as dt
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DATA = os.path.join(HERE, "data")
PARKPLAN = os.path.join(ROOT, ".build", "release", "parkplan")
CITYBENCH = os.path.join(HERE, "swift", ".build", "release", "CityBench")
PY = os.path.join(HERE, ".venv", "bin", "python")
PG_PORT = "55432"
PG_DIR = "/tmp/parkplanner-bench-pg"
TIMEOUT = 3 * 3600

TOOLS = ("ParkPlanner", "GeoPandas", "PostGIS")
CHUNK = 100_000  # parcels per file when a whole-file ParkPlanner import fails


class Failed(Exception):
    pass


def log(*a):
    print(*a, file=sys.stderr, flush=True)


MEM_LIMIT_MB = 16_000


def watch(pid, killed):
    """Kills `pid` when its resident memory passes MEM_LIMIT_MB: the machine is shared, and an
    out-of-memory kill could take another engineer's process instead."""
    while True:
        try:
            with open(f"/proc/{pid}/status") as f:
                rss = next(int(l.split()[1]) for l in f if l.startswith("VmRSS")) / 1024
        except (OSError, StopIteration):
            return
        if rss > MEM_LIMIT_MB:
            killed.append(rss)
            os.kill(pid, 9)
            return
        time.sleep(0.25)


def run(cmd, out=None):
    """Runs one process; returns (wall s, peak RSS MB, stdout). Raises Failed."""
    import threading
    t = time.perf_counter()
    killed = []
    with open(out or os.devnull, "w") as sink, open(os.path.join(DATA, "last_stderr.txt"), "w") as err:
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE if out is None else sink, stderr=err, text=True)
        threading.Thread(target=watch, args=(p.pid, killed), daemon=True).start()
        text = p.stdout.read() if out is None else ""
        _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    p.returncode = os.waitstatus_to_exitcode(status)
    if killed:
        raise Failed(f"{os.path.basename(cmd[0])} {' '.join(cmd[1:3])} stopped by the benchmark after {wall:.0f} s: "
                     f"resident memory passed {MEM_LIMIT_MB:,} MB (--mem-limit-mb)")
    if p.returncode != 0:
        with open(os.path.join(DATA, "last_stderr.txt")) as f:
            tail = f.read()[-800:]
        raise Failed(f"{os.path.basename(cmd[0])} {' '.join(cmd[1:3])} exited {p.returncode}: {tail.strip()}")
    return wall, usage.ru_maxrss / 1024, text


def measures(text):
    out = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) == 2:
            try:
                out[parts[0]] = float(parts[1])
            except ValueError:
                out[parts[0]] = parts[1]
    return out


# ----------------------------------------------------------------------------- data

def c_loop():
    """Compiles the plain C loop over GEOS (the issue's floor for self-overlaps) when needed."""
    src = os.path.join(HERE, "c_loop", "overlaps.c")
    exe = os.path.join(DATA, "c_overlaps")
    if not os.path.exists(exe) or os.path.getmtime(exe) < os.path.getmtime(src):
        flags = subprocess.run(["pkg-config", "--cflags", "--libs", "geos"], capture_output=True, text=True, check=True).stdout.split()
        subprocess.run(["cc", "-O2", "-o", exe, src] + flags + ["-lgeos_c", "-lsqlite3", "-lpthread"], check=True)
    return exe


def ensure_data(n):
    seq = os.path.join(DATA, f"parcels_{n}.geojsonl")
    fc = os.path.join(DATA, f"parcels_{n}.geojson")
    layers = os.path.join(DATA, f"layers_{n}")
    if not os.path.exists(seq):
        log(f"generating {n} parcels …")
        subprocess.run([sys.executable, os.path.join(ROOT, "tools", "generate_parcels.py"), "--city", str(n),
                        "--origin-lon", "106.6", "--origin-lat", "20.8", "--seq", "-o", seq + ".tmp"], check=True)
        os.replace(seq + ".tmp", seq)
    if not os.path.exists(fc):
        # parkplan imports RFC 7946 FeatureCollections, not GeoJSONSeq: wrap the same features.
        with open(seq) as f, open(fc + ".tmp", "w") as g:
            g.write('{"type":"FeatureCollection","features":[\n')
            first = True
            for line in f:
                line = line.rstrip("\n")
                if line:
                    g.write(line if first else ",\n" + line)
                    first = False
            g.write("\n]}\n")
        os.replace(fc + ".tmp", fc)
    if not os.path.exists(os.path.join(layers, "infrastructure.geojson")):
        subprocess.run([sys.executable, os.path.join(HERE, "make_layers.py"), "--city", str(n), "-o", layers], check=True)
    return fc, layers


# ----------------------------------------------------------------------------- answers

def read_tsv(path, keys, values):
    rows = {}
    with open(path) as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) >= keys + values:
                rows[tuple(p[:keys])] = tuple(float(v) for v in p[keys:keys + values])
    return rows


def compare(name, ref, other, rel=1e-6, abs_tol=0.0):
    """Same keys, values within rel (or abs_tol). Returns a one-line verdict."""
    missing = set(ref) - set(other)
    extra = set(other) - set(ref)
    worst = 0.0
    bad = 0
    for k in set(ref) & set(other):
        for a, b in zip(ref[k], other[k]):
            d = abs(a - b)
            r = d / max(abs(a), abs(b)) if max(abs(a), abs(b)) > 0 else 0.0
            if d > abs_tol:
                worst = max(worst, r)
                if r > rel:
                    bad += 1
    ok = not missing and not extra and bad == 0
    verdict = "OK" if ok else "MISMATCH"
    detail = f"{len(ref)} vs {len(other)} keys"
    if missing or extra:
        detail += f", {len(missing)} only in ParkPlanner, {len(extra)} only in peer (e.g. {sorted(missing or extra)[:3]})"
    detail += f", max rel diff {worst:.2e}" + (f", {bad} values beyond {rel:g}" if bad else "")
    return ok, f"{name}: {verdict} ({detail})"


def pp_overlaps_json(path):
    rows = json.load(open(path))["rows"]
    return {(r["a"], r["b"]): (r["area_m2"],) for r in rows}


def pp_clearance_json(path):
    rows = json.load(open(path))["rows"]
    return {(r["unit"],): (r["total_m2"], r["cleared_m2"]) for r in rows if r["total_m2"] > 0.005}


def pp_gaps_json(path):
    rows = json.load(open(path))["rows"]
    return {(r["park"], r["utility"]): (r["gap_m2"],) for r in rows}


def lookup_answers(path, column):
    with open(path) as f:
        answers = [line.rstrip("\n").split("\t")[column] if line.strip("\n") else "" for line in f]
    return ["" if x == "\\N" else x for x in answers]


def feature_count(path):
    n = 0
    tail = b""
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 24), b""):
            # a marker cut by the block boundary is found whole in tail + block, and never twice
            # (tail is shorter than either marker)
            text = tail + block
            n += text.count(b'"type":"Feature"') + text.count(b'"type": "Feature"')
            tail = text[-16:]
    return n


# ----------------------------------------------------------------------------- the run

class Bench:
    def __init__(self, a):
        self.a = a
        self.results = {}   # (n, task, tool) -> list of (wall, rss, extra)
        self.failures = []
        self.checks = []
        self.notes = []
        self.loads = {}

    def record(self, n, task, tool, fn, repeat):
        for r in range(repeat):
            try:
                wall, rss, extra = fn()
            except Failed as e:
                self.failures.append(f"{n} {task} {tool}: {e}")
                log(f"  FAILED {task} {tool}: {e}")
                return False
            except subprocess.TimeoutExpired:
                self.failures.append(f"{n} {task} {tool}: timed out")
                return False
            self.results.setdefault((n, task, tool), []).append((wall, rss, extra))
            log(f"  {n:>8} {task:<22} {tool:<12} {wall:9.3f} s {rss:8.0f} MB  {extra if extra else ''}")
        return True

    def tools(self):
        skip = {"ParkPlanner": self.a.skip_parkplan, "GeoPandas": self.a.skip_geopandas, "PostGIS": self.a.skip_postgis}
        return [t for t in TOOLS if not skip[t]]

    def size(self, n):
        a = self.a
        fc, layers = ensure_data(n)
        work = os.path.join(DATA, f"run_{n}")
        os.makedirs(work, exist_ok=True)
        store = os.path.join(work, "store.gpkg")
        gstore = os.path.join(work, "peer.gpkg")
        db = f"bench_{n}"
        tools = self.tools()
        repeat = a.repeat
        import_repeat = 1 if n >= 1_000_000 else repeat
        ok = {t: t in tools for t in TOOLS}

        # 1. import + index ------------------------------------------------------------
        def pp_import():
            for f in (store, store + "-wal", store + "-shm"):
                if os.path.exists(f):
                    os.remove(f)
            wall, rss, _ = run([PARKPLAN, "import", "parcels", fc, "--store", store, "--crs", "EPSG:4326"])
            return wall, rss, {}

        def pp_import_chunks():
            # Fallback when the whole file does not fit: the same features in files of CHUNK
            # parcels, each imported into the same store (`import` adds by default).
            for f in (store, store + "-wal", store + "-shm"):
                if os.path.exists(f):
                    os.remove(f)
            wall = rss = 0.0
            seq = fc[:-len(".geojson")] + ".geojsonl"
            with open(seq) as src:
                k = 0
                while True:
                    lines = [l for _, l in zip(range(CHUNK), src)]
                    if not lines:
                        break
                    part = os.path.join(work, f"chunk_{k}.geojson")
                    with open(part, "w") as g:
                        g.write('{"type":"FeatureCollection","features":[\n' + ",\n".join(l.rstrip("\n") for l in lines) + "\n]}\n")
                    w, r, _ = run([PARKPLAN, "import", "parcels", part, "--store", store, "--crs", "EPSG:4326"])
                    os.remove(part)
                    wall, rss, k = wall + w, max(rss, r), k + 1
            return wall, rss, {"chunks": float(k)}

        def pp_apportion():
            # the district layer arrives after the parcels: the store apportions every parcel
            # over the districts now (what `clearance --by district` then sums)
            return run([PARKPLAN, "import", "units", os.path.join(layers, "districts.geojson"), "--level", "district",
                        "--store", store, "--replace"])[:2] + ({},)

        for r in range(import_repeat if "import" in a.only else 0):
            if "ParkPlanner" in tools and ok["ParkPlanner"]:
                ok["ParkPlanner"] = not a.chunked_import and self.record(n, "import + index", "ParkPlanner", pp_import, 1)
                if not ok["ParkPlanner"] and n > CHUNK:
                    ok["ParkPlanner"] = self.record(n, f"import in files of {CHUNK:,} (fallback)", "ParkPlanner", pp_import_chunks, 1)
                ok["ParkPlanner"] = ok["ParkPlanner"] and self.record(n, "apportion (units import)", "ParkPlanner", pp_apportion, 1)
                if ok["ParkPlanner"] and r == import_repeat - 1:
                    for layer in ("parks", "infrastructure"):
                        run([PARKPLAN, "import", layer, os.path.join(layers, f"{layer}.geojson"), "--store", store, "--replace"])
            if "GeoPandas" in tools and ok["GeoPandas"]:
                ok["GeoPandas"] = self.record(n, "import + index", "GeoPandas", lambda: self.peer(
                    [PY, os.path.join(HERE, "peer_geopandas.py"), "import", fc, layers, gstore], pre=lambda: os.path.exists(gstore) and os.remove(gstore)), 1)
            if "PostGIS" in tools and ok["PostGIS"]:
                ok["PostGIS"] = self.record(n, "import + index", "PostGIS", lambda: self.peer(
                    [sys.executable, os.path.join(HERE, "peer_postgis.py"), "import", PG_PORT, db, fc, layers]), 1)

        # 2. load the stored layer and build the index ------------------------------------
        if "load" in a.only:
            for r in range(repeat):
                if "ParkPlanner" in tools and ok["ParkPlanner"]:
                    self.record(n, "load + index (stored layer)", "ParkPlanner",
                                lambda: self.peer([CITYBENCH, "load", "--store", store, "--out", os.devnull]), 1)
                if "GeoPandas" in tools and ok["GeoPandas"]:
                    self.record(n, "load + index (stored layer)", "GeoPandas",
                                lambda: self.peer([PY, os.path.join(HERE, "peer_geopandas.py"), "load", gstore]), 1)

        # 3. queries ---------------------------------------------------------------------
        out = lambda tool, task: os.path.join(work, f"{task}.{tool}")
        pg = [sys.executable, os.path.join(HERE, "peer_postgis.py")]
        gp = [PY, os.path.join(HERE, "peer_geopandas.py")]
        tasks = [
            ("self-overlaps > 1 m²",
             lambda: run([PARKPLAN, "overlaps", "--layer", "parcels", "--min-area", "1", "--format", "json", "--store", store,
                          "-o", out("pp", "overlaps.json")]),
             lambda: self.peer(gp + ["overlaps", gstore, "1", out("gp", "overlaps.tsv")]),
             lambda: self.peer(pg + ["overlaps", PG_PORT, db, "1", out("pg", "overlaps.tsv")])),
            ("clearance by district",
             lambda: run([PARKPLAN, "clearance", "--by", "district", "--format", "json", "--as-of", a.as_of, "--store", store,
                          "-o", out("pp", "clearance.json")]),
             lambda: self.peer(gp + ["clearance", gstore, a.as_of, out("gp", "clearance.tsv")]),
             lambda: self.peer(pg + ["clearance", PG_PORT, db, a.as_of, out("pg", "clearance.tsv")])),
            ("coverage gaps",
             lambda: run([PARKPLAN, "gaps", "--format", "json", "--as-of", a.as_of, "--store", store, "-o", out("pp", "gaps.json")]),
             lambda: self.peer(gp + ["gaps", gstore, a.as_of, out("gp", "gaps.tsv")]),
             lambda: self.peer(pg + ["gaps", PG_PORT, db, a.as_of, out("pg", "gaps.tsv")])),
            ("GeoJSON export",
             lambda: run([PARKPLAN, "export", "--layer", "parcels", "--as-of", a.as_of, "--store", store, "-o", out("pp", "export.geojson")]),
             lambda: self.peer(gp + ["export", gstore, out("gp", "export.geojson")]),
             lambda: self.peer(["ogr2ogr", "-f", "GeoJSON", "-t_srs", "EPSG:4326", "-lco", "COORDINATE_PRECISION=7",
                                "-overwrite", out("ogr", "export.geojson"), gstore, "parcels"],
                               pre=lambda: os.path.exists(out("ogr", "export.geojson")) and os.remove(out("ogr", "export.geojson")))),
        ]
        keys = {"self-overlaps > 1 m²": "overlaps", "clearance by district": "clearance", "coverage gaps": "gaps",
                "GeoJSON export": "export"}
        for task, pp, gpf, pgf in tasks:
            for r in range(repeat if keys[task] in a.only else 0):
                for tool, fn in zip(TOOLS, (pp, gpf, pgf)):
                    if tool in tools and ok[tool]:
                        label = "ogr2ogr (GDAL)" if task == "GeoJSON export" and tool == "PostGIS" else tool
                        self.record(n, task, label, lambda fn=fn: self.wrap(fn), 1)

        # the floor: a plain C loop over GEOS (tools/bench/c_loop), same store, same threads
        if ok["ParkPlanner"] and "overlaps" in a.only:
            for r in range(repeat):
                self.record(n, "self-overlaps > 1 m²", "C loop", lambda: self.peer(
                    [c_loop(), store, "1", str(os.cpu_count())]), 1)

        # full-precision overlap areas from the library, for the strict check (timed too)
        if ok["ParkPlanner"] and "overlaps" in a.only:
            self.record(n, "self-overlaps (library)", "ParkPlanner", lambda: self.peer(
                [CITYBENCH, "overlaps", "--store", store, "--min-area", "1", "--out", out("pp", "overlaps.tsv")]), 1)

        # 4. point look-ups -------------------------------------------------------------------
        points = out("pp", "lookups.tsv")
        pts = str(a.points)
        for r in range(repeat if "lookups" in a.only else 0):
            if ok["ParkPlanner"] and not (r == 0 and a.reuse_points and os.path.exists(points)):
                ok["ParkPlanner"] = self.record(n, "point look-ups", "ParkPlanner", lambda: self.peer(
                    [CITYBENCH, "lookups", "--store", store, "--points", pts, "--out", points]), 1)
            if not os.path.exists(points):
                break
            if r == 0 and "PostGIS" in tools and ok["PostGIS"]:
                run(pg + ["lookups-setup", PG_PORT, db, points])
            if "GeoPandas" in tools and ok["GeoPandas"]:
                self.record(n, "point look-ups", "GeoPandas", lambda: self.peer(gp + ["lookups", gstore, points, out("gp", "lookups.tsv")]), 1)
            if "PostGIS" in tools and ok["PostGIS"]:
                def pg_lookups():
                    wall, rss, extra = self.peer(pg + ["lookups", PG_PORT, db, out("pg", "lookups.tsv")])
                    extra["lookups_per_s"] = a.points / wall
                    return wall, rss, extra
                self.record(n, "point look-ups", "PostGIS", pg_lookups, 1)

        self.check(n, work, tools)
        self.save(n)

    def save(self, n):
        """Saves this size's results, keeping saved ones of (task, tool) pairs not run this time."""
        path = os.path.join(DATA, f"results_{n}.json")
        mine = [[list(k), v] for k, v in self.results.items() if k[0] == n]
        ran = {tuple(k) for k, _ in mine}
        kept, failures = [], []
        if os.path.exists(path):
            old = json.load(open(path))
            kept = [[k, v] for k, v in old["results"] if tuple(k) not in ran]
            failures = old["failures"]
        failures += [x for x in self.failures if x.startswith(f"{n} ") and x not in failures]
        with open(path, "w") as f:
            json.dump({"results": kept + mine, "failures": failures, "load": " ".join(machine()[3])}, f)
        self.loads[n] = " ".join(machine()[3])

    def restore(self, n):
        path = os.path.join(DATA, f"results_{n}.json")
        if not os.path.exists(path):
            return False
        saved = json.load(open(path))
        for k, v in saved["results"]:
            self.results[tuple(k)] = [tuple(r) for r in v]
        self.failures += saved["failures"]
        self.loads[n] = saved.get("load")
        self.check(n, os.path.join(DATA, f"run_{n}"), self.tools())
        return True

    def wrap(self, fn):
        r = fn()
        return r if len(r) == 3 and isinstance(r[2], dict) else (r[0], r[1], {})

    def peer(self, cmd, pre=None):
        if pre:
            pre()
        wall, rss, text = run(cmd)
        return wall, rss, {k: v for k, v in measures(text).items() if isinstance(v, float)}

    # ------------------------------------------------------------------------- checks
    def check(self, n, work, tools):
        f = lambda name: os.path.join(work, name)

        def have(*names):
            return all(os.path.exists(f(x)) for x in names)

        def add(ok_text):
            self.checks.append((n,) + ok_text)
            log(f"  check {n}: {ok_text[1]}")
        if have("overlaps.tsv.pp"):
            lib = read_tsv(f("overlaps.tsv.pp"), 2, 1)
            if have("overlaps.json.pp"):
                add(compare("overlaps, CLI json vs library (3 decimals)", lib, pp_overlaps_json(f("overlaps.json.pp")), abs_tol=0.0006))
            for peer, name in (("gp", "GeoPandas"), ("pg", "PostGIS")):
                if have(f"overlaps.tsv.{peer}"):
                    add(compare(f"overlaps, ParkPlanner vs {name}", lib, read_tsv(f(f"overlaps.tsv.{peer}"), 2, 1)))
        if have("clearance.json.pp"):
            pp = pp_clearance_json(f("clearance.json.pp"))
            for peer, name in (("gp", "GeoPandas"), ("pg", "PostGIS")):
                if have(f"clearance.tsv.{peer}"):
                    other = {k: v for k, v in read_tsv(f(f"clearance.tsv.{peer}"), 1, 2).items() if v[0] > 0.005}
                    add(compare(f"clearance per district (total, cleared m², 2 decimals), ParkPlanner vs {name}", pp, other, abs_tol=0.006))
        if have("gaps.json.pp"):
            pp = pp_gaps_json(f("gaps.json.pp"))
            for peer, name in (("gp", "GeoPandas"), ("pg", "PostGIS")):
                if have(f"gaps.tsv.{peer}"):
                    add(compare(f"coverage gap m² per park × utility, ParkPlanner vs {name}", pp, read_tsv(f(f"gaps.tsv.{peer}"), 2, 1), abs_tol=0.006))
        if have("export.geojson.pp"):
            counts = {name: feature_count(f(file)) for name, file in
                      (("ParkPlanner", "export.geojson.pp"), ("GeoPandas", "export.geojson.gp"), ("ogr2ogr", "export.geojson.ogr")) if have(file)}
            same = len(set(counts.values())) == 1 and counts.get("ParkPlanner") == n
            add((same, f"export feature counts: {'OK' if same else 'MISMATCH'} {counts}"))
        if have("lookups.tsv.pp"):
            pp = lookup_answers(f("lookups.tsv.pp"), 2)
            for peer, name, col in (("gp", "GeoPandas", 0), ("pg", "PostGIS", 1)):
                if have(f"lookups.tsv.{peer}"):
                    other = lookup_answers(f(f"lookups.tsv.{peer}"), col)
                    diff = sum(1 for x, y in zip(pp, other) if x != y) + abs(len(pp) - len(other))
                    add((diff == 0, f"point look-ups, ParkPlanner vs {name}: {'OK' if diff == 0 else 'MISMATCH'} "
                                    f"({len(pp)} points, {sum(1 for x in pp if x)} in a parcel, {diff} answers differ)"))

    # ------------------------------------------------------------------------- report
    def table(self):
        lines = []
        head = ("| parcels | task | ParkPlanner s | GeoPandas s | PP/GPD | PostGIS s (export: ogr2ogr) | PP/PG "
                "| peak MB PP | peak MB GPD | peak MB PG client |")
        lines += [head, "|" + "---|" * 10]
        keys = []
        for (n, task, tool) in self.results:
            if (n, task) not in keys:
                keys.append((n, task))
        order = ["import + index", "import in files", "apportion", "load + index", "self-overlaps >", "self-overlaps (library)",
                 "clearance", "coverage", "GeoJSON", "point"]
        rank = lambda task: next((i for i, p in enumerate(order) if task.startswith(p)), len(order))
        keys.sort(key=lambda k: (k[0], rank(k[1])))
        for n, task in keys:
            def med(tool):
                runs = self.results.get((n, task, tool)) or (self.results.get((n, task, "ogr2ogr (GDAL)")) if tool == "PostGIS" else None)
                if not runs:
                    return None, None
                return statistics.median(r[0] for r in runs), max(r[1] for r in runs)
            pp, gp, pg = med("ParkPlanner"), med("GeoPandas"), med("PostGIS")
            fmt = lambda v: "—" if v is None else (f"{v:.3f}" if v < 10 else f"{v:.1f}")
            mb = lambda v: "—" if v is None else f"{v:,.0f}"
            ratio = lambda x, y: "—" if x is None or y is None or y == 0 else f"{x / y:.2f}"
            row = [f"{n:,}", task, fmt(pp[0]), fmt(gp[0]), ratio(pp[0], gp[0]), fmt(pg[0]), ratio(pp[0], pg[0]),
                   mb(pp[1]), mb(gp[1]), mb(pg[1])]
            if task == "point look-ups":
                rate = lambda tool: statistics.median(r[2].get("lookups_per_s", float("nan")) for r in self.results[(n, task, tool)]) \
                    if (n, task, tool) in self.results else None
                rp, rg, rq = rate("ParkPlanner"), rate("GeoPandas"), rate("PostGIS")
                rf = lambda v: "—" if v is None else f"{v:,.0f}/s"
                row[1] = f"point look-ups ({self.a.points:,} points; rate, higher is better; PP/peer of rates)"
                row[2], row[3], row[4], row[5], row[6] = rf(rp), rf(rg), ratio(rp, rg), rf(rq), ratio(rp, rq)
            lines.append("| " + " | ".join(row) + " |")
        return "\n".join(lines)

    def derive(self):
        """Adds "apportion + clearance" per size: ParkPlanner apportions when the district layer is
        imported, the peers inside their clearance query; this row compares like with like."""
        for n in sorted({k[0] for k in self.results}):
            app = self.results.get((n, "apportion (units import)", "ParkPlanner"))
            clr = self.results.get((n, "clearance by district", "ParkPlanner"))
            if app and clr:
                a = statistics.median(r[0] for r in app)
                self.results[(n, "clearance incl. apportioning", "ParkPlanner")] = [
                    (a + r[0], max(r[1], max(x[1] for x in app)), {}) for r in clr]
            for tool in ("GeoPandas", "PostGIS"):
                if (n, "clearance by district", tool) in self.results:
                    self.results[(n, "clearance incl. apportioning", tool)] = self.results[(n, "clearance by district", tool)]

    def med(self, n, task, tool, index=0):
        runs = self.results.get((n, task, tool))
        if not runs:
            return None
        if index == 2:
            return statistics.median(r[2].get("lookups_per_s", float("nan")) for r in runs)
        return statistics.median(r[index] for r in runs) if index == 0 else max(r[index] for r in runs)

    def targets(self):
        """The issue's targets at the largest size measured, met or not, by how much."""
        sizes = sorted({k[0] for k in self.results})
        if not sizes:
            return "- nothing measured"
        n = sizes[-1]
        lines = [f"At {n:,} parcels (ratios are ParkPlanner ÷ peer; the target is ≤ 0.50 against GeoPandas and "
                 f"≤ 0.56 against PostGIS, i.e. 2× and 1.8× faster):", ""]
        lines += ["| query | ParkPlanner s | vs GeoPandas | vs PostGIS | met |", "|---|---|---|---|---|"]
        for task in ("self-overlaps > 1 m²", "clearance incl. apportioning", "clearance by district", "coverage gaps", "GeoJSON export"):
            pp = self.med(n, task, "ParkPlanner")
            gp = self.med(n, task, "GeoPandas")
            pg = self.med(n, task, "PostGIS") or self.med(n, task, "ogr2ogr (GDAL)")
            if pp is None:
                continue
            rg = None if gp is None else pp / gp
            rq = None if pg is None else pp / pg
            met = (rg is None or rg <= 0.5) and (rq is None or rq <= 1 / 1.8)
            f = lambda r: "—" if r is None else f"{r:.2f}"
            lines.append(f"| {task} | {pp:.3f} | {f(rg)} | {f(rq)} | {'yes' if met else 'NO'} |")
        lines.append("")
        load = self.med(n, "load + index (stored layer)", "ParkPlanner")
        load_mb = self.med(n, "load + index (stored layer)", "ParkPlanner", 1)
        gp_mb = self.med(n, "load + index (stored layer)", "GeoPandas", 1)
        if load is not None:
            lines.append(f"- Load the stored layer and build the index: {load:.2f} s (target < 10 s: {'met' if load < 10 else 'NOT met'}); "
                         f"peak {load_mb:,.0f} MB" + (f" against GeoPandas's {gp_mb:,.0f} MB for the same layer "
                                                     f"({'below' if load_mb < gp_mb else 'NOT below'})" if gp_mb else ""))
        rate = self.med(n, "point look-ups", "ParkPlanner", 2)
        if rate is not None:
            lines.append(f"- Point look-ups: {rate:,.0f}/s on {os.cpu_count()} cores (target > 1,000,000/s: {'met' if rate > 1e6 else 'NOT met'})")
        ov = self.med(n, "self-overlaps > 1 m²", "ParkPlanner")
        floor = self.med(n, "self-overlaps > 1 m²", "C loop")
        if ov is not None and floor is not None:
            lines.append(f"- Self-overlaps end to end {ov:.2f} s against the plain C loop over GEOS 3.11 "
                         f"(tools/bench/c_loop: read, STRtree, prepared `overlaps`, intersection area; same store, "
                         f"same run) {floor:.2f} s: {ov / floor:.2f}× the loop (target ≤ 1.2×)")
        return "\n".join(lines)

    def scaling(self):
        """ParkPlanner's time per task at each size against n log n from the smallest size."""
        sizes = sorted({k[0] for k in self.results})
        if len(sizes) < 2:
            return "- one size only"
        base = sizes[0]
        nlogn = lambda n: n * math.log(n)
        head = "| task | " + " | ".join(f"{n:,}: s (× {base:,})" for n in sizes) + " | n log n allows | within |"
        lines = [head, "|" + "---|" * (len(sizes) + 3)]
        tasks = []
        for (n, task, tool) in self.results:
            if tool == "ParkPlanner" and task not in tasks and not task.startswith("import in files") and task != "point look-ups":
                tasks.append(task)
        for task in tasks:
            t = {n: self.med(n, task, "ParkPlanner") for n in sizes}
            if t[base] is None or t[sizes[-1]] is None:
                continue
            cells = [f"{t[n]:.3f} ({t[n] / t[base]:.1f}×)" if t[n] is not None else "—" for n in sizes]
            allow = nlogn(sizes[-1]) / nlogn(base)
            grew = t[sizes[-1]] / t[base]
            lines.append(f"| {task} | " + " | ".join(cells) + f" | {allow:.0f}× | {'yes' if grew <= allow else 'NO'} |")
        return "\n".join(lines)

    def phases(self):
        lines = []
        for (n, task, tool), runs in self.results.items():
            keys = sorted({k for r in runs for k in r[2] if k.endswith("_s")})
            if keys:
                lines.append(f"- {n:,} {task}, {tool}: " + ", ".join(
                    f"{k[:-2]} {statistics.median(r[2][k] for r in runs if k in r[2]):.3f} s" for k in keys))
        return "\n".join(lines)


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    mem = subprocess.run(["free", "-g"], capture_output=True, text=True).stdout.splitlines()[1].split()[1]
    load = open("/proc/loadavg").read().split()[:3]
    return cpu, os.cpu_count(), mem, load


def versions():
    v = {}
    try:
        v["GEOS"] = subprocess.run(["geos-config", "--version"], capture_output=True, text=True).stdout.strip()
    except OSError:
        pass
    v["GDAL"] = subprocess.run(["gdalinfo", "--version"], capture_output=True, text=True).stdout.strip()
    try:
        v["PostgreSQL/PostGIS"] = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "postgresql-15-postgis-3"],
                                                 capture_output=True, text=True).stdout.strip()
    except OSError:
        pass
    if os.path.exists(PY):
        v["peer"] = subprocess.run([PY, "-c", "import shapely, geopandas, pyogrio; print(f'shapely {shapely.__version__} "
                                    "(GEOS {shapely.geos_version_string}), geopandas {geopandas.__version__}, pyogrio "
                                    "{pyogrio.__version__} (GDAL {pyogrio.__gdal_version_string__})')"],
                                   capture_output=True, text=True).stdout.strip()
    return v


def main():
    global MEM_LIMIT_MB
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--points", type=int, default=200_000, help="point look-ups per run")
    ap.add_argument("--as-of", default="2025-06-30")
    ap.add_argument("--skip-postgis", action="store_true")
    ap.add_argument("--skip-geopandas", action="store_true")
    ap.add_argument("--skip-parkplan", action="store_true", help="peers only (e.g. to complete an earlier run)")
    ap.add_argument("--results", default=os.path.join(HERE, "RESULTS.md"))
    ap.add_argument("--chunked-import", action="store_true",
                    help=f"ParkPlanner imports sizes above {CHUNK:,} in files of {CHUNK:,} parcels without trying the whole file")
    ap.add_argument("--only", default="import,load,overlaps,clearance,gaps,export,lookups",
                    help="tasks to run (comma-separated; without import the stores of an earlier run are used)")
    ap.add_argument("--reuse-points", action="store_true",
                    help="point look-ups: use the points (and ParkPlanner's answers) of an earlier run")
    ap.add_argument("--report-only", action="store_true",
                    help="rebuild RESULTS.md from the saved results of --sizes (data/results_N.json), re-running the checks")
    ap.add_argument("--mem-limit-mb", type=int, default=MEM_LIMIT_MB, help="kill a process whose RSS passes this")
    a = ap.parse_args()
    a.only = set(a.only.split(","))
    MEM_LIMIT_MB = a.mem_limit_mb
    os.makedirs(DATA, exist_ok=True)
    sizes = [int(s) for s in a.sizes.split(",") if s]
    bench = Bench(a)
    start_load = machine()[3]
    if a.report_only:
        for n in sizes:
            if not bench.restore(n):
                bench.failures.append(f"{n}: no saved results (data/results_{n}.json)")
    elif not a.skip_postgis:
        subprocess.run([sys.executable, os.path.join(HERE, "peer_postgis.py"), "start", PG_DIR, PG_PORT], check=True)
    try:
        for n in sizes if not a.report_only else []:
            log(f"== {n:,} parcels")
            bench.size(n)
    finally:
        if not a.skip_postgis and not a.report_only:
            subprocess.run([sys.executable, os.path.join(HERE, "peer_postgis.py"), "stop", PG_DIR])
    bench.derive()
    cpu, cores, mem, load = machine()
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    table = bench.table()
    print(table)
    checks = "\n".join(f"- {n:,}: {text}" for n, ok, text in bench.checks) or "- none ran"
    failures = "\n".join(f"- {f}" for f in bench.failures) or "- none"
    vers = "\n".join(f"- {k}: {v}" for k, v in versions().items())
    runs = "; ".join(f"{n:,} parcels: " + " or ".join(str(c) for c in sorted({len(v) for k, v in bench.results.items() if k[0] == n}))
                     for n in sizes) + " run(s) per figure"
    now = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    text = f"""# City-scale benchmark results

Generated by `tools/bench/run` (`bench.py --sizes {a.sizes} --repeat {a.repeat} --points {a.points}{' --report-only' if a.report_only else ''}`).
With `--report-only` the table is assembled from the saved results of the runs of each size
(`data/results_N.json`), and the equality checks are run again on their saved answers.

- Date: {now}
- Commit: `{commit}`
- Machine: {cpu}, {cores} cores (`nproc`), {mem} GB (`free -g`); load average {' '.join(start_load)} at start, {' '.join(load)} at end
  (above about 1 means something else shared the 2 cores); load average when each size's run ended:
  {"; ".join(f"{n:,}: {l}" for n, l in bench.loads.items())}
{vers}

Each figure is the median wall time of the runs made ({runs}) of a separate
process, ParkPlanner, GeoPandas and PostGIS alternating; peak memory is the process's maximum RSS
(for PostGIS, only the psql/ogr2ogr client: the server's memory is not counted). Ratio PP/peer < 1
means ParkPlanner is faster. Every ParkPlanner figure runs the release CLI (`parkplan …`) on the
GeoPackage store, loading the store inside the figure, as do the peers from theirs (GeoPandas from a
GeoPackage written by its import, PostGIS from its tables).

## Targets of the issue

{bench.targets()}

## Results

{table}

How each row is measured:
- import + index: ParkPlanner `parkplan import parcels F.geojson --crs EPSG:4326` into a new store
  (read, check, reproject to EPSG:9210, write the GeoPackage with its R-tree); GeoPandas: `read_file`
  (pyogrio, Arrow), `to_crs(9210)`, build `sindex`, `to_file` GeoPackage; PostGIS: `ogr2ogr` (COPY,
  `-t_srs EPSG:9210`), `CREATE INDEX … USING GIST`, `ANALYZE`.
- apportion (units import): ParkPlanner computes each parcel's share of each district when the district
  layer is imported (`parkplan import units districts.geojson --level district`); `clearance --by district`
  then only sums. The peers apportion inside their clearance query (intersection areas of parcels ×
  districts), so compare the peers' clearance with ParkPlanner's apportion + clearance.
- load + index (stored layer): ParkPlanner reads parcel ids and geometries from its GeoPackage
  (`PlanningStore.shapes(of: .parcels)`) and builds the `FeatureLocator` STRtree (tools/bench/swift
  `CityBench load`); GeoPandas `read_file(columns=["id"])` of its GeoPackage and `sindex`. PostGIS keeps its
  GiST index on disk (built in its import).
- clearance incl. apportioning: ParkPlanner's apportion (units import) + clearance by district, against
  the peers' clearance (which apportions inside the query).
- self-overlaps > 1 m²: ParkPlanner `parkplan overlaps --layer parcels --min-area 1 --format json`
  (STRtree candidates, an exact Swift screen on convex hulls and triangles, GEOS for the survivors);
  GeoPandas `STRtree.query(predicate="overlaps")`, i < j, `area(intersection)`; PostGIS self-join on
  `ST_Overlaps` with `x.fid + 0 < y.fid + 0` (keeps the id test out of the index), 2 parallel workers.
  "self-overlaps (library)" is the same query through the library (tools/bench/swift) writing full-precision areas.
  The floor ("C loop", in the targets and phases) is tools/bench/c_loop/overlaps.c: the same store read with
  SQLite, GEOS's STRtree, each polygon prepared, prepared `overlaps`, intersection area, on all cores.
- clearance by district: status on {a.as_of} from each parcel's history; per district, total and handed-over area.
- coverage gaps: 8 parks × 3 utilities, service areas of works in service on {a.as_of}.
- GeoJSON export: whole parcel layer, WGS 84, 7 decimals; the PostGIS column holds GDAL's `ogr2ogr` from the GeoPandas GeoPackage.
- point look-ups: {a.points:,} random points over the layer's extent (EPSG:9210); which parcel covers each
  (lowest id when two). ParkPlanner: `FeatureLocator` (STRtree, ray-crossing test, GEOS `covers` for
  undecidable points) on all cores (tools/bench/swift),
  timed after load + index; GeoPandas: `STRtree.query(points, predicate="intersects")`, after load + index;
  PostGIS: a correlated `ST_Covers` sub-query per point, the whole psql run.

## Scaling (ParkPlanner)

Time at each size and its growth from the smallest; "n log n allows" is (n log n) ÷ (n₀ log n₀).
Small sizes are dominated by fixed costs (process start, opening the store), so growth well under
n log n is expected there.

{bench.scaling()}

Phases reported by the processes (medians):

{bench.phases()}

## Equality checks

{checks}

## Failures

{failures}
"""
    with open(a.results, "w") as f:
        f.write(text)
    # the hand-written reading of the figures and the callgrind tables (tools/bench/profile.sh)
    for name, title in (("FINDINGS.md", None), ("CALLGRIND.md", "Profile")):
        path = os.path.join(HERE, name)
        if os.path.exists(path):
            body = open(path).read().split("\n", 1)[1]  # drop the file's own title
            with open(a.results, "a") as f:
                f.write(f"\n## {title or open(path).readline().lstrip('# ').strip()}\n"
                        f"(from [{name}]({name}))\n" + body.replace("\n## ", "\n### "))
    log(f"wrote {a.results}")
    return 1 if any(not ok for _, ok, _ in bench.checks) else 0


if __name__ == "__main__":
    sys.exit(main())
