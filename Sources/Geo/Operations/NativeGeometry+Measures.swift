import CGEOS

extension NativeGeometry {
    /// Planar area in square CRS units (m² in EPSG:9210), as GEOS computes it.
    public func area() throws -> Double {
        var value = 0.0
        try engine.checkStatus("area", GEOSArea_r(engine.handle, pointer, &value))
        return value
    }

    /// Planar length or perimeter in CRS units (metres in EPSG:9210).
    public func length() throws -> Double {
        var value = 0.0
        try engine.checkStatus("length", GEOSLength_r(engine.handle, pointer, &value))
        return value
    }

    /// The shortest distance to `other` in CRS units (metres in EPSG:9210).
    public func distance(to other: NativeGeometry) throws -> Double {
        var value = 0.0
        try engine.checkStatus("distance", GEOSDistance_r(engine.handle, pointer, other.pointer, &value))
        return value
    }
}
