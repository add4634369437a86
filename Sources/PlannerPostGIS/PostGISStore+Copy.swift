import Planner

extension PostGISStore: RecordCopying {
    /// Copies a whole record into this store, which must be empty: every layer, unit share,
    /// task link, every ledger entry ever recorded (voids included, with their recording
    /// moments) and the parcel lineage, and the users and audit log when `source` keeps them
    /// (``AccessRecordReading``), in one transaction (all or nothing). `source` is read
    /// as it stands now, through the storage protocols; geometry goes as WKB (EPSG:9210).
    /// - Throws: ``PostGISError`` when the store already holds parks or parcels, or a write fails.
    @discardableResult
    public func copy(from source: any PlanningReading) throws -> StoreCopyReport {
        let data = try source.everything()
        return try connection.transaction("copying the record") { db in
            let held = try db.rows("SELECT (SELECT count(*) FROM parks) + (SELECT count(*) FROM parcels)", as: Int.self).first ?? 0
            guard held == 0 else { throw PostGISError("\(location) already holds a record; copy into an empty store") }
            var report = StoreCopyReport()
            for table in Self.copiedTables {
                let rows = table.rows(data)
                try db.copy(table.name, table.columns, rows)
                report.wrote(rows.count, into: table.name)
            }
            try Self.writeOverlapPairs(of: data.parcels, db)
            if let access = source as? any AccessRecordReading { try Self.copyAccess(from: access, db, into: &report.rows) }
            return report
        }
    }

    /// One table a copy writes: its name, columns and the rows a record gives it.
    struct CopiedTable: Sendable {
        var name: String
        var columns: [StoredColumn]
        var rows: @Sendable (PlanningData) -> [[StoredValue]]
    }

    /// The tables a copy writes, in order (each after the tables its rows refer to).
    static let copiedTables: [CopiedTable] = [
        CopiedTable(name: "parks", columns: StoredRows.parkColumns) { $0.parks.map(StoredRows.park) },
        CopiedTable(name: "park_units", columns: StoredRows.shareColumns) { d in
            d.parks.flatMap { p in p.units.map { StoredRows.share($0, owner: p.id) } }
        },
        CopiedTable(name: "admin_units", columns: StoredRows.unitColumns) { $0.units.map(StoredRows.unit) },
        CopiedTable(name: "land_use_zones", columns: StoredRows.zoneColumns) { $0.zones.map(StoredRows.zone) },
        CopiedTable(name: "infrastructure", columns: StoredRows.workColumns) { $0.works.map(StoredRows.work) },
        CopiedTable(name: "plan_tasks", columns: StoredRows.taskColumns) { $0.tasks.map(StoredRows.task) },
        CopiedTable(name: "task_parks", columns: StoredRows.taskParkColumns) { d in
            d.tasks.flatMap { t in t.parkIds.map { [.text(t.reference), .text($0)] } }
        },
        CopiedTable(name: "parcels", columns: StoredRows.parcelColumns) { $0.parcels.map(StoredRows.parcel) },
        CopiedTable(name: "parcel_units", columns: StoredRows.shareColumns) { d in
            d.parcels.flatMap { p in p.units.map { StoredRows.share($0, owner: p.id) } }
        },
        CopiedTable(name: "clearance_events", columns: StoredLedgerRows.insertColumns) { d in
            d.parcels.flatMap { p in p.ledgerEntries.map { StoredLedgerRows.binds($0, parcelId: p.id) } }
        },
        CopiedTable(name: "parcel_lineage", columns: StoredRows.lineageColumns) { d in
            d.parcels.flatMap { p in
                p.parentIds.map { parent in
                    [.text(p.id), .text(parent), .text(p.resurveyedOn?.description), .int64(p.lineageRecordedAt?.milliseconds)]
                }
            }
        },
    ]
}
