/// Every layer the planner's questions are asked of, in memory, with look-ups by id.
/// Geometry is in EPSG:9210 (metres). Built once; the layers are read-only so the
/// id tables stay right.
public struct PlanningData: Sendable {
    /// Parks and economic zones, in the order given.
    public let parks: [IndustrialPark]
    /// Land parcels, in the order given.
    public let parcels: [Parcel]
    /// Administrative units of every level (districts, communes…), in the order given.
    public let units: [AdministrativeUnit]
    /// Land-use zones, in the order given.
    public let zones: [LandUseZone]
    /// Power, water and telecom works, in the order given.
    public let works: [InfrastructureWork]
    /// Plan task rows, in the order given.
    public let tasks: [PlanTask]

    private let parkIndex: [String: Int]
    private let parcelIndex: [String: Int]
    private let zoneIndex: [String: Int]
    private let workIndex: [String: Int]
    private let unitIndex: [UnitKey: Int]
    private let parcelsByPark: [String: [Int]]

    private struct UnitKey: Hashable, Sendable {
        var level: UnitLevel
        var id: String
    }

    /// The same layers less the parcels retired on or before `day` (``Parcel/isActive(on:)``);
    /// `self` when none is. O(n).
    public func active(on day: LocalDate) -> PlanningData {
        guard parcels.contains(where: { !$0.isActive(on: day) }) else { return self }
        return PlanningData(parks: parks, parcels: parcels.filter { $0.isActive(on: day) }, units: units, zones: zones,
                            works: works, tasks: tasks)
    }

    /// Gathers the layers. Where two features of a layer share an id, the first is found by id.
    /// Complexity: O(n) over all features.
    public init(parks: [IndustrialPark] = [], parcels: [Parcel] = [], units: [AdministrativeUnit] = [],
                zones: [LandUseZone] = [], works: [InfrastructureWork] = [], tasks: [PlanTask] = []) {
        self.parks = parks
        self.parcels = parcels
        self.units = units
        self.zones = zones
        self.works = works
        self.tasks = tasks
        parkIndex = Self.firstPositions(parks.map(\.id))
        parcelIndex = Self.firstPositions(parcels.map(\.id))
        zoneIndex = Self.firstPositions(zones.map(\.id))
        workIndex = Self.firstPositions(works.map(\.id))
        var unitIndex: [UnitKey: Int] = [:]
        for (i, u) in units.enumerated() where unitIndex[UnitKey(level: u.level, id: u.id)] == nil {
            unitIndex[UnitKey(level: u.level, id: u.id)] = i
        }
        self.unitIndex = unitIndex
        var byPark: [String: [Int]] = [:]
        for (i, p) in parcels.enumerated() {
            if let park = p.parkId { byPark[park, default: []].append(i) }
        }
        parcelsByPark = byPark
    }

    private static func firstPositions(_ ids: [String]) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, id) in ids.enumerated() where out[id] == nil { out[id] = i }
        return out
    }

    /// The park with this id.
    public func park(id: String) -> IndustrialPark? { parkIndex[id].map { parks[$0] } }
    /// The parcel with this id.
    public func parcel(id: String) -> Parcel? { parcelIndex[id].map { parcels[$0] } }
    /// The zone with this id.
    public func zone(id: String) -> LandUseZone? { zoneIndex[id].map { zones[$0] } }
    /// The work with this id.
    public func work(id: String) -> InfrastructureWork? { workIndex[id].map { works[$0] } }
    /// The unit with this id at a level (ids are unique within a level only).
    public func unit(id: String, level: UnitLevel) -> AdministrativeUnit? {
        unitIndex[UnitKey(level: level, id: id)].map { units[$0] }
    }

    /// The units of one level, in the order given.
    public func units(at level: UnitLevel) -> [AdministrativeUnit] { units.filter { $0.level == level } }

    /// The levels present, in order of first appearance.
    public var unitLevels: [UnitLevel] {
        var seen: [UnitLevel] = []
        for u in units where !seen.contains(u.level) { seen.append(u.level) }
        return seen
    }

    /// The parcels whose ``Parcel/parkId`` is `parkId`, in the order given. O(k).
    public func parcels(inPark parkId: String) -> [Parcel] {
        (parcelsByPark[parkId] ?? []).map { parcels[$0] }
    }
}
