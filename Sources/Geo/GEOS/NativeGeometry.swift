import CGEOS

/// A GEOS geometry owned by one ``GeometryEngine`` (and so by one thread). Made once
/// from a ``Geometry`` value and reused for many operations, which is how bulk work
/// avoids converting the same polygon again and again. Not `Sendable`.
public final class NativeGeometry {
    /// The engine whose context made this geometry; kept alive as long as the geometry.
    public let engine: GeometryEngine
    let pointer: OpaquePointer

    init(engine: GeometryEngine, taking pointer: OpaquePointer) {
        self.engine = engine
        self.pointer = pointer
    }

    deinit {
        GEOSGeom_destroy_r(engine.handle, pointer)
    }

    /// Converts back to a `Sendable` value.
    public func geometry() throws -> Geometry {
        try engine.value(of: pointer)
    }

    /// True when GEOS sees no points.
    public func isEmpty() throws -> Bool {
        try engine.checkBool("isEmpty", GEOSisEmpty_r(engine.handle, pointer))
    }

    /// The bounding box, or `nil` when empty.
    public func envelope() throws -> Envelope? {
        if try isEmpty() { return nil }
        var minX = 0.0, minY = 0.0, maxX = 0.0, maxY = 0.0
        try engine.checkStatus("envelope", GEOSGeom_getExtent_r(engine.handle, pointer, &minX, &minY, &maxX, &maxY))
        return Envelope(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
    }
}

extension GeometryEngine {
    /// Converts a value to a GEOS geometry owned by this engine.
    /// - Throws: ``GeoError`` when GEOS refuses it (ring not closed, too few points).
    public func native(_ geometry: Geometry) throws -> NativeGeometry {
        NativeGeometry(engine: self, taking: try makeGEOS(geometry))
    }

    /// Wraps a freshly created GEOS result, turning NULL into the reported error.
    func wrap(_ operation: String, _ result: OpaquePointer?) throws -> NativeGeometry {
        NativeGeometry(engine: self, taking: try check(operation, result))
    }
}
