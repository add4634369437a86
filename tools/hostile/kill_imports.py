#!/usr/bin/env python3
"""kill -9 at random moments of imports, then check what is left (issue 11, item 8).

usage: tools/hostile/kill_imports.py [--runs 50] [--parkplan .build/debug/parkplan] [--seed N]

Two experiments, --runs kills each, each kill at a uniformly random moment between the
start of the process and the end of a normal run of the same import (measured first):
  first  - `import units` into a path with no store: afterwards there must be no file, or
           a store that opens and answers like a complete import would (the kill came after
           the commit), or like an empty store.
  later  - `import parcels` (a large file) into a store holding parks and units: afterwards
           the store must open, pass `PRAGMA integrity_check`, and answer `clearance --by
           park --format json` exactly as before the import, or exactly as after a complete
           one.
No leftover temporary file (`.NAME.creating-*`) may be mistaken for a store. Prints one line
per kill class and exits 1 if any run breaks the promise. Not part of the test command.
"""
import argparse, json, os, random, shutil, signal, sqlite3, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GEO = os.path.join(ROOT, "geodata")


def run(pp, *args, check=True):
    r = subprocess.run([pp, *args], capture_output=True, text=True)
    if check and r.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({r.returncode}): {r.stderr}")
    return r


def answers(pp, store):
    r = run(pp, "clearance", "--by", "park", "--as-of", "2026-09-30", "--format", "json", "--store", store, check=False)
    return r.returncode, r.stdout


def integrity(store):
    con = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def big_parcels(path, copies):
    data = json.load(open(os.path.join(GEO, "parcels.geojson")))
    out = []
    for k in range(copies):
        for f in data["features"]:
            f = json.loads(json.dumps(f))
            f["id"] = f["properties"]["id"] = f"{f['properties']['id']}-{k}"
            out.append(f)
    json.dump({"type": "FeatureCollection", "features": out}, open(path, "w"))


def timed(pp, args):
    t = time.monotonic()
    run(pp, *args)
    return time.monotonic() - t


def kill_at(pp, args, delay):
    p = subprocess.Popen([pp, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    finished = p.poll() is not None
    if not finished:
        p.send_signal(signal.SIGKILL)
    p.wait()
    return finished


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--parkplan", default=os.path.join(ROOT, ".build/debug/parkplan"))
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--copies", type=int, default=8, help="shipped parcels repeated this many times for the later import")
    a = ap.parse_args()
    pp = os.path.abspath(a.parkplan)
    rng = random.Random(a.seed)
    work = tempfile.mkdtemp(prefix="pp-kill-")
    failures = 0
    try:
        units = os.path.join(GEO, "units_districts.geojson")
        first_args = lambda s: ["import", "units", units, "--level", "district", "--store", s]
        ref = os.path.join(work, "ref.gpkg")
        t_first = timed(pp, first_args(ref))
        complete = answers(pp, ref)
        tally = {"no file": 0, "complete store": 0, "killed after it finished": 0}
        for i in range(a.runs):
            store = os.path.join(work, f"first{i}.gpkg")
            finished = kill_at(pp, first_args(store), rng.uniform(0, t_first * 1.1))
            leftovers = [n for n in os.listdir(work) if n.startswith(f".first{i}.gpkg.creating-")]
            if not os.path.exists(store):
                tally["no file"] += 1
                # A new import must work although a temporary file may be left behind.
                run(pp, *first_args(store))
            elif answers(pp, store) == complete and integrity(store) == "ok":
                tally["killed after it finished" if finished else "complete store"] += 1
            else:
                failures += 1
                print(f"first import, kill {i}: the store left behind is not a complete one", file=sys.stderr)
            if answers(pp, store) != complete:
                failures += 1
                print(f"first import, kill {i}: a later import did not give the complete answers", file=sys.stderr)
            for n in leftovers:
                os.remove(os.path.join(work, n))
        print(f"first import, {a.runs} kills within {t_first:.2f} s: " + ", ".join(f"{v} {k}" for k, v in tally.items()))

        base = os.path.join(work, "base.gpkg")
        run(pp, *first_args(base))
        run(pp, "import", "parks", os.path.join(GEO, "parks.geojson"), "--store", base)
        big = os.path.join(work, "big.geojson")
        big_parcels(big, a.copies)
        before = answers(pp, base)
        probe = os.path.join(work, "probe.gpkg")
        shutil.copy(base, probe)
        later_args = lambda s: ["import", "parcels", big, "--store", s]
        t_later = timed(pp, later_args(probe))
        after = answers(pp, probe)
        tally = {"as before": 0, "as after": 0}
        for i in range(a.runs):
            store = os.path.join(work, f"later{i}.gpkg")
            shutil.copy(base, store)
            kill_at(pp, later_args(store), rng.uniform(0, t_later * 1.05))
            got = answers(pp, store)
            ok = integrity(store) == "ok"
            if ok and got == before:
                tally["as before"] += 1
            elif ok and got == after:
                tally["as after"] += 1
            else:
                failures += 1
                print(f"later import, kill {i}: integrity {ok}, answers neither before nor after", file=sys.stderr)
            for suffix in ["", "-journal", "-wal", "-shm"]:
                if os.path.exists(store + suffix):
                    os.remove(store + suffix)
        print(f"later import of {a.copies * 2500} parcels, {a.runs} kills within {t_later:.2f} s: "
              + ", ".join(f"{v} {k}" for k, v in tally.items()))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("failures:", failures)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
