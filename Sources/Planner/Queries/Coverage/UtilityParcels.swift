import Geo

/// The parcels ``UtilityPlanningCheck`` reads, by position, parcel id order: each one's
/// id, park, boundary (EPSG:9210), status on the check's day, the day that status was
/// reached, and planned hand-over. Made from whole parcels or from lean records
/// (``ParcelClearanceRecord`` with ``ParcelClearanceRecord/statusSince`` and the boundaries
/// a store reads beside them), so one check serves both.
struct UtilityParcels {
    var ids: [String] = []
    var parkIds: [String?] = []
    var boundaries: [Geometry] = []
    var statuses: [ClearanceStatus] = []
    var since: [LocalDate?] = []
    var planned: [LocalDate?] = []

    /// The parcels of `data` on `asOf` (the statuses from their histories: ``ClearanceHistory``).
    init(_ data: PlanningData, asOf: LocalDate) {
        for p in data.parcels {
            let inForce = p.clearance.eventInForce(on: asOf)
            append(p.id, p.parkId, p.boundary, inForce?.status ?? .notStarted, inForce?.date, p.plannedHandover)
        }
    }

    /// The lean records, each with its boundary (``ParcelClearanceRecord/withBoundaries(_:_:)``).
    init(_ parcels: [(record: ParcelClearanceRecord, boundary: Geometry)]) {
        for (r, boundary) in parcels {
            append(r.id, r.parkId, boundary, r.status, r.statusSince, r.plannedHandover)
        }
    }

    private mutating func append(_ id: String, _ parkId: String?, _ boundary: Geometry, _ status: ClearanceStatus,
                                 _ statusSince: LocalDate?, _ plannedHandover: LocalDate?) {
        ids.append(id)
        parkIds.append(parkId)
        boundaries.append(boundary)
        statuses.append(status)
        since.append(statusSince)
        planned.append(plannedHandover)
    }
}
