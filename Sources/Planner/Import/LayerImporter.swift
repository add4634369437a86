import Foundation

/// Reads one kind of layer (parks, parcels, units, zones, infrastructure) from a GeoJSON
/// FeatureCollection into domain values with geometry in EPSG:9210. All or nothing:
/// any rejected feature makes the whole import throw ``ImportFailure`` with every problem.
public protocol LayerImporter {
    /// The domain value each feature becomes.
    associatedtype Value: Sendable

    /// Imports GeoJSON bytes; `file` names the source in every issue.
    /// - Throws: ``ImportFailure`` listing all problems when any feature is rejected.
    func read(_ data: Data, file: String, options: ImportOptions) throws(ImportFailure) -> ImportResult<Value>
}

extension LayerImporter {
    /// Imports a GeoJSON file; issues name it by its last path component.
    /// - Throws: ``ImportFailure`` (also when the file cannot be read).
    public func read(contentsOf url: URL, options: ImportOptions = ImportOptions()) throws(ImportFailure) -> ImportResult<Value> {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ImportFailure(issues: [ImportIssue(file: url.lastPathComponent, kind: .malformedJSON, reason: "cannot read file: \(error.localizedDescription)")])
        }
        return try read(data, file: url.lastPathComponent, options: options)
    }
}
