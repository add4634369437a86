import GRDB
import Planner

/// Writing layers. Each call is one transaction: all of it is stored, or none.
extension PlanningStore {
    /// Stores parks with their unit shares.
    /// - Throws: ``StoreError`` (`.conflict`) naming ids already stored, in `.add` mode.
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
            try tx.insert(features: zones.map(\.record), into: PlanningLayer.zones.table)
        }
    }

    /// Stores power, water and telecom works.
    public func save(works: [InfrastructureWork], mode: ImportMode = .add) throws {
        try geoPackage.write { tx in
            try Self.prepare(.infrastructure, ids: works.map(\.id), mode: mode, tx)
            try tx.insert(features: works.map(\.record), into: PlanningLayer.infrastructure.table)
        }
    }

    /// Stores plan tasks and the parks they name; `source` names the plan (file).
    public func save(tasks: [PlanTask], source: String, mode: ImportMode = .add) throws {
        try geoPackage.write { tx in
            try Self.prepare(.tasks, ids: tasks.map(\.reference), mode: mode, tx)
            if mode == .replace { try tx.db.execute(sql: "DELETE FROM task_parks") }
            try tx.insert(features: tasks.map { $0.record(source: source) }, into: PlanningLayer.tasks.table)
            try tx.insert(features: tasks.flatMap(\.parkLinkRecords), into: "task_parks")
        }
    }

    static func save(parks: [IndustrialPark], mode: ImportMode, _ tx: GeoPackageTransaction) throws {
        try prepare(.parks, ids: parks.map(\.id), mode: mode, tx)
        if mode == .replace { try tx.db.execute(sql: "DELETE FROM park_units") }
        try tx.insert(features: parks.map(\.record), into: PlanningLayer.parks.table)
        try tx.insert(features: parks.flatMap { p in p.units.map { $0.record(ownerId: p.id) } }, into: "park_units")
    }

    static func save(parcels: [Parcel], mode: ImportMode, _ tx: GeoPackageTransaction) throws {
        try prepare(.parcels, ids: parcels.map(\.id), mode: mode, tx)
        if mode == .replace {
            try tx.db.execute(sql: "DELETE FROM clearance_events; DELETE FROM parcel_units")
        }
        try insert(parcels: parcels, tx)
    }

    /// Inserts parcels with their events and unit shares (no id checks).
    static func insert(parcels: [Parcel], _ tx: GeoPackageTransaction) throws {
        try tx.insert(features: parcels.lazy.map(\.record), into: PlanningLayer.parcels.table)
        try tx.insert(features: parcels.lazy.flatMap { $0.eventRecords() }, into: "clearance_events")
        try tx.insert(features: parcels.lazy.flatMap { p in p.units.map { $0.record(ownerId: p.id) } }, into: "parcel_units")
    }

    static func save(units: [AdministrativeUnit], mode: ImportMode, _ tx: GeoPackageTransaction) throws {
        let levels = Set(units.map(\.level.rawValue))
        if mode == .replace {
            for level in levels {
                try tx.db.execute(sql: "DELETE FROM admin_units WHERE level = ?", arguments: [level])
            }
        } else {
            var clashes: [String] = []
            for level in levels {
                let stored = Set(try String.fetchAll(tx.db, sql: "SELECT unit_id FROM admin_units WHERE level = ?", arguments: [level]))
                clashes += units.filter { $0.level.rawValue == level && stored.contains($0.id) }.map(\.id)
            }
            try refuse(clashes, .units, tx)
        }
        try tx.insert(features: units.map(\.record), into: PlanningLayer.units.table)
    }

    /// Empties the layer for `.replace`; for `.add`, refuses ids the layer already holds.
    static func prepare(_ layer: PlanningLayer, ids: [String], mode: ImportMode, _ tx: GeoPackageTransaction) throws {
        switch mode {
        case .replace:
            try tx.db.execute(sql: "DELETE FROM \(layer.table)")
        case .add:
            let stored = Set(try String.fetchAll(tx.db, sql: "SELECT \(layer.idColumn) FROM \(layer.table)"))
            try refuse(ids.filter(stored.contains), layer, tx)
        }
    }

    static func refuse(_ clashes: [String], _ layer: PlanningLayer, _ tx: GeoPackageTransaction) throws {
        guard !clashes.isEmpty else { return }
        let shown = clashes.prefix(10).map { "\"\($0)\"" }.joined(separator: ", ")
        let more = clashes.count > 10 ? " and \(clashes.count - 10) more" : ""
        throw StoreError(.conflict, path: tx.path, table: layer.table,
                         message: "\(clashes.count) id(s) already stored: \(shown)\(more); nothing was written (use --replace to replace the layer)")
    }
}
