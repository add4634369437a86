"""The peer of GeoMicroBench: the same work in shapely 2 (GEOS, vectorised), single-threaded.

usage: peer_shapely.py POLYGONS.wkb [--repeat R] [--seed S]
Reads the length-prefixed WKB the Swift benchmark wrote, so both measure the same data.
"""
import struct, sys, time, statistics
import numpy as np
import shapely

path = sys.argv[1]
repeats = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1

data = open(path, "rb").read()
wkbs, off = [], 0
while off < len(data):
    (n,) = struct.unpack_from("<I", data, off)
    wkbs.append(data[off + 4: off + 4 + n])
    off += 4 + n
geoms = shapely.from_wkb(np.array(wkbs, dtype=object))
n = len(geoms)
span = n ** 0.5 * 60

# The same 200 m windows as the Swift side (SplitMix64, seed ^ 0xABCDEF).
M = (1 << 64) - 1
state = seed ^ 0xABCDEF
def nxt():
    global state
    state = (state + 0x9E3779B97F4A7C15) & M
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
    return ((z ^ (z >> 31)) >> 11) / float(1 << 53)
xs = []
for _ in range(100_000):
    x = 500_000 + nxt() * span
    y = 2_300_000 + nxt() * span
    xs.append((x, y))
xy = np.array(xs)
boxes = shapely.box(xy[:, 0], xy[:, 1], xy[:, 0] + 200, xy[:, 1] + 200)

def timed(f):
    t = time.perf_counter(); r = f(); return time.perf_counter() - t, r

# Build + first query forces the tree; measure explicitly:
def build_and_touch():
    tr = shapely.STRtree(geoms, node_capacity=10)
    tr.query(boxes[:1])
    return tr
btimes = [timed(build_and_touch)[0] for _ in range(repeats)]
print(f"index_build_s\t{statistics.median(btimes):.4g}\t{n} geometries")

tree = build_and_touch()
qt = []
for _ in range(repeats):
    t, res = timed(lambda: tree.query(boxes))
    qt.append(t)
print(f"window_queries_per_s_1t\t{len(boxes) / statistics.median(qt):.4g}\thits {res.shape[1]}")

# Prepared-predicate tests: shapely's predicate query prepares each input geometry.
pt = []
for _ in range(repeats):
    t, pairs = timed(lambda: tree.query(geoms, predicate="intersects"))
    pt.append(t)
cand = tree.query(geoms)
tests = int((cand[0] != cand[1]).sum())
hits = int((pairs[0] != pairs[1]).sum())
print(f"prepared_tests_per_s_1t\t{tests / statistics.median(pt):.4g}\ttests {tests}, intersecting {hits}")
