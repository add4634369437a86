#!/usr/bin/env python3
"""Several processes at once on one store (issue 11, item 2).

usage: tools/hostile/concurrent_writers.py [--writers 8] [--changes 200] [--parkplan .build/debug/parkplan]

Builds a store from the shipped data, then runs --writers processes at once, each recording
--changes `clearance set` changes one after another on parcels of its own, while one reader
asks `clearance --by district --format json` in a loop until the writers are done. Checks
that every write exited 0, that the store holds exactly writers × changes new events (none
lost, none doubled), that every read exited 0 with JSON, and prints the counts and the
slowest write and read. Exits 1 on any failure. Not part of the test command.
"""
import argparse, json, os, shutil, sqlite3, subprocess, sys, tempfile, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
STATUSES = ["inventoried", "plan_approved", "compensated", "handed_over"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--writers", type=int, default=8)
    ap.add_argument("--changes", type=int, default=200)
    ap.add_argument("--parkplan", default=os.path.join(ROOT, ".build/debug/parkplan"))
    a = ap.parse_args()
    pp = os.path.abspath(a.parkplan)
    work = tempfile.mkdtemp(prefix="pp-conc-")
    try:
        out = os.path.join(work, "demo")
        subprocess.run([pp, "demo", "--geodata", os.path.join(ROOT, "geodata"), "--output", out],
                       check=True, capture_output=True)
        store = os.path.join(out, "parkplan.gpkg")
        con = sqlite3.connect(store)
        ids = [r[0] for r in con.execute(
            "SELECT parcel_id FROM parcels p WHERE NOT EXISTS (SELECT 1 FROM clearance_events e WHERE e.parcel_id = p.parcel_id) ORDER BY parcel_id")]
        events_before = con.execute("SELECT count(*) FROM clearance_events").fetchone()[0]
        con.close()
        per = -(-a.changes // len(STATUSES))  # parcels per writer: each gets every status once
        need = a.writers * per
        if len(ids) < need:
            raise SystemExit(f"only {len(ids)} parcels without history, need {need}")
        results = {"writes_ok": 0, "writes_failed": 0, "reads_ok": 0, "reads_failed": 0, "slowest_write": 0.0, "slowest_read": 0.0}
        errors = []
        lock = threading.Lock()
        done = threading.Event()

        def writer(w):
            mine = ids[w * per:(w + 1) * per]
            n = 0
            for k, status in enumerate(STATUSES):
                for pid in mine:
                    if n == a.changes:
                        return
                    n += 1
                    t = time.monotonic()
                    r = subprocess.run([pp, "clearance", "set", pid, status, "--date", f"2026-0{k + 1}-15",
                                        "--by", f"writer {w}", "--store", store], capture_output=True, text=True)
                    with lock:
                        results["slowest_write"] = max(results["slowest_write"], time.monotonic() - t)
                        if r.returncode == 0:
                            results["writes_ok"] += 1
                        else:
                            results["writes_failed"] += 1
                            errors.append(r.stderr.strip()[:200])

        def reader():
            while not done.is_set():
                t = time.monotonic()
                r = subprocess.run([pp, "clearance", "--by", "district", "--format", "json", "--store", store],
                                   capture_output=True, text=True)
                ok = r.returncode == 0
                if ok:
                    try:
                        json.loads(r.stdout)
                    except ValueError:
                        ok = False
                with lock:
                    results["slowest_read"] = max(results["slowest_read"], time.monotonic() - t)
                    results["reads_ok" if ok else "reads_failed"] += 1
                    if not ok:
                        errors.append(r.stderr.strip()[:200])

        t0 = time.monotonic()
        threads = [threading.Thread(target=writer, args=(w,)) for w in range(a.writers)]
        rt = threading.Thread(target=reader)
        rt.start()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        done.set()
        rt.join()
        elapsed = time.monotonic() - t0
        con = sqlite3.connect(store)
        events_after = con.execute("SELECT count(*) FROM clearance_events").fetchone()[0]
        doubled = con.execute("SELECT count(*) FROM (SELECT parcel_id, status FROM clearance_events GROUP BY parcel_id, status HAVING count(*) > 1)").fetchone()[0]
        con.close()
        added = events_after - events_before
        expected = a.writers * a.changes
        print(f"{a.writers} writers x {a.changes} changes + 1 reader in {elapsed:.1f} s: "
              f"{results['writes_ok']} of {expected} writes recorded ({results['writes_failed']} failed), "
              f"{added} events added, {doubled} doubled; {results['reads_ok']} reads answered, {results['reads_failed']} failed; "
              f"slowest write {results['slowest_write']:.2f} s, slowest read {results['slowest_read']:.2f} s")
        for e in errors[:5]:
            print("  error:", e, file=sys.stderr)
        ok = results["writes_ok"] == expected and added == expected and doubled == 0 and results["reads_failed"] == 0
        sys.exit(0 if ok else 1)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
