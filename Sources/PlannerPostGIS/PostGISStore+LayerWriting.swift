import Geo
import NIOCore
import Planner
import PostgresNIO

/// The PostGIS store as the import use case writes to it (`parkplan import LAYER FILE
/// --store postgresql://…`): each call one transaction, so a refused import leaves the
/// store as it was, and the same rows in the same order as the GeoPackage store writes for
/// the same file, so both stores give the same answers afterwards. Rows go by `COPY`
/// (``PostGISSession/copy(_:_:_:)``); geometry in EPSG:9210.
///
/// Each call first takes its table's `EXCLUSIVE` lock: other writers (a second import, a
/// clearance change, which takes its parcel's row lock) wait for the commit, readers never
/// do, and the conflict check cannot race another import.
///
/// Parcels by id (`--update`, `--replace`) are written by ``PostGISParcelUpsert``, a
/// resurvey's lineage by ``writeLineage(_:file:resurveyedOn:now:_:)``, both by the rules
/// the GeoPackage store follows (``ParcelUpsertTally``, ``ResurveyRecording``).
extension PostGISStore: LayerWriting {
    public func save(parks: [IndustrialPark], mode: ImportMode) throws {
        try connection.transaction("importing parks") { db in
            try Self.prepare(.parks, ids: parks.map(\.id), mode: mode, dependents: ["park_units"], location, db)
            try db.copy("parks", StoredRows.parkColumns, parks.map(StoredRows.park))
            try db.copy("park_units", StoredRows.shareColumns, parks.flatMap { p in p.units.map { StoredRows.share($0, owner: p.id) } })
            if mode != .add { try Self.refuseDanglingParkLinks(location, db) }
        }
    }

    public func save(zones: [LandUseZone], mode: ImportMode) throws {
        try connection.transaction("importing zones") { db in
            try Self.prepare(.zones, ids: zones.map(\.id), mode: mode, location, db)
            try db.copy("land_use_zones", StoredRows.zoneColumns, zones.map(StoredRows.zone))
        }
    }

    public func save(works: [InfrastructureWork], mode: ImportMode) throws {
        try connection.transaction("importing infrastructure") { db in
            try Self.prepare(.infrastructure, ids: works.map(\.id), mode: mode, location, db)
            try db.copy("infrastructure", StoredRows.workColumns, works.map(StoredRows.work))
        }
    }

    public func save(tasks: [PlanTask], source: String, mode: ImportMode) throws {
        try connection.transaction("importing tasks") { db in
            try Self.prepare(.tasks, ids: tasks.map(\.reference), mode: mode, dependents: ["task_parks"], location, db)
            try db.copy("plan_tasks", StoredRows.taskColumns + [StoredColumn("source")], tasks.map { StoredRows.task($0) + [.text(source)] })
            try db.copy("task_parks", StoredRows.taskParkColumns, tasks.flatMap { t in t.parkIds.map { [.text(t.reference), .text($0)] } })
        }
    }

    public func save(units: [AdministrativeUnit], mode: ImportMode, reapportion: @escaping UnitReapportioning) throws {
        try connection.transaction("importing units") { db in
            // The parks' and parcels' shares are rewritten too: no other import may add to them meanwhile.
            for layer in [PlanningLayer.units, .parks, .parcels] { try Self.lock(layer, db) }
            let levels = Set(units.map(\.level.rawValue)).sorted()
            if mode == .replace {
                var binds = PostgresBindings()
                binds.append(levels)
                try db.execute("DELETE FROM admin_units WHERE level = ANY($1)", binds)
            } else {
                var clashes: [String] = []
                for level in levels {
                    var binds = PostgresBindings()
                    binds.append(level)
                    let stored = Set(try Self.ids(db.rows("SELECT unit_id FROM admin_units WHERE level = $1", binds, as: String.self)))
                    clashes += units.filter { $0.level.rawValue == level && stored.contains($0.id) }.map(\.id)
                }
                try Self.refuse(clashes, .units, file: nil, location: location)
            }
            try db.copy("admin_units", StoredRows.unitColumns, units.map(StoredRows.unit))
            try Self.reapportion(levels: levels, by: reapportion, db)
        }
    }

    public func writeParcels<Read>(file: String, mode: ImportMode, retireOn: LocalDate,
                                   apportion: @escaping ParcelApportioning,
                                   _ read: (_ write: ([Parcel]) throws -> ParcelsWritten?) throws -> Read) throws
        -> (read: Read, notices: [ImportIssue]) {
        try connection.transaction("importing \(file)") { db in
            try Self.lock(.parcels, db)
            let now = RecordedTime.now
            var lineage = ResurveyRecording()
            if mode == .add {
                let stored = Set(try Self.ids(db.rows("SELECT parcel_id FROM parcels", as: String.self)))
                var clashes: [String] = [], written = 0
                let result = try read { batch in
                    if !stored.isEmpty { clashes += batch.map(\.id).filter(stored.contains) }
                    guard clashes.isEmpty else { return nil }
                    try Self.insert(parcels: try apportion(batch), recordedAt: now, db)
                    lineage.collect(batch)
                    written += batch.count
                    return ParcelsWritten(added: written)
                }
                try Self.refuse(clashes, .parcels, file: file, location: location)
                let notices = try writeLineage(lineage, file: file, resurveyedOn: retireOn, now: now, db)
                try Self.writeOverlapPairs(db)
                return (result, notices)
            }
            var upsert = PostGISParcelUpsert(store: self, db: db, mode: mode, retireOn: retireOn, recordedAt: now, file: file)
            let result = try read { batch in
                try upsert.write(batch, apportion: apportion)
                lineage.collect(batch)
                return ParcelsWritten(added: upsert.tally.added, updated: upsert.tally.updated)
            }
            // Before `--replace` retires what the file lacks: the parents a resurvey retires are refused once retired.
            let lineageNotices = try writeLineage(lineage, file: file, resurveyedOn: retireOn, now: now, db)
            try upsert.finish()
            try Self.writeOverlapPairs(db)
            return (result, upsert.tally.notices(file: file) + lineageNotices)
        }
    }
}

extension PostGISStore {
    /// The table of each layer this store keeps, and its id column.
    static func table(_ layer: PlanningLayer) -> (name: String, id: String) {
        switch layer {
        case .parks: return ("parks", "park_id")
        case .parcels: return ("parcels", "parcel_id")
        case .units: return ("admin_units", "unit_id")
        case .zones: return ("land_use_zones", "zone_id")
        case .infrastructure: return ("infrastructure", "work_id")
        case .tasks: return ("plan_tasks", "reference")
        }
    }

    /// The one-column rows of ``PostGISSession/rows(_:_:as:)`` as plain strings.
    static func ids<Rows: Sequence>(_ rows: Rows) -> [String] where Rows.Element == (String) {
        rows.map { (id: String) in id }
    }

    /// Takes `layer`'s table lock for the rest of the transaction: writers wait, readers do not.
    static func lock(_ layer: PlanningLayer, _ db: PostGISSession) throws {
        try db.execute("LOCK TABLE \(table(layer).name) IN EXCLUSIVE MODE")
    }

    /// Locks the layer's table; for `.replace` empties it (its `dependents`, the tables whose
    /// rows refer to it, first); for `.add` refuses ids it already holds.
    static func prepare(_ layer: PlanningLayer, ids: [String], mode: ImportMode, dependents: [String] = [],
                        _ location: PostGISLocation, _ db: PostGISSession) throws {
        let (name, id) = table(layer)
        try lock(layer, db)
        switch mode {
        case .replace, .update:
            for dependent in dependents { try db.execute("DELETE FROM \(dependent)") }
            try db.execute("DELETE FROM \(name)")
        case .add:
            var binds = PostgresBindings()
            binds.append(ids)
            let stored = Set(try Self.ids(db.rows("SELECT \(id) FROM \(name) WHERE \(id) = ANY($1)", binds, as: String.self)))
            try refuse(ids.filter(stored.contains), layer, file: nil, location: location)
        }
    }

    /// Throws the conflict of `clashes`, ids already stored, in the GeoPackage store's words.
    static func refuse(_ clashes: [String], _ layer: PlanningLayer, file: String?, location: PostGISLocation) throws {
        guard !clashes.isEmpty else { return }
        let shown = clashes.prefix(10).map { "\"\($0)\"" }.joined(separator: ", ")
        let more = clashes.count > 10 ? " and \(clashes.count - 10) more" : ""
        throw PostGISError("\(location): \(table(layer).name): \(file.map { "\($0): " } ?? "")\(clashes.count) id(s) already stored: "
                           + "\(shown)\(more); nothing was written (use --replace to replace the layer)")
    }

    /// Inserts parcels with their ledgers and unit shares (no id checks), inside the caller's
    /// transaction, as the GeoPackage store inserts them: a parcel whose ledger entries are
    /// given keeps them (an export read back); otherwise its history's events become entries
    /// recorded at `recordedAt`.
    static func insert(parcels: [Parcel], recordedAt: RecordedTime, _ db: PostGISSession) throws {
        try db.copy("parcels", StoredRows.parcelColumns, parcels.map(StoredRows.parcel))
        try db.copy("clearance_events", StoredLedgerRows.insertColumns, parcels.flatMap { p in
            p.ledgerEntries(recordedAt: recordedAt).map { StoredLedgerRows.binds($0, parcelId: p.id) }
        })
        try db.copy("parcel_units", StoredRows.shareColumns, parcels.flatMap { p in p.units.map { StoredRows.share($0, owner: p.id) } })
    }

    /// The layers that name parks, with the column that does (as the GeoPackage store checks them).
    private static let parkLinks: [(layer: String, table: String, column: String)] = [
        ("parcels", "parcels", "park_id"), ("infrastructure", "infrastructure", "park_id"), ("tasks", "task_parks", "park_id"),
    ]

    /// Refuses a replaced park layer that no longer holds parks other layers name.
    static func refuseDanglingParkLinks(_ location: PostGISLocation, _ db: PostGISSession) throws {
        var problems: [String] = []
        for link in parkLinks {
            let rows = try db.rows("""
                SELECT l.\(link.column), count(*)::bigint AS n FROM \(link.table) l
                WHERE l.\(link.column) IS NOT NULL AND NOT EXISTS (SELECT 1 FROM parks p WHERE p.park_id = l.\(link.column))
                GROUP BY l.\(link.column) ORDER BY n DESC, l.\(link.column) COLLATE "C"
                """, as: (String, Int64).self)
            guard !rows.isEmpty else { continue }
            let total = rows.reduce(0) { $0 + $1.1 }
            let named = rows.prefix(5).map { "\"\($0.0)\" (\($0.1))" }.joined(separator: ", ")
            let more = rows.count > 5 ? " and \(rows.count - 5) more" : ""
            problems.append("\(total) \(link.layer) name parks the new file does not have: \(named)\(more)")
        }
        guard !problems.isEmpty else { return }
        throw PostGISError("\(location): parks: " + problems.joined(separator: "; ")
                           + "; nothing was written (keep those parks in the file, or re-import those layers first)")
    }

    /// Owners per batch when shares are recomputed (as the GeoPackage store batches them).
    static let shareBatchSize = 8192

    /// Replaces the park and parcel shares of `levels` by `reapportion` over the units of
    /// those levels now stored (in stored order), owners in id order, inside the caller's
    /// transaction: the rows the GeoPackage store writes, in its order.
    static func reapportion(levels: [String], by reapportion: UnitReapportioning, _ db: PostGISSession) throws {
        var binds = PostgresBindings()
        binds.append(levels)
        let units = try db.rows("""
            SELECT unit_id, name, level, attributes::text, ST_AsBinary(geom) FROM admin_units WHERE level = ANY($1) ORDER BY fid
            """, binds, as: (String, String, String, String?, ByteBuffer?).self).map { id, name, level, attrs, geom in
            AdministrativeUnit(id: id, name: name, level: UnitLevel(rawValue: level), boundary: try StoredValues.polygonal(geom),
                               attributes: try StoredValues.attributes(attrs, "admin_units", id))
        }
        for (owners, shares) in [(PlanningLayer.parks, "park_units"), (.parcels, "parcel_units")] {
            try db.execute("DELETE FROM \(shares) WHERE unit_level = ANY($1)", binds)
            let (name, id) = table(owners)
            let ids = try Self.ids(db.rows("SELECT \(id) FROM \(name)", as: String.self)).sorted()
            var start = 0
            while start < ids.count {
                let batch = Array(ids[start..<min(ids.count, start + shareBatchSize)])
                let boundaries = try Self.boundaries(ids: batch, of: owners, db)
                let computed = try reapportion(batch.map { boundaries[$0] ?? .empty }, units)
                try db.copy(shares, StoredRows.shareColumns, zip(batch, computed).flatMap { owner, s in s.map { StoredRows.share($0, owner: owner) } })
                start += batch.count
            }
        }
    }

    /// Rewrites `parcel_overlaps` from every stored boundary (retired parcels too) and marks
    /// it current, inside the caller's transaction (``writeOverlapPairs(of:_:)``'s rule).
    static func writeOverlapPairs(_ db: PostGISSession) throws {
        var parcels: [(id: String, boundary: Geometry)] = []
        for (id, geom) in try db.rows("SELECT parcel_id, ST_AsBinary(geom) FROM parcels", as: (String, ByteBuffer?).self) {
            parcels.append((id, try StoredValues.polygonal(geom)))
        }
        parcels.sort { $0.id < $1.id }
        try writeOverlapPairs(ids: parcels.map(\.id), boundaries: parcels.map(\.boundary), db)
    }
}
