import CPROJ

extension CRS {
    /// Why coordinates in this CRS cannot be placed on a plan, or `nil` when they can: the
    /// CRS must be known to PROJ and be geographic (lon/lat degrees) or projected (metres).
    /// A geocentric CRS (EPSG:4978, x/y/z from the Earth's centre), a vertical or an
    /// engineering CRS is refused.
    public var unusableReason: String? {
        if definition.hasPrefix("+") { return nil }  // a PROJ string: checked when transforming
        guard let context = proj_context_create() else { return "PROJ could not start" }
        defer { proj_context_destroy(context) }
        proj_log_level(context, PJ_LOG_NONE)
        _ = proj_context_set_enable_network(context, 0)
        guard let pj = proj_create(context, definition) else { return "unknown to PROJ" }
        defer { proj_destroy(pj) }
        switch proj_get_type(pj) {
        case PJ_TYPE_GEOGRAPHIC_2D_CRS, PJ_TYPE_GEOGRAPHIC_3D_CRS, PJ_TYPE_PROJECTED_CRS: return nil
        case PJ_TYPE_GEOCENTRIC_CRS: return "a geocentric CRS (x, y, z from the Earth's centre), not lon/lat or eastings/northings"
        case PJ_TYPE_COMPOUND_CRS:
            guard let horizontal = proj_crs_get_sub_crs(context, pj, 0) else { return "a compound CRS without a horizontal part" }
            defer { proj_destroy(horizontal) }
            let t = proj_get_type(horizontal)
            return t == PJ_TYPE_GEOGRAPHIC_2D_CRS || t == PJ_TYPE_PROJECTED_CRS ? nil : "a compound CRS whose horizontal part is not geographic or projected"
        default: return "not a geographic or projected CRS"
        }
    }
}
