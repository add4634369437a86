import Planner

/// How many features a copy wrote into each table.
public struct StoreCopyReport: Sendable, Hashable {
    /// Rows written, by table, in the order written.
    public var rows: [(table: String, count: Int)]

    public static func == (a: StoreCopyReport, b: StoreCopyReport) -> Bool {
        a.rows.map(\.table) == b.rows.map(\.table) && a.rows.map(\.count) == b.rows.map(\.count)
    }

    public func hash(into hasher: inout Hasher) {
        for r in rows { hasher.combine(r.table); hasher.combine(r.count) }
    }
}

extension PostGISStore {
    /// Copies a whole record into this store, which must be empty: every layer, unit share,
    /// task link, every ledger entry ever recorded (voids included, with their recording
    /// moments) and the parcel lineage, and the users and audit log when `source` keeps them
    /// (``AccessRecordReading``), in one transaction (all or nothing). `source` is read
    /// as it stands now, through the storage protocols; geometry goes as WKB (EPSG:9210).
    /// - Throws: ``PostGISError`` when the store already holds parks or parcels, or a write fails.
    @discardableResult
    public func copy(from source: any PlanningReading) throws -> StoreCopyReport {
        let data = PlanningData(parks: try source.parks(), parcels: try source.parcels(), units: try source.units(level: nil),
                                zones: try source.zones(), works: try source.works(), tasks: try source.tasks())
        return try connection.transaction("copying the record") { db in
            let held = try db.rows("SELECT (SELECT count(*) FROM parks) + (SELECT count(*) FROM parcels)", as: Int.self).first ?? 0
            guard held == 0 else { throw PostGISError("\(location) already holds a record; copy into an empty store") }
            var report: [(table: String, count: Int)] = []
            func write(_ table: String, _ columns: [StoredColumn], _ rows: [[StoredValue]]) throws {
                try db.insert(table, columns, rows)
                report.append((table, rows.count))
            }
            try write("parks", StoredRows.parkColumns, data.parks.map(StoredRows.park))
            try write("park_units", StoredRows.shareColumns, data.parks.flatMap { p in p.units.map { StoredRows.share($0, owner: p.id) } })
            try write("admin_units", StoredRows.unitColumns, data.units.map(StoredRows.unit))
            try write("land_use_zones", StoredRows.zoneColumns, data.zones.map(StoredRows.zone))
            try write("infrastructure", StoredRows.workColumns, data.works.map(StoredRows.work))
            try write("plan_tasks", StoredRows.taskColumns, data.tasks.map(StoredRows.task))
            try write("task_parks", StoredRows.taskParkColumns, data.tasks.flatMap { t in t.parkIds.map { [.text(t.reference), .text($0)] } })
            try write("parcels", StoredRows.parcelColumns, data.parcels.map(StoredRows.parcel))
            try write("parcel_units", StoredRows.shareColumns, data.parcels.flatMap { p in p.units.map { StoredRows.share($0, owner: p.id) } })
            try write("clearance_events", StoredLedgerRows.insertColumns,
                      data.parcels.flatMap { p in p.ledgerEntries.map { StoredLedgerRows.binds($0, parcelId: p.id) } })
            try write("parcel_lineage", StoredRows.lineageColumns, data.parcels.flatMap { p in
                p.parentIds.map { parent in
                    [.text(p.id), .text(parent), .text(p.resurveyedOn?.description), .int64(p.lineageRecordedAt?.milliseconds)]
                }
            })
            if let access = source as? any AccessRecordReading { try Self.copyAccess(from: access, db, into: &report) }
            return StoreCopyReport(rows: report)
        }
    }
}
