import CGEOS

extension NativeGeometry {
    /// This geometry with vertices dropped while it stays within `tolerance` CRS units of
    /// itself (metres in EPSG:9210), keeping its topology: rings stay simple and holes
    /// inside (GEOS `TopologyPreserveSimplify`, Douglas–Peucker). For drawing at a scale
    /// where `tolerance` is below a pixel; never for measuring.
    public func simplified(tolerance: Double) throws -> NativeGeometry {
        try engine.wrap("simplify", GEOSTopologyPreserveSimplify_r(engine.handle, pointer, tolerance))
    }
}

extension Geometry {
    /// See ``NativeGeometry/simplified(tolerance:)``.
    public func simplified(tolerance: Double) throws -> Geometry {
        try GeometryEngine.current.native(self).simplified(tolerance: tolerance).geometry()
    }
}
