/// The utility a work supplies.
public enum Utility: String, Sendable, CaseIterable, Codable {
    /// Electricity (điện).
    case power
    /// Clean water (cấp nước).
    case water
    /// Telecommunications (viễn thông).
    case telecom

    /// The valid names, comma-separated, for error messages.
    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
