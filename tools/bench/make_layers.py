#!/usr/bin/env python3
"""Auxiliary layers for the city-scale benchmark (Python standard library only).

    make_layers.py --city N [--origin-lon 106.6 --origin-lat 20.8] [--seed 7] -o DIR

Writes, over the extent of tools/generate_parcels.py's synthetic city of N parcels:
  DIR/districts.geojson      4 x 4 (N >= 100 000: 6 x 6) districts that tile a box a little larger
                             than the city; jittered shared corners, so parcels straddle edges
  DIR/parks.geojson          8 irregular industrial parks (12-16 vertices) inside the city
  DIR/infrastructure.geojson service areas as polygons (power, water, telecom; 12 per utility,
                             32-gon discs of 300-1200 m), mixed status and dates

Same arguments -> same bytes. WGS 84 lon/lat, 7 decimals, counter-clockwise exteriors.
"""
import argparse
import json
import math
import os
import random

M_PER_DEG_LAT = 110540.0
M_PER_DEG_LON_EQ = 111320.0


def ring_json(pts, to_ll):
    ll = [to_ll(x, y) for x, y in pts]
    ll.append(ll[0])
    return [[round(lon, 7), round(lat, 7)] for lon, lat in ll]


def ccw(pts):
    a = sum(pts[i][0] * pts[(i + 1) % len(pts)][1] - pts[(i + 1) % len(pts)][0] * pts[i][1] for i in range(len(pts)))
    return pts if a > 0 else pts[::-1]


def write(path, features):
    with open(path, 'w', encoding='utf-8') as f:
        f.write('{"type":"FeatureCollection","features":[\n')
        f.write(',\n'.join(json.dumps(ft, ensure_ascii=False, separators=(',', ':')) for ft in features))
        f.write('\n]}\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--city', type=int, required=True)
    ap.add_argument('--origin-lon', type=float, default=106.6)
    ap.add_argument('--origin-lat', type=float, default=20.8)
    ap.add_argument('--seed', type=int, default=7)
    ap.add_argument('-o', '--output', required=True, help='output folder')
    a = ap.parse_args()
    os.makedirs(a.output, exist_ok=True)
    rng = random.Random(a.seed * 1_000_003 + a.city)
    kx = math.cos(math.radians(a.origin_lat)) * M_PER_DEG_LON_EQ
    # the generator's city is a square `side` wide; its height is about the same (rows of
    # blocks until N parcels), so cover [-5%, 110%] of side both ways.
    side = max(300.0, math.sqrt(a.city * 1850.0))
    lo, hi = -0.05 * side, 1.15 * side

    def to_ll(x, y):
        return (a.origin_lon + x / kx, a.origin_lat + y / M_PER_DEG_LAT)

    # districts: a k x k grid of jittered corners; the outer frame stays straight
    k = 6 if a.city >= 100_000 else 4
    step = (hi - lo) / k
    grid = [[(lo + i * step + (rng.uniform(-.2, .2) * step if 0 < i < k else 0),
              lo + j * step + (rng.uniform(-.2, .2) * step if 0 < j < k else 0)) for j in range(k + 1)] for i in range(k + 1)]
    districts = []
    for i in range(k):
        for j in range(k):
            # each side gets a midpoint shared with the neighbour (deterministic from the corner pair)
            def mid(p, q):
                r = random.Random(hash((round(p[0], 3), round(p[1], 3), round(q[0], 3), round(q[1], 3))) & 0xffffffff)
                on_frame = (p[0] == q[0] and p[0] in (lo, hi)) or (p[1] == q[1] and p[1] in (lo, hi))
                t = 0 if on_frame else r.uniform(-.08, .08) * step
                dx, dy = q[0] - p[0], q[1] - p[1]
                n = math.hypot(dx, dy)
                return ((p[0] + q[0]) / 2 - dy / n * t, (p[1] + q[1]) / 2 + dx / n * t)

            def canon_mid(p, q):  # same point whichever way the edge is walked
                return mid(*sorted([p, q]))
            c = [grid[i][j], grid[i + 1][j], grid[i + 1][j + 1], grid[i][j + 1]]
            ring = []
            for m in range(4):
                ring += [c[m], canon_mid(c[m], c[(m + 1) % 4])]
            did = f'D{i * k + j + 1:02d}'
            districts.append({'type': 'Feature', 'id': did,
                              'geometry': {'type': 'Polygon', 'coordinates': [ring_json(ccw(ring), to_ll)]},
                              'properties': {'id': did, 'name': f'Quận {did}', 'level': 'district'}})
    write(os.path.join(a.output, 'districts.geojson'), districts)

    def blob(cx, cy, r, n, wobble):
        return ccw([(cx + r * (1 + rng.uniform(-wobble, wobble)) * math.cos(2 * math.pi * t / n),
                     cy + r * (1 + rng.uniform(-wobble, wobble)) * math.sin(2 * math.pi * t / n)) for t in range(n)])

    parks = []
    for p in range(8):
        r = side * rng.uniform(.06, .12)
        cx, cy = rng.uniform(r, side - r), rng.uniform(r, side - r)
        pid = f'bench-park-{p + 1}'
        parks.append({'type': 'Feature', 'id': pid,
                      'geometry': {'type': 'Polygon', 'coordinates': [ring_json(blob(cx, cy, r, rng.randint(12, 16), .25), to_ll)]},
                      'properties': {'id': pid, 'name': f'KCN Bench {p + 1}', 'kind': 'industrial_park'}})
    write(os.path.join(a.output, 'parks.geojson'), parks)

    works = []
    statuses = ['operational'] * 6 + ['under_construction', 'planned']
    for u in ('power', 'water', 'telecom'):
        for w in range(12):
            r = rng.uniform(300, 1200) * max(1.0, side / 20000)
            cx, cy = rng.uniform(0, side), rng.uniform(0, side)
            status = rng.choice(statuses)
            year = rng.randint(2018, 2028) if status != 'operational' else rng.randint(2015, 2026)
            wid = f'{u}-{w + 1:02d}'
            works.append({'type': 'Feature', 'id': wid,
                          'geometry': {'type': 'Polygon', 'coordinates': [ring_json(blob(cx, cy, r, 32, .05), to_ll)]},
                          'properties': {'id': wid, 'utility': u, 'status': status,
                                         'operational_from': f'{year}-{rng.randint(1, 12):02d}-15', 'name': f'{u} service area {w + 1}'}})
    write(os.path.join(a.output, 'infrastructure.geojson'), works)


if __name__ == '__main__':
    main()
