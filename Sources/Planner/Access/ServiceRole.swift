/// What a user of the shared record may do.
public enum ServiceRole: String, Sendable, Hashable, CaseIterable, Codable {
    /// Reads every answer; writes nothing.
    case viewer
    /// A site-clearance board: reads, and records status changes for the parcels that lie
    /// in its units (``WriteRights``).
    case board
    /// Everything, every parcel, the audit log.
    case admin

    /// "viewer, board, admin".
    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
