#!/usr/bin/env python3
"""Check geodata/ (needs shapely >= 2 and pyproj; not needed at runtime, only for authors/CI checks).

  python3 tools/check_geodata.py [--geodata geodata] [--parcels geodata/parcels.geojson]

Prints the measured figures (areas in EPSG:9210, tiling, overlaps, coverage, parcel statistics) and
exits non-zero if a hard rule is broken.
"""
import argparse
import collections
import datetime as dt
import itertools
import json
import math
import re
import statistics
import sys
import unicodedata

import numpy as np
import pyproj
import shapely
from shapely.geometry import shape, Point, LineString

TR = pyproj.Transformer.from_crs(4326, 9210, always_xy=True)
ERRORS = []


def err(msg):
    ERRORS.append(msg)
    print('ERROR:', msg)


def to9210(g):
    return shapely.transform(g, lambda c: np.column_stack(TR.transform(c[:, 0], c[:, 1])))


def ha(g):
    return to9210(g).area / 1e4


def ring_area(r):
    a = 0.0
    for (x1, y1), (x2, y2) in zip(r, r[1:]):
        a += x1 * y2 - x2 * y1
    return a / 2


def polys_of(geom):
    if geom['type'] == 'Polygon':
        return [geom['coordinates']]
    if geom['type'] == 'MultiPolygon':
        return geom['coordinates']
    return []


DEC = re.compile(r'-?\d+\.(\d+)')


def check_common(path, fc, required):
    if 'crs' in fc:
        err(f'{path}: has a crs member')
    ids = collections.Counter()
    for ft in fc['features']:
        p = ft['properties']
        ids[p.get('id')] += 1
        if ft.get('id') != p.get('id'):
            err(f'{path}: top-level id {ft.get("id")!r} != properties.id {p.get("id")!r}')
        for k in required:
            if k not in p:
                err(f'{path}: {p.get("id")} lacks {k}')
        for k, v in p.items():
            if isinstance(v, str) and not unicodedata.is_normalized('NFC', v):
                err(f'{path}: {p.get("id")}.{k} not NFC')
        g = shape(ft['geometry'])
        if not shapely.is_valid(g):
            err(f'{path}: {p.get("id")} invalid: {shapely.is_valid_reason(g)}')
        for poly in polys_of(ft['geometry']):
            if ring_area(poly[0]) <= 0:
                err(f'{path}: {p.get("id")} exterior ring not counter-clockwise')
            for h in poly[1:]:
                if ring_area(h) >= 0:
                    err(f'{path}: {p.get("id")} hole not clockwise')
        txt = json.dumps(ft['geometry']['coordinates'])
        if any(len(m) > 7 for m in DEC.findall(txt)):
            err(f'{path}: {p.get("id")} has coordinates with more than 7 decimals')
    dup = [k for k, v in ids.items() if v > 1]
    if dup:
        err(f'{path}: duplicate ids {dup[:5]}')
    return {ft['properties']['id']: shape(ft['geometry']) for ft in fc['features']}


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def tiling(name, units):
    ov = 0.0
    keys = list(units)
    tree = shapely.STRtree([units[k] for k in keys])
    for i, j in tree.query([units[k] for k in keys], predicate='intersects').T:
        if i < j:
            ov += ha(units[keys[i]].intersection(units[keys[j]]))
    u = shapely.union_all(list(units.values()))
    holes = sum(len(p.interiors) for p in getattr(u, 'geoms', [u]))
    parts = len(getattr(u, 'geoms', [u]))
    # shared-vertex check: every vertex of a unit that lies on another unit's boundary is a vertex there too
    verts = {k: set(map(tuple, shapely.get_coordinates(g))) for k, g in units.items()}
    tjunc = 0
    for i, j in tree.query([units[k] for k in keys], predicate='intersects').T:
        if i == j:
            continue
        a, b = keys[i], keys[j]
        bd = units[b].boundary
        for v in verts[a]:
            if v not in verts[b] and bd.distance(Point(v)) < 1e-9:
                tjunc += 1
    print(f'{name}: {len(units)} units, sum of pairwise overlaps {ov:.6f} ha, union parts {parts}, union holes {holes}, '
          f'vertices on a neighbour border that the neighbour lacks: {tjunc}')
    if ov > 1e-4:
        err(f'{name}: units overlap ({ov} ha)')
    if holes:
        err(f'{name}: union has holes')
    if tjunc:
        err(f'{name}: {tjunc} T-junctions (borders do not share vertices)')
    return u


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--geodata', default='geodata')
    ap.add_argument('--parcels', default=None)
    ap.add_argument('--reference', default='../shared/data/haiphong_districts.geojson',
                    help='reference district file (tests only), used to report where the parks fall')
    a = ap.parse_args()
    G = a.geodata.rstrip('/') + '/'

    # ---------------------------------------------------------------- parks
    pfc = load(G + 'parks.geojson')
    parks = check_common('parks', pfc, ['id', 'name', 'name_en', 'kind', 'approved_area_ha', 'district', 'source', 'accuracy'])
    pprops = {f['properties']['id']: f['properties'] for f in pfc['features']}
    print('\nparks (area in EPSG:9210 vs approved):')
    for pid, g in parks.items():
        p = pprops[pid]
        nv = sum(len(poly[0]) - 1 for poly in polys_of(next(f for f in pfc['features'] if f['id'] == pid)['geometry']))
        ar = ha(g)
        ap_ = p['approved_area_ha']
        dev = f'{(ar / ap_ - 1) * 100:+.2f}%' if ap_ else 'n/a'
        print(f'  {pid:24s} {ar:10.2f} ha  approved {ap_!s:>8}  {dev:>8}  vertices {nv}  kind {p["kind"]}')
        if p['kind'] not in ('industrial_park', 'economic_zone', 'non_tariff_zone', 'industrial_cluster'):
            err(f'park {pid}: bad kind')
        if pid != 'dinh-vu-cat-hai':
            if ap_ and abs(ar / ap_ - 1) > 0.03:
                err(f'park {pid}: area off by more than 3%')
            if g.geom_type == 'Polygon' and not 8 <= nv <= 30:
                err(f'park {pid}: {nv} vertices')
    print('  pairwise park overlaps:')
    n_ip = 0
    for x, y in itertools.combinations(parks, 2):
        i = parks[x].intersection(parks[y])
        if not i.is_empty and i.area > 0:
            kinds = (pprops[x]['kind'], pprops[y]['kind'])
            print(f'    {x} x {y}: {ha(i):.2f} ha ({kinds[0]} / {kinds[1]})')
            if 'economic_zone' not in kinds:
                n_ip += 1
    if n_ip != 1:
        err(f'expected exactly one overlap between two non-economic-zone parks, found {n_ip}')

    try:
        ref = load(a.reference)
        print('  share of each park inside the reference 2019 districts (tests-only file):')
        refg = {f['properties']['name']: shape(f['geometry']) for f in ref['features']}
        for pid, g in parks.items():
            sh = {n: ha(g.intersection(d)) / ha(g) for n, d in refg.items() if g.intersects(d)}
            sh = {n: v for n, v in sh.items() if v > 0.005}
            land = sum(sh.values())
            print(f'    {pid:24s} on land {land:6.1%}  ' + ', '.join(f'{n} {v:.1%}' for n, v in sorted(sh.items(), key=lambda t: -t[1])))
    except FileNotFoundError:
        print('  (reference district file not found; skipped)')

    # ---------------------------------------------------------------- units
    print()
    dfc = load(G + 'units_districts.geojson')
    dist = check_common('districts', dfc, ['id', 'name', 'level', 'source', 'accuracy'])
    du = tiling('districts', dist)
    for pid, g in parks.items():
        if not du.buffer(1e-9).contains(g):
            err(f'districts do not cover park {pid}')
    dname = {f['id']: f['properties']['name'] for f in dfc['features']}
    print('  parks by district (share of park area):')
    for pid, g in parks.items():
        sh = {dname[k]: ha(g.intersection(d)) / ha(g) for k, d in dist.items() if g.intersects(d)}
        sh = {n: v for n, v in sh.items() if v > 0.0005}
        print(f'    {pid:24s} ' + ', '.join(f'{n} {v:.1%}' for n, v in sorted(sh.items(), key=lambda t: -t[1])))
    cfc = load(G + 'units_communes.geojson')
    com = check_common('communes', cfc, ['id', 'name', 'level', 'source', 'accuracy'])
    cu = tiling('communes', com)
    cname = {f['id']: f['properties']['name'] for f in cfc['features']}
    print('  mission parks by commune/ward:')
    for pid in ['an-hoa', 'xuan-cau', 'nam-trang-cat', 'tien-thanh', 'kkt-ven-bien-phia-nam']:
        g = parks[pid]
        if not cu.buffer(1e-9).contains(g):
            err(f'communes do not cover park {pid}')
        sh = {cname[k]: ha(g.intersection(d)) / ha(g) for k, d in com.items() if g.intersects(d)}
        sh = {n: v for n, v in sh.items() if v > 0.0005}
        print(f'    {pid:24s} {len(sh)} units: ' + ', '.join(f'{n} {v:.1%}' for n, v in sorted(sh.items(), key=lambda t: -t[1])))

    # ---------------------------------------------------------------- zones
    print()
    zfc = load(G + 'zones.geojson')
    zones = check_common('zones', zfc, ['id', 'land_use', 'name', 'source', 'accuracy'])
    zlu = {f['id']: f['properties']['land_use'] for f in zfc['features']}
    zov = sum(ha(zones[x].intersection(zones[y])) for x, y in itertools.combinations(zones, 2) if zones[x].intersects(zones[y]))
    print(f'zones: {len(zones)} polygons, land uses {dict(collections.Counter(zlu.values()))}, overlaps between zones {zov:.3f} ha')
    print('  zone x park findings:')
    for zid, z in zones.items():
        for pid, g in parks.items():
            if pprops[pid]['kind'] == 'economic_zone' and pid != 'kkt-ven-bien-phia-nam':
                continue
            if z.intersects(g):
                i = ha(z.intersection(g))
                if i > 0.01 or zlu[zid] in ('RPH', 'RDD'):
                    print(f'    {zid:14s} {zlu[zid]} x {pid}: {i:.2f} ha' + (' (touches)' if i <= 0.01 else ''))

    # ---------------------------------------------------------------- infrastructure
    print()
    ifc = load(G + 'infrastructure.geojson')
    check_common('infrastructure', ifc, ['id', 'utility', 'status', 'operational_from', 'name', 'source', 'accuracy'])
    areas = collections.defaultdict(list)
    for ft in ifc['features']:
        p = ft['properties']
        g = shape(ft['geometry'])
        dt.date.fromisoformat(p['operational_from'])
        if not '2020-01-01' <= p['operational_from'] <= '2028-12-31':
            err(f'infra {p["id"]}: date out of range')
        if p['utility'] not in ('power', 'water', 'telecom') or p['status'] not in ('planned', 'under_construction', 'operational'):
            err(f'infra {p["id"]}: bad utility/status')
        if g.geom_type in ('Point', 'LineString'):
            if 'service_radius_m' not in p:
                err(f'infra {p["id"]}: service_radius_m required')
            m = to9210(g).buffer(p['service_radius_m'])
            sa = shapely.transform(m, lambda c: np.column_stack(TR.transform(c[:, 0], c[:, 1], direction='INVERSE')))
        else:
            if 'service_radius_m' in p:
                err(f'infra {p["id"]}: polygon with service_radius_m')
            sa = g
        areas[(p['utility'], p['status'])].append(sa)
        areas[(p['utility'], 'any')].append(sa)
    print(f'infrastructure: {len(ifc["features"])} features, by utility/status: ' +
          str(dict(collections.Counter((f['properties']['utility'], f['properties']['status']) for f in ifc['features']))))
    print('  share of each park covered by service areas (operational / any status):')
    for pid, g in parks.items():
        if pprops[pid]['kind'] == 'economic_zone' and pid != 'kkt-ven-bien-phia-nam':
            continue
        row = []
        for ut in ('power', 'water', 'telecom'):
            op = shapely.union_all(areas[(ut, 'operational')]) if areas[(ut, 'operational')] else None
            an = shapely.union_all(areas[(ut, 'any')])
            fo = ha(g.intersection(op)) / ha(g) if op is not None else 0
            fa = ha(g.intersection(an)) / ha(g)
            row.append(f'{ut} {fo:6.1%} / {fa:6.1%}')
        print(f'    {pid:24s} ' + '   '.join(row))
    wany = shapely.union_all(areas[('water', 'any')])
    if wany.intersects(parks['an-hoa']):
        err('a water work reaches An Hòa')

    # ---------------------------------------------------------------- parcels
    if a.parcels:
        print()
        check_parcels(a.parcels, parks)

    print('\n' + ('OK' if not ERRORS else f'{len(ERRORS)} ERRORS'))
    sys.exit(1 if ERRORS else 0)


def check_parcels(path, parks):
    fc = load(path)
    feats = fc['features']
    geoms = check_common('parcels', fc, ['id', 'park', 'land_use', 'households', 'compensation_planned_vnd',
                                         'compensation_paid_vnd', 'planned_handover', 'clearance', 'clearance_history'])
    ids = list(geoms)
    gl = [geoms[k] for k in ids]
    m = [to9210(g) for g in gl]
    areas = np.array([g.area for g in m])
    nv = collections.Counter(len(f['geometry']['coordinates'][0]) - 1 for f in feats)
    widths = np.array([g.area / (g.length / 2) for g in m])  # ~ width of a thin strip
    slivers = int((widths < 1.0).sum())
    tree = shapely.STRtree(m)
    pairs = [(i, j) for i, j in tree.query(m, predicate='intersects').T if i < j]
    ov = [(i, j, m[i].intersection(m[j]).area) for i, j in pairs]
    ov = [(i, j, x) for i, j, x in ov if x > 0.01]
    print(f'parcels: {len(feats)} features, vertices per parcel {dict(sorted(nv.items()))}')
    reg = areas[widths >= 1.0]
    print(f'  area m2 (non-sliver): min {reg.min():.0f}  median {np.median(reg):.0f}  max {reg.max():.0f}; '
          f'slivers (< 1 m wide) {slivers}; overlapping pairs {len(ov)} (total {sum(x for *_, x in ov):.0f} m2, '
          f'largest {max((x for *_, x in ov), default=0):.0f} m2)')
    per = collections.Counter(f['properties']['park'] for f in feats)
    st = collections.defaultdict(collections.Counter)
    lu = collections.Counter(f['properties']['land_use'] for f in feats)
    outside = 0
    as_of = dt.date(2026, 9, 30)
    overdue = collections.Counter()
    status_2025 = collections.defaultdict(collections.Counter)
    for f, g in zip(feats, gl):
        p = f['properties']
        st[p['park']][p['clearance']] += 1
        if not parks[p['park']].buffer(1e-9).contains(g):
            outside += 1
        h = p['clearance_history']
        if h:
            if h[-1]['status'] != p['clearance'] or h[-1]['date'] != p.get('clearance_date'):
                err(f'parcel {p["id"]}: last history entry differs from clearance')
            ds = [e['date'] for e in h]
            if ds != sorted(ds):
                err(f'parcel {p["id"]}: history not in date order')
            s25 = [e['status'] for e in h if e['date'] <= '2025-09-30']
            status_2025[p['park']][s25[-1] if s25 else 'not_started'] += 1
        else:
            status_2025[p['park']]['not_started'] += 1
            if p['clearance'] != 'not_started' or 'clearance_date' in p:
                err(f'parcel {p["id"]}: empty history but status {p["clearance"]}')
        if p['compensation_paid_vnd'] > p['compensation_planned_vnd']:
            err(f'parcel {p["id"]}: paid > planned')
        if p['clearance'] in ('compensated', 'handed_over') and p['compensation_paid_vnd'] != p['compensation_planned_vnd']:
            err(f'parcel {p["id"]}: compensated but not fully paid')
        if not 0 <= p['households'] <= 6:
            err(f'parcel {p["id"]}: households out of range')
        if p['planned_handover'] < str(as_of) and p['clearance'] != 'handed_over':
            overdue[p['park']] += 1
    print(f'  land use: {dict(lu.most_common())}; parcels not inside their park: {outside}')
    if outside:
        err(f'{outside} parcels outside their park')
    for pk in per:
        print(f'  {pk:24s} {per[pk]:5d} parcels; as of 2026-09-30: {dict(sorted(st[pk].items()))}; overdue {overdue[pk]}')
        print(f'  {"":24s}       as of 2025-09-30: {dict(sorted(status_2025[pk].items()))}')


if __name__ == '__main__':
    main()
