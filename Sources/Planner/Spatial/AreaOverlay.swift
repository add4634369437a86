import Geo

/// Overlays one polygon at a time on a fixed layer of polygons and says how much of it
/// lies in each: an STRtree over the layer's envelopes finds candidates, a prepared
/// geometry per layer polygon answers "covers it wholly?" fast, and only the polygons on
/// its edge need an intersection. Areas are planar, m² in EPSG:9210.
///
/// Holds GEOS prepared geometries of the calling thread's engine: use one overlay on one
/// thread only (it is deliberately not `Sendable`).
final class AreaOverlay {
    private let layer: [Geometry]
    private var index: SpatialIndex?
    private var prepared: [Int: PreparedGeometry] = [:]

    init(_ layer: [Geometry]) { self.layer = layer }

    /// The area of `geometry` inside each layer polygon it meets (m²), by layer position,
    /// positions ascending; polygons met only along an edge are left out.
    func areas(of geometry: Geometry) throws -> [(index: Int, areaM2: Double)] {
        guard let envelope = geometry.envelope else { return [] }
        if index == nil { index = try SpatialIndex(geometries: layer) }
        let engine = GeometryEngine.current
        let native = try engine.native(geometry)
        let whole = try native.area()
        var out: [(Int, Double)] = []
        for i in try index!.query(envelope) {
            let p = try preparedPolygon(i, engine)
            guard try p.intersects(native) else { continue }
            let area = try p.covers(native) ? whole : try native.intersection(p.base).area()
            if area > 0 { out.append((i, area)) }
        }
        return out
    }

    private func preparedPolygon(_ i: Int, _ engine: GeometryEngine) throws -> PreparedGeometry {
        if let p = prepared[i] { return p }
        let p = try engine.prepare(layer[i])
        prepared[i] = p
        return p
    }
}
