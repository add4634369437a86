import GRDB
import Planner

/// Reading layers back into domain values, through GRDB records.
extension PlanningStore {
    /// Every park, with its unit shares, in id order.
    public func parks() throws -> [IndustrialPark] {
        try reading(ParkRecord.self) { db in
            let shares = try Self.unitShares(ParkShares.self, db)
            return try ParkRecord.fetchAll(db).map { try $0.park(units: shares[$0.parkId] ?? []) }.sorted { $0.id < $1.id }
        }
    }

    /// Every parcel with its clearance ledger (the entries recorded by ``asRecorded``), the
    /// history that ledger gives, its unit shares and its resurvey lineage, in id order;
    /// the children of a resurvey recorded after ``asRecorded`` are left out, and their
    /// parents are not yet retired by it.
    ///
    /// One pass over three cursors ordered by parcel id and merged (``KeyedRecords``): the
    /// parcels, their ledger entries in (parcel_id, seq) order and their unit shares in
    /// (owner_id, fid) order, so a city's million parcels are matched to their 3 million
    /// entries without a dictionary of ids (which cost half of `utility-plans` at 100 000
    /// parcels, tools/bench).
    public func parcels() throws -> [Parcel] {
        try reading(ParcelRecord.self) { db in
            typealias Share = UnitShareRecord<ParcelShares>
            var names = NamePool()
            let shares = try KeyedRecords(Share.order(Share.Columns.ownerId, Share.Columns.fid).fetchCursor(db)) { $0.ownerId }
            let events = try KeyedRecords(ClearanceEventRecord.order(ClearanceEventRecord.Columns.parcelId, ClearanceEventRecord.Columns.seq)
                .fetchCursor(db)) { $0.parcelId }
            let lineage = try StoredLineage(db, asRecorded: asRecorded)
            let rows = try ParcelRecord.order(ParcelRecord.Columns.parcelId).fetchCursor(db)
            var out: [Parcel] = []
            while let r = try rows.next() {
                var entries: [LedgerEntry] = [], units: [UnitShare] = []
                try events.forEach(matching: r.parcelId) { e in
                    let entry = try e.entry()
                    if entry.isRecorded(by: asRecorded) { entries.append(entry) }
                }
                try shares.forEach(matching: r.parcelId) { units.append($0.unitShare(&names)) }
                if let parcel = lineage.apply(to: try r.parcel(ledger: ClearanceLedger(parcelId: r.parcelId, entries: entries), units: units)) {
                    out.append(parcel)
                }
            }
            // SQLite orders ids byte by byte, Swift's String by Unicode scalars: they agree
            // on ASCII ids; sort again only when they do not.
            if zip(out, out.dropFirst()).contains(where: { !($0.id < $1.id) }) { out.sort { $0.id < $1.id } }
            return out
        }
    }

    /// Administrative units, of one level or all, in (level, id) order.
    public func units(level: UnitLevel? = nil) throws -> [AdministrativeUnit] {
        try reading(AdminUnitRecord.self) { db in
            let request = level.map { AdminUnitRecord.filter(AdminUnitRecord.Columns.level == $0.rawValue) } ?? AdminUnitRecord.all()
            return try request.fetchAll(db).map { try $0.unit() }
        }.sorted { ($0.level.rawValue, $0.id) < ($1.level.rawValue, $1.id) }
    }

    /// The unit levels the store holds ("commune", "district").
    public func unitLevels() throws -> [UnitLevel] {
        try reading(AdminUnitRecord.self) { db in
            try String.fetchAll(db, AdminUnitRecord.select(AdminUnitRecord.Columns.level).distinct()
                .order(AdminUnitRecord.Columns.level))
        }.map { UnitLevel(rawValue: $0) }
    }

    /// Every land-use zone, in id order.
    public func zones() throws -> [LandUseZone] {
        try reading(LandUseZoneRecord.self) { db in try LandUseZoneRecord.fetchAll(db).map { try $0.zone() } }
            .sorted { $0.id < $1.id }
    }

    /// Every work, in id order.
    public func works() throws -> [InfrastructureWork] {
        try reading(InfrastructureRecord.self) { db in try InfrastructureRecord.fetchAll(db).map { try $0.work() } }
            .sorted { $0.id < $1.id }
    }

    /// Every plan task with the parks it names, in stored order.
    public func tasks() throws -> [PlanTask] {
        try reading(PlanTaskRecord.self) { db in
            var links: [String: [String]] = [:]
            for link in try TaskParkRecord.order(TaskParkRecord.Columns.fid).fetchAll(db) {
                links[link.reference, default: []].append(link.parkId)
            }
            return try PlanTaskRecord.order(PlanTaskRecord.Columns.fid).fetchAll(db).map { try $0.task(parkIds: links[$0.reference] ?? []) }
        }
    }

    /// Runs `body` in a read of the store; errors name the file and `Record`'s table.
    func reading<Record: TableRecord, T>(_ record: Record.Type, _ body: (Database) throws -> T) throws -> T {
        try geoPackage.read { reader in
            try StoreError.converting(path: path, table: Record.databaseTableName) { try body(reader.db) }
        }
    }

    /// Every owner's shares, in stored order.
    static func unitShares<Owner: UnitShareOwner>(_ owner: Owner.Type, _ db: Database) throws -> [String: [UnitShare]] {
        var out: [String: [UnitShare]] = [:]
        var names = NamePool()
        let rows = try UnitShareRecord<Owner>.order(UnitShareRecord<Owner>.Columns.fid).fetchCursor(db)
        while let r = try rows.next() { out[r.ownerId, default: []].append(r.unitShare(&names)) }
        return out
    }
}

extension PlanningStore {
    /// Every layer in memory, ready for the queries (which build their spatial indexes
    /// once, over what they are asked about).
    public func load() throws -> PlanningData {
        try load(Set(PlanningLayer.allCases))
    }

    /// Only the layers a question needs (the others are left empty): coverage gaps, for
    /// example, need parks and works, not a million parcels.
    public func load(_ layers: Set<PlanningLayer>) throws -> PlanningData {
        PlanningData(parks: layers.contains(.parks) ? try parks() : [],
                     parcels: layers.contains(.parcels) ? try parcels() : [],
                     units: layers.contains(.units) ? try units() : [],
                     zones: layers.contains(.zones) ? try zones() : [],
                     works: layers.contains(.infrastructure) ? try works() : [],
                     tasks: layers.contains(.tasks) ? try tasks() : [])
    }
}
