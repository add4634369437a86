import Planner

/// What changed in the record since a report was made (`clearance corrections`): the
/// parcels whose status on ``asOf`` the record gave differently at ``reportedAt`` ("as
/// reported then") from what it gives now ("as corrected since").
public struct RecordCorrections: Sendable {
    /// The day the report was about.
    public var asOf: LocalDate
    /// The moment the report was made.
    public var reportedAt: RecordedTime

    /// Creates the listing.
    public init(asOf: LocalDate, reportedAt: RecordedTime) {
        self.asOf = asOf
        self.reportedAt = reportedAt
    }

    /// The corrections, in parcel id order. `then` reads the record as at ``reportedAt``,
    /// `now` as it stands (the composition root opens both).
    public func run(then: any ClearanceReading, now: any ClearanceReading) throws -> [RecordCorrection] {
        RecordCorrection.between(reported: try then.clearanceRecords(asOf: asOf, level: nil, parkIds: nil),
                                 corrected: try now.clearanceRecords(asOf: asOf, level: nil, parkIds: nil))
    }
}
