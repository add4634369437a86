import Foundation
import Geo

/// CRS definitions as users paste them: a PROJ string without `+type=crs` (the usual
/// VN-2000 `+proj=tmerc … +towgs84=…` line) is taken as the CRS it describes.
enum PastedCRS {
    /// `crs` with `+type=crs` added to a bare PROJ string; anything else unchanged.
    static func normalised(_ crs: CRS) -> CRS {
        let text = crs.definition.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("+proj="), !text.contains("+type=crs") else { return CRS(text) }
        return CRS(text + " +type=crs")
    }
}
