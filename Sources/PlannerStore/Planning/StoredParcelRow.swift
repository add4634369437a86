import Geo
import Planner

/// One row of the parcels layer as read for export, geometry still a GeoPackage blob:
/// cheap to read on the reading thread, decoded with ``record(asOf:)`` on any thread.
public struct StoredParcelRow: Sendable {
    /// The parcel's id.
    public var id: String
    /// Its park, when any.
    public var parkId: String?
    /// The land-use code.
    public var landUse: LandUseCode
    /// The stored planar area, m² (`nil`: computed from the boundary).
    public var areaM2: Double?
    /// Households affected.
    public var households: Int?
    /// Compensation planned, VND.
    public var compensationPlannedVND: Double?
    /// Compensation paid, VND.
    public var compensationPaidVND: Double?
    /// The planned hand-over day.
    public var plannedHandover: LocalDate?
    /// The status on the day the rows were read for.
    public var status: ClearanceStatus
    /// The day of the event that set ``status``.
    public var statusSince: LocalDate?
    /// The GeoPackage geometry blob (`nil` for NULL).
    public var geometryBlob: [UInt8]?
    /// The parcel's ledger entries (as recorded by the store's ``PlanningStore/asRecorded``).
    public var ledger: [LedgerEntry]
    /// The resurvey it came from, when it did (as recorded by ``PlanningStore/asRecorded``).
    public var lineage: ParcelLineage? = nil

    /// The export record: the blob decoded as ``PlanningStore/parcels()`` decodes it.
    /// - Throws: ``StoreError`` (`.geometryBlob`) for a bad blob.
    public func record() throws -> ParcelExportRecord {
        let boundary = StoredGeometry.simplified(try geometryBlob.map { try GeoPackageBinary.decode($0).geometry })
        return ParcelExportRecord(
            id: id, parkId: parkId, landUse: landUse, areaM2: areaM2 ?? boundary.area,
            households: households, compensationPlannedVND: compensationPlannedVND, compensationPaidVND: compensationPaidVND,
            plannedHandover: plannedHandover, status: status, statusSince: statusSince, boundary: boundary,
            ledger: ledger, lineage: lineage)
    }
}
