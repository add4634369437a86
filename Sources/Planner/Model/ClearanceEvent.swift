/// One recorded change of a parcel's clearance status.
public struct ClearanceEvent: Hashable, Sendable, Codable {
    /// The status reached.
    public var status: ClearanceStatus
    /// The day it was reached.
    public var date: LocalDate
    /// Who recorded or decided it (an agency, an officer); `nil` when not known.
    public var by: String?
    /// A free note (decision number, reason of a dispute).
    public var note: String?

    /// Creates an event.
    public init(status: ClearanceStatus, date: LocalDate, by: String? = nil, note: String? = nil) {
        self.status = status
        self.date = date
        self.by = by
        self.note = note
    }
}
