import Foundation

/// Reads one kind of layer (parks, parcels, units, zones, infrastructure) from GeoJSON
/// (a FeatureCollection or GeoJSONSeq) into domain values with geometry in EPSG:9210.
/// All or nothing: any rejected feature makes the whole import throw ``ImportFailure``
/// with every problem.
public protocol LayerImporter {
    /// The domain value each feature becomes.
    associatedtype Value: Sendable

    /// Reads `input` in batches of about `batchSize` features, handing each batch's values
    /// to `deliver` in file order while no feature has been rejected; once one is, reading
    /// goes on only to list every problem. Memory stays bounded by the batch size.
    /// - Throws: ``ImportFailure`` listing all problems when any feature is rejected or the
    ///   file is unreadable (after some batches may have been delivered: callers that store
    ///   them must do so in a transaction they roll back); whatever `deliver` throws.
    func stream(_ input: GeoJSONInput, file: String, options: ImportOptions, batchSize: Int,
                deliver: ([Value]) throws -> Void) throws -> ImportTally
}

extension LayerImporter {
    /// Imports GeoJSON bytes; `file` names the source in every issue.
    /// - Throws: ``ImportFailure`` listing all problems when any feature is rejected.
    public func read(_ data: Data, file: String, options: ImportOptions) throws(ImportFailure) -> ImportResult<Value> {
        try collect(.bytes(data), file: file, options: options)
    }

    /// Imports a GeoJSON file; issues name it by its last path component.
    /// - Throws: ``ImportFailure`` (also when the file cannot be read).
    public func read(contentsOf url: URL, options: ImportOptions = ImportOptions()) throws(ImportFailure) -> ImportResult<Value> {
        try collect(.file(url), file: url.lastPathComponent, options: options)
    }

    private func collect(_ input: GeoJSONInput, file: String, options: ImportOptions) throws(ImportFailure) -> ImportResult<Value> {
        var values: [Value] = []
        do {
            let tally = try stream(input, file: file, options: options, batchSize: LayerImport.batchSize) { values += $0 }
            return ImportResult(values: values, repairs: tally.repairs, notices: tally.notices)
        } catch let failure as ImportFailure {
            throw failure
        } catch {
            throw ImportFailure(issues: [ImportIssue(file: file, kind: .malformedJSON, reason: "cannot read file: \(ReadErrorText.reason(error))")])
        }
    }
}
