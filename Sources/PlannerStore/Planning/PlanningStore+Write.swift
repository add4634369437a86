import Foundation
import GRDB
import Planner

/// Writing layers. Each call is one transaction: all of it is stored, or none.
extension PlanningStore {
    /// Stores parks with their unit shares.
    /// - Throws: ``StoreError`` (`.conflict`) naming ids already stored, in `.add` mode, and
    ///   in `.replace` mode parks still named by parcels, works or tasks but missing from `parks`.
    public func save(parks: [IndustrialPark], mode: ImportMode = .add) throws {
        try geoPackage.write { tx in try Self.save(parks: parks, mode: mode, tx) }
    }

    /// Stores parcels with their clearance histories and unit shares.
    public func save(parcels: [Parcel], mode: ImportMode = .add) throws {
        try geoPackage.write { tx in try Self.save(parcels: parcels, mode: mode, tx) }
    }

    /// Stores administrative units; `.replace` replaces only the levels present in `units`.
    public func save(units: [AdministrativeUnit], mode: ImportMode = .add) throws {
        try geoPackage.write { tx in try Self.save(units: units, mode: mode, tx) }
    }

    /// Stores land-use zones.
    public func save(zones: [LandUseZone], mode: ImportMode = .add) throws {
        try geoPackage.write { tx in
            try Self.prepare(.zones, ids: zones.map(\.id), mode: mode, tx)
            try tx.insert(zones.map(LandUseZoneRecord.init))
        }
    }

    /// Stores power, water and telecom works.
    public func save(works: [InfrastructureWork], mode: ImportMode = .add) throws {
        try geoPackage.write { tx in
            try Self.prepare(.infrastructure, ids: works.map(\.id), mode: mode, tx)
            try tx.insert(works.map(InfrastructureRecord.init))
        }
    }

    /// Stores plan tasks and the parks they name; `source` names the plan (file).
    public func save(tasks: [PlanTask], source: String, mode: ImportMode = .add) throws {
        try geoPackage.write { tx in
            try Self.prepare(.tasks, ids: tasks.map(\.reference), mode: mode, tx)
            if mode == .replace { try TaskParkRecord.deleteAll(tx.db) }
            try tx.insert(tasks.map { PlanTaskRecord($0, source: source) })
            try tx.insert(tasks.flatMap { t in t.parkIds.map { TaskParkRecord(reference: t.reference, parkId: $0) } })
        }
    }

    static func save(parks: [IndustrialPark], mode: ImportMode, _ tx: GeoPackageTransaction) throws {
        try prepare(.parks, ids: parks.map(\.id), mode: mode, tx)
        if mode == .replace { try UnitShareRecord<ParkShares>.deleteAll(tx.db) }
        try tx.insert(parks.map(ParkRecord.init))
        try tx.insert(parks.flatMap { p in p.units.map { UnitShareRecord<ParkShares>($0, ownerId: p.id) } })
        if mode != .add { try refuseDanglingParkLinks(tx) }
    }

    static func save(parcels: [Parcel], mode: ImportMode, _ tx: GeoPackageTransaction) throws {
        try bulkWrite(tx) {
            let now = RecordedTime.now
            if mode == .add {
                try prepare(.parcels, ids: parcels.map(\.id), mode: mode, tx)
                try insert(parcels: parcels, recordedAt: now, tx)
            } else {
                var upsert = ParcelUpsert(tx, mode: mode, retireOn: .today, recordedAt: now)
                try upsert.write(parcels) { $0 }
                try upsert.finish()
            }
            try refreshOverlapPairs(tx, touching: nil)
        }
    }

    /// Inserts parcels with their ledgers and unit shares (no id checks), inside a
    /// ``bulkWrite(_:_:)``. A parcel whose ``Parcel/ledgerEntries`` are given keeps them
    /// (an export read back); otherwise its history's events become entries recorded at
    /// `recordedAt`.
    static func insert(parcels: [Parcel], recordedAt: RecordedTime, _ tx: GeoPackageTransaction) throws {
        try tx.insert(parcels.lazy.map(ParcelRecord.init))
        try tx.insert(parcels.lazy.flatMap { p in
            p.ledgerEntries(recordedAt: recordedAt).lazy.map { ClearanceEventRecord($0, parcelId: p.id) }
        })
        try tx.insert(parcels.lazy.flatMap { p in p.units.lazy.map { UnitShareRecord<ParcelShares>($0, ownerId: p.id) } })
    }

    /// Runs `body` as one of ParkPlanner's bulk writes of parcels and ledger entries: rows
    /// checked in Swift beforehand, so the store's per-row ledger triggers (made for other
    /// programs) stand aside. The marker row lives only inside this transaction.
    static func bulkWrite<T>(_ tx: GeoPackageTransaction, _ body: () throws -> T) throws -> T {
        try tx.db.execute(sql: "INSERT INTO planner_info (key, value) VALUES ('bulk_write', 'parkplan')")
        let result = try body()
        try tx.db.execute(sql: "DELETE FROM planner_info WHERE key = 'bulk_write'")
        return result
    }

    static func save(units: [AdministrativeUnit], mode: ImportMode, _ tx: GeoPackageTransaction) throws {
        let levels = Set(units.map(\.level.rawValue))
        if mode == .replace {
            for level in levels {
                try AdminUnitRecord.filter(AdminUnitRecord.Columns.level == level).deleteAll(tx.db)
            }
        } else {
            var clashes: [String] = []
            for level in levels {
                let stored = Set(try String.fetchAll(tx.db, AdminUnitRecord.select(AdminUnitRecord.Columns.unitId)
                    .filter(AdminUnitRecord.Columns.level == level)))
                clashes += units.filter { $0.level.rawValue == level && stored.contains($0.id) }.map(\.id)
            }
            try refuse(clashes, .units, tx)
        }
        try tx.insert(units.map(AdminUnitRecord.init))
    }

    /// Empties the layer for `.replace`; for `.add`, refuses ids the layer already holds.
    static func prepare(_ layer: PlanningLayer, ids: [String], mode: ImportMode, _ tx: GeoPackageTransaction) throws {
        switch mode {
        case .replace, .update:
            try Table(layer.table).deleteAll(tx.db)
        case .add:
            let stored = try Table(layer.table).select(Column(layer.idColumn), as: String.self).fetchSet(tx.db)
            try refuse(ids.filter(stored.contains), layer, tx)
        }
    }

    /// Throws the conflict of `clashes`, ids already stored, naming `file` when it is known.
    static func refuse(_ clashes: [String], _ layer: PlanningLayer, _ tx: GeoPackageTransaction, file: String? = nil) throws {
        guard !clashes.isEmpty else { return }
        let shown = clashes.prefix(10).map { "\"\($0)\"" }.joined(separator: ", ")
        let more = clashes.count > 10 ? " and \(clashes.count - 10) more" : ""
        throw StoreError(.conflict, path: tx.path, table: layer.table,
                         message: "\(file.map { "\($0): " } ?? "")\(clashes.count) id(s) already stored: \(shown)\(more); nothing was written (use --replace to replace the layer)")
    }
}
