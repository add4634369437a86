#!/usr/bin/env python3
"""A bounded load on a running `parkplan serve`, from this second process, on the loopback.

Usage: tools/load-server.py --port PORT --token TOKEN [--clients 16] [--requests 200]
Runs three phases, each `clients` threads × `requests` requests (bounded in count, and in
time by --seconds per phase): reads (clearance by district, a parcel's ledger, a map
window), writes (status changes on distinct parcels, each with the ETag it read), mixed
(one write in four). Prints requests per second and p50/p99 latency per phase, and the
count of answers by status; exits non-zero on any 5xx or transport error.
Only 127.0.0.1 is ever addressed.
"""
import argparse, http.client, json, sys, threading, time, datetime

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--token", required=True)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=120)
    a = ap.parse_args()
    today = (datetime.datetime.utcnow() + datetime.timedelta(hours=7)).date().isoformat()

    def conn():
        return http.client.HTTPConnection("127.0.0.1", a.port, timeout=60)

    c = conn()
    c.request("GET", "/api/v1/features/parcels?bbox=104,18,109,23&zoom=12")
    ids = [f["id"] for f in json.loads(c.getresponse().read())["features"]]
    c.close()
    failures = []

    def phase(name, write_every):
        latencies, statuses, lock = [], {}, threading.Lock()
        deadline = time.time() + a.seconds

        def client(k):
            h = conn()
            mine = ids[k::a.clients][:25] or ids[:1]
            state = {}
            for i in range(a.requests):
                if time.time() > deadline:
                    break
                t = time.perf_counter()
                try:
                    if write_every and i % write_every == 0:
                        pid = mine[(i // write_every) % len(mine)]
                        if pid not in state:
                            h.request("GET", f"/api/v1/parcels/{pid}")
                            r = h.getresponse(); body = json.loads(r.read())
                            base = body["status_now"] if body["status_now"] != "disputed" else "inventoried"
                            state[pid] = [r.getheader("ETag"), body["status_now"], base]
                            t = time.perf_counter()
                        etag, status, base = state[pid]
                        target = base if status == "disputed" else "disputed"
                        h.request("POST", f"/api/v1/parcels/{pid}/events",
                                  body=json.dumps({"status": target, "date": today, "note": f"load {name} {k} {i}"}),
                                  headers={"Authorization": f"Bearer {a.token}", "If-Match": etag, "Content-Type": "application/json"})
                        r = h.getresponse(); r.read()
                        if r.status == 201:
                            state[pid] = [r.getheader("ETag"), target, base]
                    else:
                        path = ["/api/v1/clearance?by=district", f"/api/v1/parcels/{mine[i % len(mine)]}",
                                "/api/v1/features/parcels?bbox=106.55,20.80,106.65,20.90&zoom=15"][i % 3]
                        h.request("GET", path)
                        r = h.getresponse(); r.read()
                    code = r.status
                except Exception as e:  # transport error: counted, connection renewed
                    code = f"error {type(e).__name__}"
                    h.close(); h = conn()
                dt = time.perf_counter() - t
                with lock:
                    latencies.append(dt)
                    statuses[code] = statuses.get(code, 0) + 1
            h.close()

        start = time.perf_counter()
        threads = [threading.Thread(target=client, args=(k,)) for k in range(a.clients)]
        for t in threads: t.start()
        for t in threads: t.join()
        elapsed = time.perf_counter() - start
        latencies.sort()
        q = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000
        print(f"{name:6} {len(latencies):6d} requests in {elapsed:6.2f} s: {len(latencies)/elapsed:7.1f} req/s, "
              f"p50 {q(0.50):6.1f} ms, p99 {q(0.99):6.1f} ms, statuses {statuses}")
        for code, n in statuses.items():
            if not isinstance(code, int) or code >= 500:
                failures.append((name, code, n))

    print(f"{a.clients} clients × {a.requests} requests per phase, {len(ids)} parcels")
    phase("reads", 0)
    phase("writes", 1)
    phase("mixed", 4)
    if failures:
        print("FAILURES:", failures)
        sys.exit(1)

if __name__ == "__main__":
    main()
