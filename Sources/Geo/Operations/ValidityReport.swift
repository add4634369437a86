/// What GEOS says of a geometry's validity (OGC simple-features rules).
public struct ValidityReport: Hashable, Sendable {
    /// True when the geometry is valid.
    public var isValid: Bool
    /// GEOS's reason, e.g. "Self-intersection"; `nil` when valid.
    public var reason: String?
    /// Where the problem is, in the geometry's CRS; `nil` when valid.
    public var location: Coordinate?

    /// Creates a report.
    public init(isValid: Bool, reason: String? = nil, location: Coordinate? = nil) {
        self.isValid = isValid
        self.reason = reason
        self.location = location
    }

    /// "Self-intersection at (106.68, 20.86)" or "valid".
    public var summary: String {
        guard !isValid else { return "valid" }
        let at = location.map { " at (\($0.x), \($0.y))" } ?? ""
        return (reason ?? "invalid") + at
    }
}
