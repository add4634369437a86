import Geo
import NIOCore
import Planner
import PostgresNIO

/// Writing parcels by id inside an import's transaction (``ImportMode/update`` and
/// ``ImportMode/replace``) without losing any ledger entry, as the GeoPackage store's
/// `ParcelUpsert` does: a stored parcel the file names gets the file's geometry and
/// attributes and keeps its ledger (a file status that differs from the ledger is reported,
/// ``ParcelUpsertTally``); its unit shares are recomputed only when its geometry changed; a
/// new parcel is inserted with its history; with `.replace`, the stored parcels the file no
/// longer has are retired on `retireOn`. The ledger is append-only here too: nothing in
/// `clearance_events` is updated or deleted.
struct PostGISParcelUpsert {
    let store: PostGISStore
    let db: PostGISSession
    let mode: ImportMode
    let retireOn: LocalDate
    /// When entries recorded by this import were recorded.
    let recordedAt: RecordedTime
    /// The file being imported, named in a refusal.
    let file: String
    private var seen = Set<String>()
    private(set) var tally: ParcelUpsertTally

    init(store: PostGISStore, db: PostGISSession, mode: ImportMode, retireOn: LocalDate, recordedAt: RecordedTime, file: String) {
        self.store = store
        self.db = db
        self.mode = mode
        self.retireOn = retireOn
        self.recordedAt = recordedAt
        self.file = file
        tally = ParcelUpsertTally(retireOn: retireOn)
    }

    /// The columns of `parcels` an update always writes (``StoredRows/parcelColumns``' names).
    private static let updated = ["park_id", "land_use", "households", "compensation_planned_vnd", "compensation_paid_vnd",
                                  "planned_handover", "attributes"]

    /// Where ``StoredRows/parcel(_:)`` puts the boundary's WKB.
    private static let geometryColumn = StoredRows.parcelColumns.firstIndex { $0.name == "geom" }!

    /// Writes one batch; `apportion` computes the unit shares of the parcels given.
    /// - Throws: ``PostGISError`` for an id twice in the file; the server's errors.
    mutating func write(_ batch: [Parcel], apportion: ParcelApportioning) throws {
        let ids = batch.map(\.id)
        let duplicates = ids.filter { !seen.insert($0).inserted }
        if !duplicates.isEmpty {
            throw PostGISError("\(store.location): parcels: \(file) gives \(duplicates.count) id(s) twice: "
                               + "\(duplicates.prefix(10).joined(separator: ", ")); nothing was written")
        }
        var binds = PostgresBindings()
        binds.append(ids)
        var stored: [String: (geometry: [UInt8]?, retired: Bool)] = [:]
        for (id, geom, retired) in try db.rows("SELECT parcel_id, ST_AsBinary(geom), retired_on IS NOT NULL FROM parcels WHERE parcel_id = ANY($1)",
                                               binds, as: (String, ByteBuffer?, Bool).self) {
            stored[id] = (geom.map { Array($0.readableBytesView) }, retired)
        }
        let ledgers = try store.ledgers(db, "WHERE parcel_id = ANY($1)", binds)
        var fresh: [Parcel] = [], moved: [Parcel] = []
        for p in batch {
            guard let old = stored[p.id] else { fresh.append(p); continue }
            let current = ClearanceLedger(parcelId: p.id, entries: ledgers[p.id] ?? []).history().current
            if p.clearance.current != current { tally.statusKept.append(p.id) }
            let row = StoredRows.parcel(p)
            var columns = Self.updated
            if old.retired { columns.append("retired_on") }
            // The WKB the row already carries, compared with the stored geometry's.
            guard case .bytes(let wkb) = row[Self.geometryColumn] else { preconditionFailure("parcels.geom is a WKB column") }
            let geometryChanged = wkb.map { Array($0.readableBytesView) } != old.geometry
            if geometryChanged { columns += ["geom", "area_m2"] }
            try update(p.id, columns: columns, from: row)
            if geometryChanged { moved.append(p) }
            tally.updated += 1
        }
        try PostGISStore.insert(parcels: try apportion(fresh), recordedAt: recordedAt, db)
        tally.added += fresh.count
        let reshaped = try apportion(moved.map { var p = $0; p.units = []; return p })
        if !reshaped.isEmpty {
            var owners = PostgresBindings()
            owners.append(reshaped.map(\.id))
            try db.execute("DELETE FROM parcel_units WHERE owner_id = ANY($1)", owners)
            try db.copy("parcel_units", StoredRows.shareColumns, reshaped.flatMap { p in p.units.map { StoredRows.share($0, owner: p.id) } })
        }
    }

    /// Sets `columns` of parcel `id` to their values in `row` (``StoredRows/parcel(_:)``).
    private func update(_ id: String, columns: [String], from row: [StoredValue]) throws {
        var binds = PostgresBindings()
        binds.append(id)
        var assignments: [String] = []
        for (column, value) in zip(StoredRows.parcelColumns, row) where columns.contains(column.name) {
            value.bind(into: &binds)
            assignments.append("\(column.name) = " + column.expression.replacingOccurrences(of: "%", with: "$\(binds.count)"))
        }
        try db.execute("UPDATE parcels SET \(assignments.joined(separator: ", ")) WHERE parcel_id = $1", binds)
    }

    /// Retires (`.replace`) the stored parcels the file did not name.
    mutating func finish() throws {
        guard mode == .replace else { return }
        let all = PostGISStore.ids(try db.rows("SELECT parcel_id FROM parcels WHERE retired_on IS NULL", as: String.self))
        let gone = all.filter { !seen.contains($0) }
        var binds = PostgresBindings()
        binds.append(retireOn.description)
        binds.append(gone)
        try db.execute("UPDATE parcels SET retired_on = $1::date WHERE parcel_id = ANY($2)", binds)
        tally.retired = gone.count
    }
}
