import Geo
print("parkplan: GEOS \(GeometryEngine.geosVersion)")
