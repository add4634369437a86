from common import *
import districts_build
from communes_def import COVERED, DIVIDERS, COMMUNES
from shapely.geometry import LineString
def build():
    d = districts_build.build()
    lines = [list(d[c].exterior.coords) for c in COVERED] + DIVIDERS
    return districts_build.faces(lines, {c[0]: c[4] for c in COMMUNES})
if __name__ == '__main__':
    cs = build()
    for k,g in cs.items(): print(k, round(area_ha(g)), len(g.exterior.coords)-1, g.is_valid)
    from overlay import fig
    import parks_build
    pf=[dict(geometry=mapping(g),properties=dict(id=k)) for k,g in parks_build.build().items()]
    feats=[dict(geometry=mapping(g),properties=dict(id=k)) for k,g in cs.items()]
    fig((106.38,20.58,107.13,21.04),0.02,[(feats,'blue',False),(pf,'red',True)],'comm_all.png')
