/// One park's key figures as of a day. Areas in hectares (planar, EPSG:9210); shares
/// 0–1; money in US dollars. Figures the data does not carry are `nil`.
public struct ParkSummary: Sendable, Hashable, Codable {
    /// The park's id.
    public var parkId: String
    /// The park's name (NFC).
    public var name: String
    /// The area approved in the plans, ha.
    public var approvedAreaHa: Double?
    /// The mapped boundary's area, ha.
    public var mappedAreaHa: Double
    /// (mapped − approved) / approved, e.g. −0.534 for a map 53.4 % short of the plan.
    public var mappedDeviation: Double?
    /// The area of the park's parcels, ha.
    public var parcelAreaHa: Double
    /// The area of those handed over on the day, ha.
    public var clearedAreaHa: Double
    /// `clearedAreaHa / parcelAreaHa`; `nil` when the park has no parcels.
    public var clearedShare: Double?
    /// Leased industrial land (attribute `leased_area_ha`), ha.
    public var leasedAreaHa: Double?
    /// Industrial land for lease (attribute `industrial_land_ha`), ha.
    public var industrialLandHa: Double?
    /// Occupancy (tỷ lệ lấp đầy): leased / industrial land.
    public var occupancy: Double?
    /// Registered investment (attribute `registered_investment_usd`), USD.
    public var registeredInvestmentUSD: Double?
    /// Registered investment per hectare of leased industrial land (Plan 278's measure:
    /// investment / `leased_area_ha`), USD/ha.
    public var investmentPerHaUSD: Double?
    /// Registered investment per hectare of industrial land, USD/ha (for comparison only).
    public var investmentPerIndustrialHaUSD: Double?
    /// True when `investmentPerHaUSD` (per leased hectare) reaches the target (Plan 656: 13 million USD/ha).
    public var meetsInvestmentTarget: Bool?
    /// Clean land kept in reserve (attribute `reserved_clean_land_ha`), ha.
    public var reservedCleanLandHa: Double?
    /// Reserved clean land / industrial land.
    public var reservedShare: Double?
    /// True when `reservedShare` lies in the band (the 2012 plan's 10–15 %).
    public var reservedShareInBand: Bool?
    /// Parcels counted: the park's own and, for a zone, those of the parks nested in it.
    public var parcels: Int = 0
    /// For a zone, the parks nested in it whose parcels it counts (``ParkNesting``).
    public var includesParks: [String] = []
    /// The part of ``parcelAreaHa`` counted more than once where parcels overlap, m².
    public var doubleCountedM2: Double = 0
    /// The part of ``clearedAreaHa`` counted more than once where parcels overlap, m².
    public var clearedDoubleCountedM2: Double = 0
}
