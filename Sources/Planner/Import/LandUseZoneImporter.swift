import Foundation
import Geo

/// Imports land-use zones: `id`, `land_use` (a code such as LUC, RPH, ONT, DTL); polygonal geometry.
public struct LandUseZoneImporter: LayerImporter {
    /// Creates the importer.
    public init() {}

    /// Imports zones; see ``LayerImporter/read(_:file:options:)``.
    public func read(_ data: Data, file: String, options: ImportOptions) throws(ImportFailure) -> ImportResult<LandUseZone> {
        try LayerImport.run(data, file: file, options: options, rule: .polygonal) { feature, properties, issues, _ in
            let use = properties.string("land_use", required: true, &issues)
            guard let id = feature.id, let area = feature.geometry, let use else { return nil }
            return LandUseZone(id: id, landUse: LandUseCode(rawValue: use), area: area, attributes: properties.attributes)
        }
    }
}
