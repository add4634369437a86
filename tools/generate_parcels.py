#!/usr/bin/env python3
"""Deterministic synthetic land-parcel generator for ParkPlanner (Python standard library only).

Park mode:
  generate_parcels.py --parks geodata/parks.geojson [--park ID ...] [--count N | --per-park N]
      [--window ID=minlon,minlat,maxlon,maxlat ...] [--seed 42] [--overlap-share 0.02]
      [--sliver-share 0.005] [--as-of 2026-09-30] [--seq] -o OUT.geojson

  Parcels are laid out in blocks separated by roads (8-20 m), each block split into irregular
  quadrilateral-like parcels (4-8 vertices) that share their common edges exactly.  A parcel is kept
  only if its centroid and all its vertices lie inside the park polygon (and inside the --window box
  if one is given for that park), tested in a local equirectangular metric frame around the park
  centroid.  With --count/--per-park, each park keeps a contiguous cluster of whole blocks grown from
  a deterministic anchor point until the count is reached (the rest of the park is left unsurveyed).

City mode (benchmarks, no park file):
  generate_parcels.py --city N --origin-lon 106.6 --origin-lat 20.8 [--seed 42] [--seq] -o OUT

  N parcels tiled over a square of blocks whose south-west corner is the origin; output is streamed
  block by block, so memory use does not grow with N.

Same arguments -> same bytes out (fixed seed, only random.Random.random() is used, fixed formatting).
Output: RFC 7946 GeoJSON (WGS 84 lon/lat, 7 decimals, counter-clockwise exteriors), or GeoJSONSeq
(--seq: one Feature per line, newline-delimited, no record separators).
"""
import argparse
import datetime as dt
import json
import math
import random
import sys
import zlib

M_PER_DEG_LAT = 110540.0
M_PER_DEG_LON_EQ = 111320.0

# ----------------------------------------------------------------------------- land use profiles
# code: (label, parcel column width range m, depth range m, rows in block, unit price range VND/m2)
LAND_USES = {
    'LUC': ((20, 52), (44, 78), 2, (250_000, 420_000)),     # rice land
    'BHK': ((18, 44), (40, 70), 2, (200_000, 320_000)),     # other annual crops
    'CLN': ((20, 48), (40, 70), 2, (260_000, 380_000)),     # perennial crops
    'ONT': ((12, 24), (22, 38), 2, (1_200_000, 2_000_000)),  # rural residential
    'ODT': ((9, 18), (18, 30), 2, (1_500_000, 2_000_000)),  # urban residential (city mode)
    'NTS': ((45, 95), (70, 130), 1, (150_000, 300_000)),    # aquaculture ponds
    'SKK': ((45, 110), (80, 140), 1, (100_000, 200_000)),   # industrial-park land already converted
    'DTL': ((12, 22), (40, 70), 1, (100_000, 150_000)),      # irrigation / dike land
    'RPH': ((40, 90), (60, 120), 1, (100_000, 160_000)),    # protective forest (mangrove)
}
LABEL = {'LUC': 'đất chuyên trồng lúa nước', 'BHK': 'đất bằng trồng cây hằng năm khác', 'CLN': 'đất trồng cây lâu năm',
         'ONT': 'đất ở tại nông thôn', 'ODT': 'đất ở tại đô thị', 'NTS': 'đất nuôi trồng thủy sản',
         'SKK': 'đất khu công nghiệp', 'DTL': 'đất thủy lợi', 'RPH': 'đất rừng phòng hộ'}

# Park-specific behaviour. start/end: window in which inventory (kiểm đếm) starts; speed: multiplier
# on step durations; dispute: probability that a parcel is disputed at some step; handover: planned
# handover window; mix: land use shares; board: the land clearance (GPMB) board.
PROFILES = {
    'an-hoa': dict(prefix='AH', start='2025-10-01', end='2029-06-30', speed=1.4, dispute=0.10,
                   handover=('2026-06-30', '2027-12-31'), board='Ban GPMB huyện An Dương',
                   mix={'LUC': .66, 'BHK': .09, 'CLN': .06, 'ONT': .10, 'NTS': .06, 'DTL': .03}),
    'xuan-cau': dict(prefix='XC', start='2021-10-01', end='2024-03-31', speed=0.9, dispute=0.08,
                     handover=('2023-06-30', '2025-06-30'), board='Ban GPMB huyện Cát Hải',
                     mix={'NTS': .42, 'SKK': .30, 'ONT': .10, 'BHK': .10, 'RPH': .04, 'DTL': .04}),
    'nam-trang-cat': dict(prefix='NTC', start='2022-01-01', end='2023-06-30', speed=0.8, dispute=0.07,
                          handover=('2023-06-30', '2024-12-31'), board='Ban GPMB quận Hải An',
                          mix={'NTS': .45, 'SKK': .22, 'ONT': .13, 'BHK': .16, 'DTL': .04}),
    'tien-thanh': dict(prefix='TT', start='2022-10-01', end='2026-09-30', speed=1.35, dispute=0.12,
                       handover=('2024-12-31', '2026-12-31'), board='Ban GPMB huyện Tiên Lãng',
                       mix={'LUC': .58, 'BHK': .08, 'ONT': .11, 'NTS': .15, 'CLN': .05, 'DTL': .03}),
    'kkt-ven-bien-phia-nam': dict(prefix='VBN', start='2024-09-01', end='2027-12-31', speed=1.0, dispute=0.10,
                                  handover=('2025-12-31', '2027-12-31'), board='Ban GPMB huyện Kiến Thụy',
                                  mix={'NTS': .45, 'LUC': .30, 'ONT': .10, 'RPH': .06, 'BHK': .05, 'DTL': .04}),
}
DEFAULT_PROFILE = dict(start='2022-01-01', end='2025-12-31', speed=1.0, dispute=0.08,
                       handover=('2024-06-30', '2026-12-31'), board='Ban GPMB thành phố Hải Phòng',
                       mix={'LUC': .45, 'ONT': .15, 'NTS': .20, 'BHK': .10, 'SKK': .06, 'DTL': .04})
CITY_PROFILE = dict(prefix='C', start='2022-01-01', end='2026-12-31', speed=1.0, dispute=0.08,
                    handover=('2024-01-01', '2027-12-31'), board='Ban GPMB thành phố Hải Phòng',
                    mix={'LUC': .40, 'ONT': .18, 'ODT': .07, 'NTS': .17, 'BHK': .08, 'CLN': .05, 'SKK': .03, 'DTL': .02})

MIN_AREA, MAX_AREA = 200.0, 20000.0   # m2, for regular (non-sliver) parcels
STEPS = ['inventoried', 'plan_approved', 'compensated', 'handed_over']
STEP_DAYS = {'inventoried': (0, 0), 'plan_approved': (60, 330), 'compensated': (30, 240), 'handed_over': (15, 180)}
NOTES = {
    'inventoried': ['Đã kiểm đếm hiện trạng đất và tài sản trên đất', 'Hoàn thành đo đạc, kiểm đếm',
                    'Đã lập biên bản kiểm đếm, hộ dân ký xác nhận'],
    'plan_approved': ['Phương án bồi thường, hỗ trợ, tái định cư được phê duyệt', 'UBND phê duyệt phương án bồi thường',
                      'Đã công khai và phê duyệt phương án bồi thường'],
    'compensated': ['Đã chi trả tiền bồi thường, hỗ trợ', 'Hộ dân đã nhận đủ tiền bồi thường',
                    'Đã chi trả bồi thường, chờ bàn giao mặt bằng'],
    'handed_over': ['Đã bàn giao mặt bằng sạch cho chủ đầu tư', 'Bàn giao mặt bằng tại thực địa',
                    'Hoàn thành bàn giao mặt bằng'],
    'disputed': ['Hộ dân khiếu nại đơn giá bồi thường', 'Tranh chấp ranh giới thửa đất giữa các hộ',
                 'Chưa thống nhất phương án tái định cư', 'Hộ dân không đồng ý kết quả kiểm đếm'],
    'resolved': ['Đã giải quyết khiếu nại, tiếp tục thực hiện', 'Đã đối thoại, hộ dân đồng ý phương án',
                 'Tranh chấp đã được hòa giải thành'],
}


def d2s(d):
    return d.isoformat()


def s2d(s):
    return dt.date.fromisoformat(s)


class Rng:
    """Thin wrapper: only random.Random.random() is used, so output is stable across Python versions."""

    def __init__(self, *keys):
        h = 0
        for k in keys:
            h = zlib.crc32(str(k).encode('utf-8'), h)
        self.r = random.Random(h)

    def u(self, a=0.0, b=1.0):
        return a + (b - a) * self.r.random()

    def i(self, a, b):  # inclusive
        return a + min(int(self.r.random() * (b - a + 1)), b - a)

    def pick(self, seq):
        return seq[min(int(self.r.random() * len(seq)), len(seq) - 1)]

    def weighted(self, mix):
        x = self.r.random() * sum(mix.values())
        for k, w in mix.items():
            x -= w
            if x < 0:
                return k
        return k

    def chance(self, p):
        return self.r.random() < p


# ----------------------------------------------------------------------------- geometry helpers
def signed_area(pts):
    a = 0.0
    n = len(pts)
    for k in range(n):
        x1, y1 = pts[k]
        x2, y2 = pts[(k + 1) % n]
        a += x1 * y2 - x2 * y1
    return a / 2.0


def centroid(pts):
    a = signed_area(pts)
    cx = cy = 0.0
    n = len(pts)
    for k in range(n):
        x1, y1 = pts[k]
        x2, y2 = pts[(k + 1) % n]
        c = x1 * y2 - x2 * y1
        cx += (x1 + x2) * c
        cy += (y1 + y2) * c
    return cx / (6 * a), cy / (6 * a)


def _orient(p, q, r):
    v = (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    return (v > 1e-12) - (v < -1e-12)


def _seg_cross(p1, p2, p3, p4):
    o1, o2, o3, o4 = _orient(p1, p2, p3), _orient(p1, p2, p4), _orient(p3, p4, p1), _orient(p3, p4, p2)
    if o1 != o2 and o3 != o4:
        return True
    return False


def is_simple(pts):
    """True if the closed ring (no repeated closing point) has no self-intersection and positive area."""
    n = len(pts)
    if n < 3 or abs(signed_area(pts)) < 1e-9:
        return False
    for k in range(n):
        if pts[k] == pts[(k + 1) % n]:
            return False
    for a in range(n):
        for b in range(a + 1, n):
            if b == a + 1 or (a == 0 and b == n - 1):
                continue
            if _seg_cross(pts[a], pts[(a + 1) % n], pts[b], pts[(b + 1) % n]):
                return False
    return True


def point_in_ring(x, y, ring):
    inside = False
    n = len(ring)
    j = n - 1
    for k in range(n):
        xi, yi = ring[k]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = k
    return inside


class Area:
    """Park polygon (Polygon or MultiPolygon) in a local metric frame, with a fast point test."""

    def __init__(self, geometry, lon0, lat0):
        self.lon0, self.lat0 = lon0, lat0
        self.kx = math.cos(math.radians(lat0)) * M_PER_DEG_LON_EQ
        polys = geometry['coordinates'] if geometry['type'] == 'MultiPolygon' else [geometry['coordinates']]
        self.polys = [[[self.to_xy(lon, lat) for lon, lat in ring[:-1]] for ring in poly] for poly in polys]
        xs = [p[0] for poly in self.polys for p in poly[0]]
        ys = [p[1] for poly in self.polys for p in poly[0]]
        self.bbox = (min(xs), min(ys), max(xs), max(ys))
        self.clip = None

    def to_xy(self, lon, lat):
        return ((lon - self.lon0) * self.kx, (lat - self.lat0) * M_PER_DEG_LAT)

    def to_lonlat(self, x, y):
        return (self.lon0 + x / self.kx, self.lat0 + y / M_PER_DEG_LAT)

    def contains(self, x, y):
        if self.clip and not (self.clip[0] <= x <= self.clip[2] and self.clip[1] <= y <= self.clip[3]):
            return False
        for poly in self.polys:
            if point_in_ring(x, y, poly[0]) and not any(point_in_ring(x, y, h) for h in poly[1:]):
                return True
        return False

    def contains_parcel(self, pts):
        return all(self.contains(x, y) for x, y in pts) and self.contains(*centroid(pts))


# ----------------------------------------------------------------------------- block layout
class Block:
    __slots__ = ('parcels', 'cx', 'cy', 'land_use', 'key', 'parcels_sliver')


def make_block(rng, x0, y0, bw, bh, lu, rot, ox, oy, mix):
    """Split the block [x0,x0+bw]x[y0,y0+bh] (rotated frame) into parcels that share edges exactly.
    Returns a list of dicts {pts (world metric, CCW), lu, row, col} plus neighbour info for overlaps."""
    (wmin, wmax), _, rows, _ = LAND_USES[lu]
    # column cut positions along the bottom edge
    xs = [0.0]
    while True:
        w = rng.u(wmin, wmax)
        if xs[-1] + w > bw - wmin:
            break
        xs.append(xs[-1] + w)
    xs.append(bw)
    ncol = len(xs) - 1
    widths = [xs[k + 1] - xs[k] for k in range(ncol)]
    slant = rng.u(-0.12, 0.12) * min(bh, 60)
    tops = [xs[0]]
    for k in range(1, ncol):
        lim = 0.15 * min(widths[k - 1], widths[k])
        tops.append(xs[k] + slant * (1 if 0 < k < ncol else 0) + rng.u(-lim, lim))
    tops.append(bw)
    if rows == 2 and bh < 40:
        rows = 1
    # cut line height at each column line
    cut = [bh * rng.u(0.40, 0.60) for _ in range(ncol + 1)] if rows == 2 else None

    def colpt(k, y):  # point on column line k at height y
        t = y / bh
        return (xs[k] + (tops[k] - xs[k]) * t, y)

    # optional perturbed mid vertices on internal column lines (shared by both neighbours)
    def mid(k, ya, yb):
        if k == 0 or k == ncol or not rng.chance(0.45):
            return None
        lim = 0.10 * min(widths[k - 1], widths[k])
        y = ya + (yb - ya) * rng.u(0.35, 0.65)
        x, _ = colpt(k, y)
        return (x + rng.u(-lim, lim), y)

    out = []
    bands = [(None, None)] if rows == 1 else [('lo', None), ('hi', None)]
    colmids = {}
    for k in range(ncol + 1):
        if rows == 1:
            colmids[(k, 0)] = mid(k, 0, bh)
        else:
            colmids[(k, 0)] = mid(k, 0, cut[k])
            colmids[(k, 1)] = mid(k, cut[k], bh)
    cutmids = {}
    if rows == 2:
        for k in range(ncol):
            if rng.chance(0.35):
                a = colpt(k, cut[k])
                b = colpt(k + 1, cut[k + 1])
                t = rng.u(0.35, 0.65)
                cutmids[k] = (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t + rng.u(-2.0, 2.0))
    for r in range(rows):
        for k in range(ncol):
            if rows == 1:
                ring = [colpt(k, 0), colpt(k + 1, 0)]
                if colmids[(k + 1, 0)]: ring.append(colmids[(k + 1, 0)])
                ring += [colpt(k + 1, bh), colpt(k, bh)]
                if colmids[(k, 0)]: ring.append(colmids[(k, 0)])
            elif r == 0:
                ring = [colpt(k, 0), colpt(k + 1, 0)]
                if colmids[(k + 1, 0)]: ring.append(colmids[(k + 1, 0)])
                ring.append(colpt(k + 1, cut[k + 1]))
                if k in cutmids: ring.append(cutmids[k])
                ring.append(colpt(k, cut[k]))
                if colmids[(k, 0)]: ring.append(colmids[(k, 0)])
            else:
                ring = [colpt(k, cut[k])]
                if k in cutmids: ring.append(cutmids[k])
                ring.append(colpt(k + 1, cut[k + 1]))
                if colmids[(k + 1, 1)]: ring.append(colmids[(k + 1, 1)])
                ring += [colpt(k + 1, bh), colpt(k, bh)]
                if colmids[(k, 1)]: ring.append(colmids[(k, 1)])
            plu = lu if not rng.chance(0.12) else rng.weighted(mix)
            out.append(dict(ring=ring, lu=plu, row=r, col=k, rows=rows, ncol=ncol,
                            wb=xs[k + 1] - xs[k], wt=tops[k + 1] - tops[k]))
    # transform to world metric frame
    c, s = math.cos(rot), math.sin(rot)

    def tr(p):
        x, y = p[0] + x0, p[1] + y0
        return (c * x - s * y + ox, s * x + c * y + oy)
    for p in out:
        p['pts'] = [tr(q) for q in p['ring']]
    # sliver candidates: a thin strip in the road just below the block bottom edge
    sliver = None
    if ncol >= 1:
        k = rng.i(0, ncol - 1)
        a, b = colpt(k, 0), colpt(k + 1, 0)
        wdt = rng.u(0.3, 0.9)
        ring = [(a[0] + 0.5, -1.0 - wdt), (b[0] - 0.5, -1.0 - wdt), (b[0] - 0.5, -1.0), (a[0] + 0.5, -1.0)]
        sliver = [tr(q) for q in ring]
    return out, sliver


def layout(rng, bbox, rot, ox, oy, mix):
    """Yield blocks covering bbox (in the rotated frame around (ox, oy))."""
    # bbox of the area in the rotated frame
    x_min, y_min, x_max, y_max = bbox
    y = y_min
    row = 0
    while y < y_max:
        bh = rng.u(60, 140)
        x = x_min
        col = 0
        while x < x_max:
            bw = rng.u(90, 280)
            lu = rng.weighted(mix)
            b = Block()
            b.key = (row, col)
            b.land_use = lu
            b.parcels, sliver = make_block(rng, x, y, bw, bh, lu, rot, ox, oy, mix)
            b.parcels_sliver = None
            b.cx = x + bw / 2
            b.cy = y + bh / 2
            yield b, sliver
            x += bw + rng.u(8, 20)
            col += 1
        y += bh + rng.u(8, 20)
        row += 1


# ----------------------------------------------------------------------------- overlaps
def push_vertex(p, neighbour, rng):
    """Move the bottom-right corner (lower/single row) or the top-right corner (upper row) of parcel p
    1-10 m along its bottom/top edge into its right-hand neighbour (never more than 60 % of the
    neighbour's width), so that p overlaps the neighbour by a small triangle."""
    pts, ring = p['pts'], p['ring']
    if p['rows'] == 2 and p['row'] == 1:
        top = max(q[1] for q in ring)
        idx = max((k for k, q in enumerate(ring) if abs(q[1] - top) < 1e-9), key=lambda k: ring[k][0])
        other = (idx + 1) % len(pts)
        room = neighbour['wt']
    else:
        idx, other = 1, 0
        room = neighbour['wb']
    vx, vy = pts[idx]
    wx, wy = pts[other]
    L = math.hypot(vx - wx, vy - wy)
    d = min(rng.u(1.0, 10.0), 0.6 * room)
    if L <= 0 or d < 1.0:
        return None
    new = list(pts)
    new[idx] = (vx + (vx - wx) / L * d, vy + (vy - wy) / L * d)
    return new


# ----------------------------------------------------------------------------- attributes
def quarter_spread(rng, start, end):
    a, b = s2d(start).toordinal(), s2d(end).toordinal()
    return dt.date.fromordinal(int(a + (b - a) * rng.u()))


def attributes(rng, lu, area_m2, prof, as_of):
    _, _, _, (pmin, pmax) = LAND_USES[lu]
    price = rng.u(pmin, pmax)
    planned = int(round(area_m2 * price / 1000.0)) * 1000
    if lu in ('ONT', 'ODT'):
        hh = rng.i(1, 6) if rng.chance(0.9) else 0
    elif lu == 'LUC':
        hh = 0 if rng.chance(0.7) else rng.i(1, 2)
    elif lu in ('SKK', 'DTL', 'RPH'):
        hh = 0
    else:
        hh = 0 if rng.chance(0.5) else rng.i(1, 2)
    handover = quarter_spread(rng, *prof['handover'])
    # full potential timeline, then truncated at as_of
    t = quarter_spread(rng, prof['start'], prof['end'])
    events = []
    disputed_at = None
    if rng.chance(prof['dispute']):
        disputed_at = rng.i(0, 3)
    speed = prof['speed']
    board = prof['board']
    prev = None
    for k, st in enumerate(STEPS):
        lo, hi = STEP_DAYS[st]
        t = t + dt.timedelta(days=int(rng.u(lo, hi) * speed))
        if disputed_at == k:
            td = t if prev is None else prev + dt.timedelta(days=max(1, int((t - prev).days * rng.u(0.3, 0.9))))
            events.append(dict(status='disputed', date=td, by=board, note=rng.pick(NOTES['disputed'])))
            if rng.chance(0.5):
                t = td + dt.timedelta(days=int(rng.u(60, 400)))
                events.append(dict(status=st, date=t, by=board,
                                   note=rng.pick(NOTES['resolved']) + '; ' + rng.pick(NOTES[st]).lower()))
                prev = t
                continue
            break
        events.append(dict(status=st, date=t, by=board, note=rng.pick(NOTES[st])))
        prev = t
    hist = [e for e in events if e['date'] <= as_of]
    if hist:
        status, sdate = hist[-1]['status'], hist[-1]['date']
    else:
        status, sdate = 'not_started', None
    reached = {e['status'] for e in hist}
    if 'compensated' in reached or 'handed_over' in reached:
        paid = planned
    elif 'plan_approved' in reached and rng.chance(0.25):
        paid = int(planned * rng.u(0.2, 0.5)) // 1000 * 1000
    else:
        paid = 0
    props = dict(land_use=lu, households=hh, compensation_planned_vnd=planned, compensation_paid_vnd=paid,
                 planned_handover=d2s(handover), clearance=status)
    if sdate is not None:
        props['clearance_date'] = d2s(sdate)
    props['clearance_history'] = [dict(status=e['status'], date=d2s(e['date']), by=e['by'], note=e['note']) for e in hist]
    return props


def fmt_ring(pts_ll):
    ring = pts_ll + [pts_ll[0]]
    return '[[' + ','.join('[%.7f,%.7f]' % (x, y) for x, y in ring) + ']]'


def feature_json(fid, props, pts_ll):
    head = json.dumps({'type': 'Feature', 'id': fid}, ensure_ascii=False, separators=(',', ':'))[:-1]
    p = json.dumps(props, ensure_ascii=False, separators=(',', ':'))
    return head + ',"geometry":{"type":"Polygon","coordinates":' + fmt_ring(pts_ll) + '},"properties":' + p + '}'


class Writer:
    def __init__(self, path, seq):
        self.f = sys.stdout if path == '-' else open(path, 'w', encoding='utf-8', newline='\n')
        self.seq = seq
        self.n = 0
        if not seq:
            self.f.write('{"type":"FeatureCollection","features":[\n')

    def add(self, line):
        if self.seq:
            self.f.write(line + '\n')
        else:
            self.f.write((',\n' if self.n else '') + line)
        self.n += 1

    def close(self):
        if not self.seq:
            self.f.write('\n]}\n')
        if self.f is not sys.stdout:
            self.f.close()


# ----------------------------------------------------------------------------- park mode
def prefix_for(pid):
    if pid in PROFILES:
        return PROFILES[pid]['prefix']
    return ''.join(w[0] for w in pid.split('-') if w).upper() or 'P'


def park_parcels(feature, args, count, window):
    pid = feature['properties']['id']
    prof = dict(DEFAULT_PROFILE, prefix=prefix_for(pid))
    prof.update(PROFILES.get(pid, {}))
    geom = feature['geometry']
    rings = geom['coordinates'] if geom['type'] == 'MultiPolygon' else [geom['coordinates']]
    pts = [p for poly in rings for p in poly[0][:-1]]
    lon0 = sum(p[0] for p in pts) / len(pts)
    lat0 = sum(p[1] for p in pts) / len(pts)
    area = Area(geom, lon0, lat0)
    if window:
        a = area.to_xy(window[0], window[1])
        b = area.to_xy(window[2], window[3])
        area.clip = (a[0], a[1], b[0], b[1])
    rng = Rng(args.seed, 'layout', pid)
    rot = math.radians(rng.u(-35, 35))
    c, s = math.cos(rot), math.sin(rot)
    bx0, by0, bx1, by1 = area.clip if area.clip else area.bbox
    corners = [(bx0, by0), (bx1, by0), (bx1, by1), (bx0, by1)]
    rc = [(c * x + s * y, -s * x + c * y) for x, y in corners]   # inverse rotation
    rb = (min(p[0] for p in rc) - 50, min(p[1] for p in rc) - 50, max(p[0] for p in rc) + 50, max(p[1] for p in rc) + 50)
    blocks = []
    for b, sliver in layout(rng, rb, rot, 0.0, 0.0, prof['mix']):
        kept = [p for p in b.parcels
                if MIN_AREA <= abs(signed_area(p['pts'])) <= MAX_AREA and area.contains_parcel(p['pts'])]
        if not kept:
            continue
        b.parcels = kept
        b.parcels_sliver = sliver if (sliver and area.contains_parcel(sliver)) else None
        wx, wy = c * b.cx - s * b.cy, s * b.cx + c * b.cy
        b.cx, b.cy = wx, wy
        blocks.append(b)
    # contiguous cluster around a deterministic anchor
    if count is not None:
        ar = Rng(args.seed, 'anchor', pid)
        for _ in range(1000):
            ax = ar.u(area.bbox[0], area.bbox[2])
            ay = ar.u(area.bbox[1], area.bbox[3])
            if area.contains(ax, ay):
                break
        blocks.sort(key=lambda b: ((b.cx - ax) ** 2 + (b.cy - ay) ** 2, b.key))
    parcels = []
    n_sliver_target = 0 if count is None else int(round(count * args.sliver_share))
    slivers = []
    for b in blocks:
        for p in b.parcels:
            p['block'] = b.key
        parcels.extend(b.parcels)
        if b.parcels_sliver:
            slivers.append(b.parcels_sliver)
        if count is not None and len(parcels) >= count - n_sliver_target:
            break
    if count is not None:
        parcels = parcels[:count - n_sliver_target]
    else:
        n_sliver_target = int(round(len(parcels) * args.sliver_share))
    slivers = slivers[:n_sliver_target]
    return pid, prof, area, parcels, slivers


def apply_overlaps(parcels, share, rng, area):
    index = {(p['block'], p['row'], p['col']): p for p in parcels}
    cands = [p for p in parcels if (p['block'], p['row'], p['col'] + 1) in index]
    want = int(round(len(parcels) * share))
    done = 0
    order = sorted(range(len(cands)), key=lambda k: rng.u())
    for k in order:
        if done >= want:
            break
        p = cands[k]
        if p.get('overlap'):
            continue
        new = push_vertex(p, index[(p['block'], p['row'], p['col'] + 1)], rng)
        if new and is_simple(new) and area.contains_parcel(new):
            p['pts'] = new
            p['overlap'] = True
            done += 1
    return done


def emit(writer, fid, props, pts, to_lonlat):
    ll = [to_lonlat(x, y) for x, y in pts]
    if signed_area(ll) < 0:
        ll.reverse()
    writer.add(feature_json(fid, props, ll))


def run_parks(args):
    with open(args.parks, encoding='utf-8') as f:
        fc = json.load(f)
    feats = {ft['properties']['id']: ft for ft in fc['features']}
    ids = args.park or [ft['properties']['id'] for ft in fc['features']]
    for pid in ids:
        if pid not in feats:
            sys.exit(f'unknown park id {pid!r}')
    windows = {}
    for w in args.window or []:
        pid, box = w.split('=', 1)
        windows[pid] = [float(v) for v in box.split(',')]
    counts = {pid: None for pid in ids}
    if args.per_park is not None:
        counts = {pid: args.per_park for pid in ids}
    elif args.count is not None:
        # share of the total by (windowed) park area, largest remainder; computed in the metric frame
        areas = {}
        for pid in ids:
            ft = feats[pid]
            g = ft['geometry']
            polys = g['coordinates'] if g['type'] == 'MultiPolygon' else [g['coordinates']]
            lat0 = polys[0][0][0][1]
            kx = math.cos(math.radians(lat0)) * M_PER_DEG_LON_EQ
            a = sum(abs(signed_area([(x * kx, y * M_PER_DEG_LAT) for x, y in poly[0][:-1]])) for poly in polys)
            if pid in windows:
                w = windows[pid]
                a = min(a, (w[2] - w[0]) * kx * (w[3] - w[1]) * M_PER_DEG_LAT)
            areas[pid] = a
        tot = sum(areas.values())
        raw = {pid: args.count * areas[pid] / tot for pid in ids}
        counts = {pid: int(raw[pid]) for pid in ids}
        rest = args.count - sum(counts.values())
        for pid in sorted(ids, key=lambda p: (-(raw[p] - int(raw[p])), p))[:rest]:
            counts[pid] += 1
    as_of = s2d(args.as_of)
    writer = Writer(args.output, args.seq)
    stats = []
    for pid in ids:
        pid, prof, area, parcels, slivers = park_parcels(feats[pid], args, counts[pid], windows.get(pid))
        n_ov = apply_overlaps(parcels, args.overlap_share, Rng(args.seed, 'overlap', pid), area)
        arng = Rng(args.seed, 'attrs', pid)
        allp = [(p['pts'], p['lu']) for p in parcels] + [(s, 'DTL') for s in slivers]
        # interleave slivers deterministically by position in the list (ids stay sequential)
        n = 0
        for pts, lu in allp:
            if not is_simple(pts):
                continue
            n += 1
            props = {'id': f"{prof['prefix']}-{n:06d}", 'park': pid}
            props.update(attributes(arng, lu, abs(signed_area(pts)), prof, as_of))
            emit(writer, props['id'], props, pts, area.to_lonlat)
        stats.append((pid, n, n_ov, len(slivers)))
    writer.close()
    for pid, n, n_ov, n_sl in stats:
        print(f'{pid}: {n} parcels ({n_ov} pushed into a neighbour, {n_sl} slivers)', file=sys.stderr)


# ----------------------------------------------------------------------------- city mode
def run_city(args):
    N = args.city
    lon0, lat0 = args.origin_lon, args.origin_lat
    kx = math.cos(math.radians(lat0)) * M_PER_DEG_LON_EQ
    prof = CITY_PROFILE
    as_of = s2d(args.as_of)
    # a square: on average one parcel takes about 1,850 m2 of ground including roads
    side = max(300.0, math.sqrt(N * 1850.0))
    writer = Writer(args.output, args.seq)
    rng = Rng(args.seed, 'city-layout')
    arng = Rng(args.seed, 'city-attrs')
    orng = Rng(args.seed, 'city-overlap')

    def to_ll(x, y):
        return (lon0 + x / kx, lat0 + y / M_PER_DEG_LAT)
    n = 0
    n_ov = n_sl = 0
    y = 0.0
    row = 0
    while n < N:
        bh = rng.u(60, 140)
        x = 0.0
        col = 0
        while x < side and n < N:
            bw = rng.u(90, 280)
            lu = rng.weighted(prof['mix'])
            parcels, sliver = make_block(rng, x, y, bw, bh, lu, 0.0, 0.0, 0.0, prof['mix'])
            index = {(p['row'], p['col']): p for p in parcels}
            for p in parcels:
                if n >= N:
                    break
                pts = p['pts']
                if (p['row'], p['col'] + 1) in index and orng.chance(args.overlap_share):
                    new = push_vertex(p, index[(p['row'], p['col'] + 1)], orng)
                    if new and is_simple(new):
                        pts = new
                        n_ov += 1
                if not is_simple(pts) or not MIN_AREA <= abs(signed_area(p['pts'])) <= MAX_AREA:
                    continue
                n += 1
                props = {'id': f'C-{n:07d}'}
                props.update(attributes(arng, p['lu'], abs(signed_area(pts)), prof, as_of))
                emit(writer, props['id'], props, pts, to_ll)
            if sliver and n < N and orng.chance(args.sliver_share * len(parcels)):
                n += 1
                n_sl += 1
                props = {'id': f'C-{n:07d}'}
                props.update(attributes(arng, 'DTL', abs(signed_area(sliver)), prof, as_of))
                emit(writer, props['id'], props, sliver, to_ll)
            x += bw + rng.u(8, 20)
            col += 1
        y += bh + rng.u(8, 20)
        row += 1
    writer.close()
    print(f'city: {n} parcels ({n_ov} pushed into a neighbour, {n_sl} slivers), '
          f'{side / 1000:.1f} km wide, {y / 1000:.1f} km tall', file=sys.stderr)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument('--parks', help='parks GeoJSON (FeatureCollection with properties.id)')
    ap.add_argument('--park', action='append', help='park id to fill (repeatable; default: all parks)')
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--count', type=int, help='total number of parcels, shared by park area')
    g.add_argument('--per-park', type=int, help='number of parcels per park')
    ap.add_argument('--window', action='append', metavar='ID=MINLON,MINLAT,MAXLON,MAXLAT',
                    help='only fill this lon/lat box of park ID (for very large parks)')
    ap.add_argument('--seed', type=int, default=42)
    ap.add_argument('--overlap-share', type=float, default=0.02, help='share of parcels pushed 1-10 m into a neighbour')
    ap.add_argument('--sliver-share', type=float, default=0.005, help='share of parcels that are slivers (< 1 m wide)')
    ap.add_argument('--as-of', default='2026-09-30', help='clearance history is cut at this date (ISO)')
    ap.add_argument('--seq', action='store_true', help='write GeoJSONSeq (one feature per line)')
    ap.add_argument('--city', type=int, metavar='N', help='synthetic city of N parcels (benchmark mode)')
    ap.add_argument('--origin-lon', type=float, default=106.6)
    ap.add_argument('--origin-lat', type=float, default=20.8)
    ap.add_argument('-o', '--output', required=True, help="output file ('-' for stdout)")
    args = ap.parse_args(argv)
    s2d(args.as_of)
    if args.city is not None:
        if args.city < 0:
            ap.error('--city must be >= 0')
        run_city(args)
    else:
        if not args.parks:
            ap.error('--parks is required unless --city is given')
        run_parks(args)


if __name__ == '__main__':
    main()
