/// What the use cases read from a planning store, layer by layer, in the domain's own
/// types. Geometry is in EPSG:9210 (metres); every list is in id order, the order a
/// store gives, so sums over it come out the same whichever store answers.
///
/// `PlannerStore`'s GeoPackage store conforms; a PostGIS store would conform beside it.
public protocol PlanningReading: Sendable {
    /// Parks and economic zones.
    func parks() throws -> [IndustrialPark]
    /// Land parcels, whole (attributes and full clearance history).
    func parcels() throws -> [Parcel]
    /// Administrative units of one level, or of every level for `nil`.
    func units(level: UnitLevel?) throws -> [AdministrativeUnit]
    /// The unit levels stored, in the order they were first imported.
    func unitLevels() throws -> [UnitLevel]
    /// Land-use zones.
    func zones() throws -> [LandUseZone]
    /// Power, water and telecom works.
    func works() throws -> [InfrastructureWork]
    /// Plan task rows with the parks they name.
    func tasks() throws -> [PlanTask]
}

extension PlanningReading {
    /// Every layer in memory, for the questions that need them all (the park summary,
    /// the report, the maps).
    public func everything() throws -> PlanningData {
        PlanningData(parks: try parks(), parcels: try parcels(), units: try units(level: nil),
                     zones: try zones(), works: try works(), tasks: try tasks())
    }

    /// Every layer, less the parcels retired on or before `day` (``Parcel/isActive(on:)``):
    /// what a question about `day` counts.
    public func everything(activeOn day: LocalDate) throws -> PlanningData {
        try everything().active(on: day)
    }
}
