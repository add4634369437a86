/// How far an infrastructure work has got.
public enum WorkStatus: String, Sendable, CaseIterable, Codable {
    /// In a plan, not begun.
    case planned
    /// Being built.
    case underConstruction = "under_construction"
    /// In service.
    case operational

    /// The valid names, comma-separated, for error messages.
    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
