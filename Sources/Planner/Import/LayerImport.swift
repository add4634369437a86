import Foundation
import Geo

/// The import loop every layer importer runs: frame the file's features
/// (``GeoJSONFramer``), parse and check each batch in parallel (``FeatureChecks``, then
/// the layer's own properties) on a reading thread (``BatchPipeline``), refuse duplicate
/// ids, and hand on each batch's values on the caller's thread while nothing was rejected; at the end, throw an ``ImportFailure`` listing every
/// problem if there was any.
enum LayerImport {
    /// What a layer does with one checked feature: read its properties (reporting
    /// problems) and build its value, or return `nil` when anything was wrong.
    typealias MakeValue<V> = (CheckedFeature, inout PropertyReader, inout FeatureIssues, inout [ImportIssue]) -> V?

    /// Features parsed and checked together.
    static let batchSize = 16_384
    /// A batch also ends when its features' bytes pass this size.
    static let batchBytes = 48 << 20

    /// Streams `input`; see ``LayerImporter/stream(_:file:options:batchSize:deliver:)``.
    /// `makeValue` is called once per parallel chunk, so a layer may build per-thread
    /// helpers (prepared geometries) there.
    static func stream<V: Sendable>(_ input: GeoJSONInput, file: String, options: ImportOptions, rule: LayerGeometry,
                                    batchSize: Int, makeValue: @escaping @Sendable () -> MakeValue<V>,
                                    deliver: ([V]) throws -> Void) throws -> ImportTally {
        let (input, options, readerNotices) = try VectorSource.resolve(input, file: file, options: options)
        let problems = FileProblems(input: input, file: file)
        let sequenceByName = GeoJSONFramer.sequenceExtensions.contains((file as NSString).pathExtension.lowercased())
        let framer: GeoJSONFramer
        do {
            framer = GeoJSONFramer(try input.window(), sequenceByName: sequenceByName)
            try framer.open()
        } catch {
            throw problems.failure(error, featureIndex: nil)
        }
        var declared: CRS?
        var crsChecked = false
        switch framer.layout {
        case .other:
            throw problems.notFeatureCollection(framer.members["type"])
        case .sequence:
            break
        case .featureCollection:
            if let type = framer.members["type"], type != .string("FeatureCollection") { throw problems.notFeatureCollection(type) }
            guard framer.hasFeaturesArray else {
                if framer.members["type"] == nil { throw problems.notFeatureCollection(nil) }
                throw problems.fail(.notFeatureCollection, "FeatureCollection has no \"features\" array")
            }
            var crsMember = framer.members["crs"]
            if crsMember == nil && options.sourceCRS == nil {
                crsMember = try trailingMembers(input, sequenceByName: sequenceByName, problems)["crs"]
            }
            if let crsMember {
                declared = try problems.declaredCRS(crsMember)
                crsChecked = true
            }
        }
        let sourceCRS = options.sourceCRS ?? declared ?? .wgs84
        if let problem = sourceCRS.unusableReason { throw problems.fail(.unknownCRS, "CRS \(sourceCRS): \(problem)") }
        let checks = FeatureChecks(file: file, sourceCRS: sourceCRS, options: options, rule: rule)
        var tally = ImportTally()
        tally.notices += readerNotices
        var issues: [ImportIssue] = []
        var firstIndex: [String: Int] = [:]
        let pipeline = BatchPipeline<ReadBatch<V>> { emit in
            var batch: FeatureBatch? = FeatureBatch()
            while true {
                batch!.removeAll()
                var more = true
                do {
                    while batch!.count < batchSize && batch!.bytes.count < batchBytes {
                        guard try framer.nextFeature(into: &batch) else { more = false; break }
                    }
                } catch {
                    let inFeatures = framer.layout == .featureCollection || framer.layout == .sequence
                    _ = emit(.failure(problems.failure(error, featureIndex: inFeatures ? framer.nextIndex : nil)))
                    return
                }
                if batch!.count > 0 {
                    let outcomes: [FeatureOutcome<V>]
                    do {
                        outcomes = try check(batch!, file: file, checks: checks, makeValue: makeValue)
                    } catch {
                        // A batch that could not be checked fails the import; it is never read as empty.
                        _ = emit(.failure(problems.failure(error, featureIndex: nil)))
                        return
                    }
                    guard emit(.outcomes(outcomes)) else { return }
                }
                if !more {
                    _ = emit(.end)
                    return
                }
            }
        }
        defer { pipeline.stop() }
        var zoneChecked = options.knownPlaces.isEmpty || DeclaredCRS.isGeographic(sourceCRS)
        reading: while true {
            let outcomes: [FeatureOutcome<V>]
            switch pipeline.take() {
            case .outcomes(let o): outcomes = o
            case .failure(let failure): throw ImportFailure(issues: issues + failure.issues)
            case .end: break reading
            }
            if !zoneChecked {
                // On the first batch, before anything is handed on to be written.
                zoneChecked = true
                if let reason = VN2000Zones.misplaced(outcomes.compactMap(\.centre), read: sourceCRS, places: options.knownPlaces) {
                    throw ImportFailure(issues: [ImportIssue(file: file, kind: .wrongZone, reason: reason)])
                }
            }
            var values: [V] = []
            values.reserveCapacity(outcomes.count)
            for var outcome in outcomes {
                if let unreadable = outcome.unreadable {
                    throw ImportFailure(issues: issues + problems.failure(unreadable, featureIndex: outcome.index).issues)
                }
                if let id = outcome.id {
                    if let first = firstIndex[id] {
                        outcome.issues.insert(ImportIssue(file: file, featureIndex: outcome.index, featureId: id, kind: .duplicateId,
                                                          reason: "duplicate id \"\(id)\" (features \(first) and \(outcome.index))"),
                                              at: outcome.sharedCheckCount)
                    } else {
                        firstIndex[id] = outcome.index
                    }
                }
                tally.notices += outcome.notices
                issues += outcome.issues
                if outcome.issues.isEmpty, let value = outcome.value {
                    values.append(value)
                    if let r = outcome.repair { tally.repairs.append(r) }
                }
            }
            if issues.isEmpty {
                tally.count += values.count
                try deliver(values)
            }
        }
        if framer.layout == .featureCollection {
            if framer.members["type"] != .string("FeatureCollection") { throw problems.notFeatureCollection(framer.members["type"]) }
            if !crsChecked, let crsMember = framer.members["crs"] { _ = try problems.declaredCRS(crsMember) }
        }
        guard issues.isEmpty else {
            var failure = ImportFailure(issues: issues)
            failure.fieldHints = options.fieldHints
            throw failure
        }
        return tally
    }

    /// Parses and checks a batch on all cores; outcomes in file order.
    /// - Throws: whatever a chunk's work threw (the batch is then not read at all).
    private static func check<V: Sendable>(_ batch: FeatureBatch, file: String, checks: FeatureChecks,
                                           makeValue: @escaping @Sendable () -> MakeValue<V>) throws -> [FeatureOutcome<V>] {
        let chunks = try ParallelChunks.map(count: batch.count) { (range: Range<Int>) -> [FeatureOutcome<V>] in
            let make = makeValue()
            var out: [FeatureOutcome<V>] = []
            out.reserveCapacity(range.count)
            batch.bytes.withUnsafeBufferPointer { all in
                for k in range {
                    let entry = batch.entries[k]
                    let parsed = Result { () throws(JSONSyntaxError) -> SourceFeature in
                        try FeatureDecoder.feature(index: entry.index, UnsafeBufferPointer(rebasing: all[entry.range]),
                                                   fileOffset: entry.fileOffset)
                    }
                    guard case .success(let source) = parsed else {
                        if case .failure(let error) = parsed { out.append(FeatureOutcome(index: entry.index, unreadable: error)) }
                        return
                    }
                    var issues = FeatureIssues(file: file, index: entry.index)
                    var properties = PropertyReader(source.properties)
                    let checked = checks.check(source, &properties, &issues)
                    let shared = issues.issues.count
                    var notices: [ImportIssue] = []
                    let value = make(checked, &properties, &issues, &notices)
                    let centre = checked.geometry?.envelope.map { Coordinate(x: ($0.minX + $0.maxX) / 2, y: ($0.minY + $0.maxY) / 2) }
                    out.append(FeatureOutcome(index: entry.index, value: value, id: checked.id, issues: issues.issues,
                                              sharedCheckCount: shared, repair: checked.repair, centre: centre, notices: notices))
                }
            }
            return out
        }
        return chunks.flatMap { $0 }
    }

    /// The top-level members of a FeatureCollection, those after `features` included
    /// (one quick pass over the file that frames but does not parse the features).
    private static func trailingMembers(_ input: GeoJSONInput, sequenceByName: Bool,
                                        _ problems: FileProblems) throws -> JSONObject {
        let framer: GeoJSONFramer
        do {
            framer = GeoJSONFramer(try input.window(), sequenceByName: sequenceByName)
            try framer.open()
            var none: FeatureBatch?
            while try framer.nextFeature(into: &none) {}
        } catch {
            throw problems.failure(error, featureIndex: nil)
        }
        return framer.members
    }
}
