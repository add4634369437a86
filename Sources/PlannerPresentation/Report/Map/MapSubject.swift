/// What `parkplan map` draws: a layer as it is, or a query's answer.
public enum MapSubject: String, Sendable, CaseIterable {
    /// Parks and zones, outlined and named.
    case parks
    /// Parcels coloured by clearance status.
    case parcels
    /// Administrative units, outlined and named.
    case units
    /// Land-use zones coloured by use.
    case zones
    /// Power, water and telecom works and their service areas.
    case infrastructure
    /// The coverage gaps of one utility, hatched.
    case gaps
    /// Overlapping features above the threshold.
    case overlaps
    /// Parks coloured by the share of their parcels handed over.
    case clearance

    /// The valid names, comma-separated, for error messages.
    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
