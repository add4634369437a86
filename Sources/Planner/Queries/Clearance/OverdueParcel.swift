/// A parcel whose planned hand-over day has passed without it being handed over.
public struct OverdueParcel: Sendable, Hashable, Codable {
    /// The parcel's id.
    public var parcelId: String
    /// Its park, when any.
    public var parkId: String?
    /// The planned hand-over day.
    public var plannedHandover: LocalDate
    /// Its status on the day asked about.
    public var status: ClearanceStatus
    /// Days from the planned hand-over to the day asked about (at least 1).
    public var daysOverdue: Int

    /// Creates an entry.
    public init(parcelId: String, parkId: String?, plannedHandover: LocalDate, status: ClearanceStatus, daysOverdue: Int) {
        self.parcelId = parcelId
        self.parkId = parkId
        self.plannedHandover = plannedHandover
        self.status = status
        self.daysOverdue = daysOverdue
    }
}
