import Foundation
import Geo
import GRDB
import Planner

/// Writing parcels by id inside an import's transaction (``ImportMode/update`` and
/// ``ImportMode/replace``) without losing any ledger entry: a stored parcel the file names
/// gets the file's geometry and attributes, keeps its ledger (the file's clearance columns
/// do not overwrite the record; a difference is reported), and has its unit shares
/// recomputed only when its geometry changed; a new parcel is inserted with its history;
/// with `.replace`, the stored parcels the file no longer has are retired on ``retireOn``.
struct ParcelUpsert {
    private struct Stored {
        var fid: Int64
        var geometry: [UInt8]?
        var clearance: String
        var retired: Bool
    }

    let tx: GeoPackageTransaction
    let mode: ImportMode
    /// The day parcels missing from the file leave the record (`.replace`).
    let retireOn: LocalDate
    /// When entries recorded by this import were recorded.
    let recordedAt: RecordedTime
    /// The file being imported, named in a refusal.
    let file: String?
    private var seen = Set<String>()
    /// Parcels updated in place, added, retired; parcels whose file status differs from the ledger.
    private(set) var tally: ParcelUpsertTally
    var updated: Int { tally.updated }
    var added: Int { tally.added }
    /// The parcels added or given a new geometry: their overlap pairs are found again.
    private(set) var reshaped = Set<String>()

    init(_ tx: GeoPackageTransaction, mode: ImportMode, retireOn: LocalDate, recordedAt: RecordedTime, file: String? = nil) {
        self.file = file
        self.tx = tx
        self.mode = mode
        self.retireOn = retireOn
        self.recordedAt = recordedAt
        tally = ParcelUpsertTally(retireOn: retireOn)
    }

    /// Writes one batch; `apportion` computes the unit shares of the parcels given.
    /// - Throws: ``StoreError`` (`.conflict`) for an id twice in the file.
    mutating func write(_ batch: [Parcel], apportion: ([Parcel]) throws -> [Parcel]) throws {
        let db = tx.db
        let ids = batch.map(\.id)
        let duplicates = ids.filter { !seen.insert($0).inserted }
        if !duplicates.isEmpty {
            throw StoreError(.conflict, path: tx.path, table: "parcels",
                             message: "\(file ?? "the file") gives \(duplicates.count) id(s) twice: \(duplicates.prefix(10).joined(separator: ", ")); nothing was written")
        }
        var stored: [String: Stored] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT parcel_id, fid, geom, clearance, retired_on FROM parcels WHERE parcel_id IN (SELECT value FROM json_each(?))
            """, arguments: [Self.jsonArray(ids)])
        while let r = try rows.next() {
            stored[r[0]] = Stored(fid: r[1], geometry: (r[2] as Data?).map { [UInt8]($0) }, clearance: r[3], retired: !(r[4] as DatabaseValue).isNull)
        }
        var fresh: [Parcel] = [], moved: [Parcel] = []
        for p in batch {
            guard let old = stored[p.id] else { fresh.append(p); continue }
            var record = ParcelRecord(p)
            record.fid = old.fid
            record.clearance = old.clearance
            if p.clearance.current.rawValue != old.clearance { tally.statusKept.append(p.id) }
            var columns: [ParcelRecord.CodingKeys] = [.parkId, .landUse, .households, .compensationPlannedVnd,
                                                      .compensationPaidVnd, .plannedHandover, .attributes]
            if old.retired { columns.append(.retiredOn) }
            let geometryChanged = record.geom.map { [UInt8]($0.blob) } != old.geometry
            if geometryChanged { columns += [.geom, .areaM2] }
            try StoreError.converting(path: tx.path, table: ParcelRecord.databaseTableName) {
                try record.update(db, columns: columns.map(\.rawValue))
            }
            if geometryChanged { moved.append(p) }
            tally.updated += 1
        }
        try PlanningStore.insert(parcels: try apportion(fresh), recordedAt: recordedAt, tx)
        tally.added += fresh.count
        reshaped.formUnion(fresh.map(\.id))
        reshaped.formUnion(moved.map(\.id))
        let reshaped = try apportion(moved.map { var p = $0; p.units = []; return p })
        if !reshaped.isEmpty {
            typealias Share = UnitShareRecord<ParcelShares>
            try StoreError.converting(path: tx.path, table: Share.databaseTableName) {
                _ = try Share.filter(reshaped.map(\.id).contains(Share.Columns.ownerId)).deleteAll(db)
            }
            try tx.insert(reshaped.lazy.flatMap { p in p.units.lazy.map { Share($0, ownerId: p.id) } })
        }
    }

    /// Retires (`.replace`) the stored parcels the file did not name.
    mutating func finish() throws {
        guard mode == .replace else { return }
        let db = tx.db
        let all = try String.fetchAll(db, sql: "SELECT parcel_id FROM parcels WHERE retired_on IS NULL")
        let gone = all.filter { !seen.contains($0) }
        try StoreError.converting(path: tx.path, table: ParcelRecord.databaseTableName) {
            try db.execute(sql: "UPDATE parcels SET retired_on = ? WHERE parcel_id IN (SELECT value FROM json_each(?))",
                           arguments: [retireOn.description, Self.jsonArray(gone)])
        }
        tally.retired = gone.count
    }

    /// The notices the import report carries, for `file`.
    func notices(file: String) -> [ImportIssue] {
        tally.notices(file: file)
    }

    private static func jsonArray(_ ids: [String]) -> String {
        JSONValue.array(ids.map { .string($0) }).jsonText
    }
}
