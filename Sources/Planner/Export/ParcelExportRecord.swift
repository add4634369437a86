import Geo

/// What the parcels layer export needs of one parcel on a day: its columns, its status
/// that day and the day it was reached, and its boundary. A store streams these without
/// building whole ``Parcel`` values (no attributes, no full history).
public struct ParcelExportRecord: Sendable {
    /// The parcel's id.
    public var id: String
    /// Its park, when any.
    public var parkId: String?
    /// The land-use code.
    public var landUse: LandUseCode
    /// Its planar area, m² (EPSG:9210).
    public var areaM2: Double
    /// Households affected; `nil` when not given.
    public var households: Int?
    /// Compensation planned, VND; `nil` when not given.
    public var compensationPlannedVND: Double?
    /// Compensation paid, VND; `nil` when not given.
    public var compensationPaidVND: Double?
    /// The planned hand-over day; `nil` when not given.
    public var plannedHandover: LocalDate?
    /// Its clearance status on the day.
    public var status: ClearanceStatus
    /// The day of the event that set ``status`` (`nil`: nothing recorded by then).
    public var statusSince: LocalDate?
    /// The parcel, EPSG:9210.
    public var boundary: Geometry
    /// Its whole clearance ledger (both times, voids), so an export loses no history.
    public var ledger: [LedgerEntry]
    /// The resurvey it came from (its parents, the day, when recorded), so an export read
    /// back keeps the lineage; `nil` for a parcel of the first survey.
    public var lineage: ParcelLineage?

    /// Creates a record.
    public init(id: String, parkId: String?, landUse: LandUseCode, areaM2: Double, households: Int? = nil,
                compensationPlannedVND: Double? = nil, compensationPaidVND: Double? = nil,
                plannedHandover: LocalDate? = nil, status: ClearanceStatus, statusSince: LocalDate? = nil,
                boundary: Geometry, ledger: [LedgerEntry] = [], lineage: ParcelLineage? = nil) {
        self.id = id
        self.parkId = parkId
        self.landUse = landUse
        self.areaM2 = areaM2
        self.households = households
        self.compensationPlannedVND = compensationPlannedVND
        self.compensationPaidVND = compensationPaidVND
        self.plannedHandover = plannedHandover
        self.status = status
        self.statusSince = statusSince
        self.boundary = boundary
        self.ledger = ledger
        self.lineage = lineage
    }

    /// The record of a parcel as it stood on `asOf`.
    public init(_ p: Parcel, asOf: LocalDate) {
        let last = p.clearance.eventInForce(on: asOf)
        self.init(id: p.id, parkId: p.parkId, landUse: p.landUse, areaM2: p.areaM2, households: p.households,
                  compensationPlannedVND: p.compensationPlannedVND, compensationPaidVND: p.compensationPaidVND,
                  plannedHandover: p.plannedHandover, status: last?.status ?? .notStarted, statusSince: last?.date,
                  boundary: p.boundary, ledger: p.ledgerEntries(recordedAt: nil),
                  lineage: p.parentIds.isEmpty ? nil : ParcelLineage(child: p.id, parents: p.parentIds, resurveyedOn: p.resurveyedOn ?? asOf,
                                                                     recordedAt: p.lineageRecordedAt))
    }
}
