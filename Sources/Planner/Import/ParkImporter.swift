import Foundation
import Geo

/// Imports parks: properties `id`, `name`, `kind` (industrial_park, economic_zone,
/// non_tariff_zone, industrial_cluster), optional `approved_area_ha` and `alt_names`
/// (an array of other names); polygonal geometry. With units given, each park's
/// ``IndustrialPark/units`` is computed (area share in each unit).
public struct ParkImporter: LayerImporter {
    /// The administrative layer parks are apportioned over (EPSG:9210); empty: none.
    public var units: [AdministrativeUnit]

    /// Creates the importer.
    public init(units: [AdministrativeUnit] = []) { self.units = units }

    /// Streams parks; see ``LayerImporter/stream(_:file:options:batchSize:deliver:)``.
    public func stream(_ input: GeoJSONInput, file: String, options: ImportOptions, batchSize: Int,
                       deliver: ([IndustrialPark]) throws -> Void) throws -> ImportTally {
        let units = units
        return try LayerImport.stream(input, file: file, options: options, rule: .polygonal, batchSize: batchSize, makeValue: {
            let apportionment = UnitApportionment(units: units)
            return { feature, properties, issues, _ in
                let name = properties.string("name", required: true, &issues)
                let kind: ParkKind? = properties.choice("kind", required: true, &issues)
                let area = properties.number("approved_area_ha", minimum: 0, &issues)
                var alternates: [String] = []
                if case .array(let names)? = properties.raw("alt_names", &issues) { alternates = names.compactMap(\.stringValue) }
                guard let id = feature.id, let boundary = feature.geometry, let name, let kind else { return nil }
                var shares: [UnitShare] = []
                if !units.isEmpty {
                    do { shares = try apportionment.shares(of: boundary) } catch {
                        issues.add(.invalidGeometry, "cannot apportion over units: \(error)")
                        return nil
                    }
                }
                return IndustrialPark(id: id, name: name, alternateNames: alternates, kind: kind, approvedAreaHa: area,
                                      boundary: boundary, units: shares, attributes: properties.attributes)
            }
        }, deliver: deliver)
    }
}
