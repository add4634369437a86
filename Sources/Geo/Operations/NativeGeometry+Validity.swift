import CGEOS

extension NativeGeometry {
    /// Checks validity and, when invalid, says why and where (`GEOSisValidDetail_r`).
    public func validity() throws -> ValidityReport {
        var reason: UnsafeMutablePointer<CChar>?
        var location: OpaquePointer?
        let result = GEOSisValidDetail_r(engine.handle, pointer, 0, &reason, &location)
        defer {
            if let reason { GEOSFree_r(engine.handle, reason) }
            if let location { GEOSGeom_destroy_r(engine.handle, location) }
        }
        guard try engine.checkBool("validity", result) == false else { return ValidityReport(isValid: true) }
        var at: Coordinate?
        if let location, case .point(let p) = try engine.value(of: location) { at = p.coordinate }
        return ValidityReport(isValid: false, reason: reason.map { String(cString: $0) }, location: at)
    }

    /// A valid geometry covering the same area, by GEOS's "structure" make-valid method
    /// (keeps polygons polygonal: a bow-tie becomes two triangles, collapsed parts are dropped).
    public func makeValid() throws -> NativeGeometry {
        let h = engine.handle
        let params = try engine.check("make-valid parameters", GEOSMakeValidParams_create_r(h))
        defer { GEOSMakeValidParams_destroy_r(h, params) }
        try engine.checkStatus("make-valid method", GEOSMakeValidParams_setMethod_r(h, params, GEOS_MAKE_VALID_STRUCTURE))
        try engine.checkStatus("make-valid keepCollapsed", GEOSMakeValidParams_setKeepCollapsed_r(h, params, 0))
        return try engine.wrap("make-valid", GEOSMakeValidWithParams_r(h, pointer, params))
    }
}
