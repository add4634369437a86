import CPROJ

/// A PROJ transformation between two CRSs, with its own PROJ context. Not `Sendable`:
/// PROJ objects must not be shared between threads; use one per thread (see
/// ``Geometry/transformed(from:to:)``, which keeps one per thread per CRS pair).
///
/// The transformation is chosen once: the most accurate operation PROJ lists for the
/// pair whose grids are available (for EPSG:4326 → EPSG:9210 that is the EPSG:6960
/// seven-parameter VN-2000 shift followed by the TM-3 105-45 projection), normalised to
/// lon/lat (x/y) order. Every point gets that same operation, including points offshore,
/// outside the operation's declared area of use, so no point silently falls back to a
/// ballpark transformation without the datum shift (~224 m off in Hai Phong).
public final class CoordinateTransformer {
    /// The source CRS.
    public let source: CRS
    /// The target CRS.
    public let target: CRS
    /// PROJ's name of the chosen operation.
    public let operationName: String
    private let context: OpaquePointer
    private let operation: OpaquePointer

    /// Creates the transformation.
    /// - Throws: ``GeoError`` (`.proj`) when a CRS is unknown or no operation exists.
    public init(from source: CRS, to target: CRS) throws {
        self.source = source
        self.target = target
        guard let context = proj_context_create() else {
            throw GeoError(.proj, operation: "context", message: "proj_context_create failed")
        }
        proj_log_level(context, PJ_LOG_NONE)
        _ = proj_context_set_enable_network(context, 0)
        let label = "transform \(source) → \(target)"
        do {
            let op = try Self.bestOperation(context, source, target, label)
            defer { proj_destroy(op) }
            guard let normalized = proj_normalize_for_visualization(context, op) else {
                throw Self.error(context, label, "cannot normalise axis order")
            }
            self.operation = normalized
            self.operationName = proj_get_name(normalized).map { String(cString: $0) } ?? "unnamed"
            self.context = context
        } catch {
            proj_context_destroy(context)
            throw error
        }
    }

    deinit {
        proj_destroy(operation)
        proj_context_destroy(context)
    }

    private static func error(_ context: OpaquePointer, _ label: String, _ fallback: String) -> GeoError {
        let code = proj_context_errno(context)
        let text = code != 0 ? proj_context_errno_string(context, code).map { String(cString: $0) } : nil
        return GeoError(.proj, operation: label, message: text.map { "\(fallback): \($0)" } ?? fallback)
    }

    private static func makeCRS(_ context: OpaquePointer, _ crs: CRS, _ label: String) throws -> OpaquePointer {
        guard let pj = proj_create(context, crs.definition) else {
            throw error(context, label, "unknown CRS '\(crs.definition)'")
        }
        return pj
    }

    private static func bestOperation(_ context: OpaquePointer, _ source: CRS, _ target: CRS, _ label: String) throws -> OpaquePointer {
        let src = try makeCRS(context, source, label)
        defer { proj_destroy(src) }
        let dst = try makeCRS(context, target, label)
        defer { proj_destroy(dst) }
        guard let factory = proj_create_operation_factory_context(context, nil) else {
            throw error(context, label, "cannot create an operation factory")
        }
        defer { proj_operation_factory_context_destroy(factory) }
        proj_operation_factory_context_set_spatial_criterion(context, factory, PROJ_SPATIAL_CRITERION_PARTIAL_INTERSECTION)
        proj_operation_factory_context_set_grid_availability_use(
            context, factory, PROJ_GRID_AVAILABILITY_DISCARD_OPERATION_IF_MISSING_GRID)
        guard let list = proj_create_operations(context, src, dst, factory) else {
            throw error(context, label, "PROJ lists no operation")
        }
        defer { proj_list_destroy(list) }
        // PROJ sorts the list best first (accuracy, then area of use).
        for i in 0..<proj_list_get_count(list) {
            guard let op = proj_list_get(context, list, i) else { continue }
            if proj_coordoperation_is_instantiable(context, op) == 1 { return op }
            proj_destroy(op)
        }
        throw error(context, label, "no usable operation between these CRSs")
    }

    /// Transforms one coordinate (x = lon/easting, y = lat/northing).
    public func transform(_ c: Coordinate) throws -> Coordinate {
        var out = [c]
        try transform(&out)
        return out[0]
    }

    /// Transforms coordinates in place in one PROJ call.
    /// - Throws: ``GeoError`` naming the first coordinate PROJ could not transform.
    public func transform(_ coordinates: inout [Coordinate]) throws {
        guard !coordinates.isEmpty else { return }
        let n = coordinates.count
        let stride = MemoryLayout<Coordinate>.stride
        proj_errno_reset(operation)
        coordinates.withUnsafeMutableBufferPointer { buffer in
            let base = UnsafeMutableRawPointer(buffer.baseAddress!)
            let xs = base.assumingMemoryBound(to: Double.self)
            let ys = (base + MemoryLayout<Double>.stride).assumingMemoryBound(to: Double.self)
            _ = proj_trans_generic(operation, PJ_FWD, xs, stride, n, ys, stride, n, nil, 0, 0, nil, 0, 0)
        }
        if let bad = coordinates.firstIndex(where: { !$0.isFinite }) {
            throw GeoError(.proj, operation: "transform \(source) → \(target)",
                           message: "coordinate \(bad) cannot be transformed (outside the CRS's domain?)")
        }
    }

    /// Transforms every coordinate of a geometry.
    public func transform(_ geometry: Geometry) throws -> Geometry {
        var flat = geometry.coordinates
        try transform(&flat)
        var i = 0
        return geometry.mapCoordinates { _ in
            defer { i += 1 }
            return flat[i]
        }
    }
}
