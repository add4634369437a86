import Foundation
import Geo

/// Imports an administrative layer (districts before 1 July 2025, communes and wards
/// after, or any other level): `name`, the id in ``ImportOptions/idField`` (e.g.
/// `gso_code`), and the level from ``ImportOptions/level`` or a `level` property.
public struct AdministrativeUnitImporter: LayerImporter {
    /// Creates the importer.
    public init() {}

    /// Streams units; see ``LayerImporter/stream(_:file:options:batchSize:deliver:)``.
    public func stream(_ input: GeoJSONInput, file: String, options: ImportOptions, batchSize: Int,
                       deliver: ([AdministrativeUnit]) throws -> Void) throws -> ImportTally {
        try LayerImport.stream(input, file: file, options: options, rule: .polygonal, batchSize: batchSize, makeValue: { { feature, properties, issues, _ in
            let name = properties.string("name", required: true, &issues)
            let ownLevel = properties.string("level", &issues).map { UnitLevel(rawValue: $0) }
            let level = options.level ?? ownLevel
            if level == nil { issues.add(.missingProperty, "missing required property \"level\" (or give the layer's level)") }
            guard let id = feature.id, let boundary = feature.geometry, let name, let level else { return nil }
            return AdministrativeUnit(id: id, name: name, level: level, boundary: boundary, attributes: properties.attributes)
        } }, deliver: deliver)
    }
}
