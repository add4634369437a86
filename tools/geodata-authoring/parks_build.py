from common import *
from parks_def import PARKS, COASTAL
import shapely
from shapely import affinity
def scaled(pts, target):
    g = Polygon(pts)
    for _ in range(6):
        a = area_ha(g); f = (target/a)**.5
        g = affinity.scale(g, f, f, origin=g.centroid)
    return g
def build():
    out = {}
    for p in PARKS:
        pts = p['pts'] or COASTAL
        out[p['id']] = scaled(pts, p['target']) if p['pts'] else Polygon(pts)
    return out
if __name__ == '__main__':
    from overlay import fig
    gs = build()
    feats = [dict(geometry=mapping(g), properties=dict(id=k)) for k,g in gs.items()]
    for k,g in gs.items(): print(k, round(area_ha(g),1), ref_where(g), round(area_ha(g.intersection(REFU))/area_ha(g),3))
    fig((106.38,20.58,106.95,21.04),0.02,[(feats,'red',True)],'parks_all.png')
    fig((106.70,20.77,106.91,20.86),0.005,[(feats,'red',True)],'parks_east.png')
