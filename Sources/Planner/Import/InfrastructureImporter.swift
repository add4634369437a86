import Foundation
import Geo

/// Imports power, water and telecom works: `id`, `utility` (power, water, telecom),
/// `status` (planned, under_construction, operational), optional `operational_from`
/// (ISO date), `service_radius_m` (metres; required for lines and points), optional
/// `park` and `task`. Geometry: a service-area polygon, a line or a point.
public struct InfrastructureImporter: LayerImporter {
    /// Creates the importer.
    public init() {}

    /// Streams works; see ``LayerImporter/stream(_:file:options:batchSize:deliver:)``.
    public func stream(_ input: GeoJSONInput, file: String, options: ImportOptions, batchSize: Int,
                       deliver: ([InfrastructureWork]) throws -> Void) throws -> ImportTally {
        try LayerImport.stream(input, file: file, options: options, rule: .footprint, batchSize: batchSize, makeValue: { { feature, properties, issues, _ in
            let utility: Utility? = properties.choice("utility", required: true, &issues)
            let status: WorkStatus? = properties.choice("status", required: true, &issues)
            let from = properties.date("operational_from", &issues)
            let needsRadius = feature.geometry.map { !$0.isPolygonal } ?? false
            let radius = properties.number("service_radius_m", required: needsRadius, minimum: 0, &issues)
            if needsRadius, radius == 0 { issues.add(.badValue, "property \"service_radius_m\" must be more than 0 for a line or point") }
            let park = properties.string("park", &issues)
            let task = properties.string("task", &issues)
            guard let id = feature.id, let footprint = feature.geometry, let utility, let status else { return nil }
            return InfrastructureWork(id: id, utility: utility, status: status, operationalFrom: from, footprint: footprint,
                                      serviceRadiusM: radius, parkId: park, taskNumber: task, attributes: properties.attributes)
        } }, deliver: deliver)
    }
}
