import Foundation
import Geo

/// The import loop every layer importer runs: read the file, run ``FeatureChecks`` on
/// each feature, let the layer read its own properties, refuse duplicate ids, and either
/// return everything or throw an ``ImportFailure`` listing every problem.
enum LayerImport {
    /// What a layer does with one checked feature: read its properties (reporting
    /// problems) and build its value, or return `nil` when anything was wrong.
    typealias MakeValue<V> = (CheckedFeature, inout PropertyReader, inout FeatureIssues, inout [ImportIssue]) -> V?

    static func run<V: Sendable>(_ data: Data, file: String, options: ImportOptions, rule: LayerGeometry,
                                 makeValue: MakeValue<V>) throws(ImportFailure) -> ImportResult<V> {
        let document = try FeatureCollectionReader.read(data, file: file)
        let crs = options.sourceCRS ?? document.declaredCRS ?? .wgs84
        let checks = FeatureChecks(file: file, sourceCRS: crs, options: options, rule: rule)
        var values: [V] = [], repairs: [GeometryRepair] = [], issues: [ImportIssue] = [], notices: [ImportIssue] = []
        var firstIndex: [String: Int] = [:]
        for feature in document.features {
            var featureIssues = FeatureIssues(file: file, index: feature.index)
            var properties = PropertyReader(feature.properties)
            let checked = checks.check(feature, &properties, &featureIssues)
            if let id = checked.id {
                if let first = firstIndex[id] {
                    featureIssues.add(.duplicateId, "duplicate id \"\(id)\" (features \(first) and \(feature.index))")
                } else {
                    firstIndex[id] = feature.index
                }
            }
            let value = makeValue(checked, &properties, &featureIssues, &notices)
            issues += featureIssues.issues
            if featureIssues.issues.isEmpty, let value {
                values.append(value)
                if let r = checked.repair { repairs.append(r) }
            }
        }
        guard issues.isEmpty else { throw ImportFailure(issues: issues) }
        return ImportResult(values: values, repairs: repairs, notices: notices)
    }
}
