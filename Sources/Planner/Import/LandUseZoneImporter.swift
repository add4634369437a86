import Foundation
import Geo

/// Imports land-use zones: `id`, `land_use` (a code such as LUC, RPH, ONT, DTL); polygonal geometry.
public struct LandUseZoneImporter: LayerImporter {
    /// Creates the importer.
    public init() {}

    /// Streams zones; see ``LayerImporter/stream(_:file:options:batchSize:deliver:)``.
    public func stream(_ input: GeoJSONInput, file: String, options: ImportOptions, batchSize: Int,
                       deliver: ([LandUseZone]) throws -> Void) throws -> ImportTally {
        try LayerImport.stream(input, file: file, options: options, rule: .polygonal, batchSize: batchSize, makeValue: { { feature, properties, issues, _ in
            let use = properties.string("land_use", required: true, &issues)
            guard let id = feature.id, let area = feature.geometry, let use else { return nil }
            return LandUseZone(id: id, landUse: LandUseCode(rawValue: use), area: area, attributes: properties.attributes)
        } }, deliver: deliver)
    }
}
