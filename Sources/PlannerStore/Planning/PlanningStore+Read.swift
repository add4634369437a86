import GRDB
import Planner

/// Reading layers back into domain values.
extension PlanningStore {
    /// Every park, with its unit shares, in id order.
    public func parks() throws -> [IndustrialPark] {
        let shares = try unitShares(in: "park_units")
        return try geoPackage.features(in: PlanningLayer.parks.table)
            .map { f in try IndustrialPark(record: f, units: shares[f.attributes["park_id"]?.text ?? ""] ?? []) }
            .sorted { $0.id < $1.id }
    }

    /// Every parcel with its full clearance history and unit shares, in id order.
    public func parcels() throws -> [Parcel] {
        let shares = try unitShares(in: "parcel_units")
        var events: [String: [(Int, ClearanceEvent)]] = [:]
        for f in try geoPackage.features(in: "clearance_events") {
            guard let id = f.attributes["parcel_id"]?.text, let seq = f.attributes["seq"]?.int else { continue }
            events[id, default: []].append((seq, try ClearanceEvent(record: f)))
        }
        return try geoPackage.features(in: PlanningLayer.parcels.table).map { f in
            let id = f.attributes["parcel_id"]?.text ?? ""
            let history = (events[id] ?? []).sorted { $0.0 < $1.0 }.map(\.1)
            return try Parcel(record: f, events: history, units: shares[id] ?? [])
        }.sorted { $0.id < $1.id }
    }

    /// Administrative units, of one level or all, in (level, id) order.
    public func units(level: UnitLevel? = nil) throws -> [AdministrativeUnit] {
        try geoPackage.features(in: PlanningLayer.units.table).map(AdministrativeUnit.init(record:))
            .filter { level == nil || $0.level == level }
            .sorted { ($0.level.rawValue, $0.id) < ($1.level.rawValue, $1.id) }
    }

    /// The unit levels the store holds ("commune", "district").
    public func unitLevels() throws -> [UnitLevel] {
        try geoPackage.read { r in
            try String.fetchAll(r.db, sql: "SELECT DISTINCT level FROM admin_units ORDER BY level")
        }.map { UnitLevel(rawValue: $0) }
    }

    /// Every land-use zone, in id order.
    public func zones() throws -> [LandUseZone] {
        try geoPackage.features(in: PlanningLayer.zones.table).map(LandUseZone.init(record:)).sorted { $0.id < $1.id }
    }

    /// Every work, in id order.
    public func works() throws -> [InfrastructureWork] {
        try geoPackage.features(in: PlanningLayer.infrastructure.table).map(InfrastructureWork.init(record:))
            .sorted { $0.id < $1.id }
    }

    /// Every plan task with the parks it names, in stored order.
    public func tasks() throws -> [PlanTask] {
        var links: [String: [String]] = [:]
        for f in try geoPackage.features(in: "task_parks") {
            if let r = f.attributes["reference"]?.text, let p = f.attributes["park_id"]?.text { links[r, default: []].append(p) }
        }
        return try geoPackage.features(in: PlanningLayer.tasks.table).sorted { $0.fid < $1.fid }.map { f in
            try PlanTask(record: f, parkIds: links[f.attributes["reference"]?.text ?? ""] ?? [])
        }
    }

    private func unitShares(in table: String) throws -> [String: [UnitShare]] {
        var out: [String: [UnitShare]] = [:]
        for f in try geoPackage.features(in: table) {
            if let (owner, share) = UnitShare.read(f) { out[owner, default: []].append(share) }
        }
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
