from common import *
from districts_def import ARCS, DISTRICTS
from shapely.geometry import LineString, Point
from shapely.ops import polygonize, unary_union
def faces(lines, seeds):
    u = unary_union([LineString(a) for a in lines])
    fs = list(polygonize(u))
    res = {}
    for f in fs:
        hits = [k for k,p in seeds.items() if f.contains(Point(p))]
        if len(hits) != 1: raise SystemExit(f'face with seeds {hits}: area {area_ha(f):.0f} ha at {f.representative_point()}')
        if hits[0] in res: raise SystemExit(f'seed {hits[0]} in two faces')
        res[hits[0]] = f
    missing = set(seeds) - set(res)
    if missing: raise SystemExit(f'missing {missing}')
    return res
def build():
    return faces(ARCS, {c: p for c,n,p in DISTRICTS})
if __name__ == '__main__':
    d = build()
    names = {c:n for c,n,p in DISTRICTS}
    for c,g in d.items(): print(c, names[c], round(area_ha(g)), len(g.exterior.coords)-1, g.is_valid)
    from overlay import fig
    feats=[dict(geometry=mapping(g),properties=dict(id=names[c])) for c,g in d.items()]
    import parks_build
    pf=[dict(geometry=mapping(g),properties=dict(id=k)) for k,g in parks_build.build().items()]
    fig((106.38,20.58,107.13,21.04),0.02,[(feats,'blue',False),(pf,'red',True)],'dist_all.png')
    fig((106.58,20.74,106.85,20.90),0.01,[(feats,'blue',False),(pf,'red',True)],'dist_center.png')
