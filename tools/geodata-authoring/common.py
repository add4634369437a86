import json, unicodedata
import pyproj, shapely
from shapely.geometry import shape, Polygon, MultiPolygon, mapping
from shapely.ops import transform as _tf
_tr = pyproj.Transformer.from_crs(4326, 9210, always_xy=True)
def to9210(g):
    return shapely.transform(g, lambda c: __import__('numpy').column_stack(_tr.transform(c[:,0], c[:,1])))
def area_ha(g): return to9210(g).area/1e4
REF = json.load(open('/work/shared/data/haiphong_districts.geojson'))
REFG = {f['properties']['name_ascii']: shape(f['geometry']) for f in REF['features']}
REFU = shapely.union_all(list(REFG.values()))
def ref_where(g):
    """fraction of g (by area in 9210) in each ref district, and on land"""
    out = {}
    a = area_ha(g)
    for n, d in REFG.items():
        i = g.intersection(d)
        if not i.is_empty:
            x = area_ha(i)
            if x > 0.01: out[n] = round(x/a, 3)
    return out
