import Geo

/// What ``ParkSummaryQuery`` needs of one parcel of a park: its planar area (m², EPSG:9210),
/// its status on the day asked about and its boundary (EPSG:9210, for the overlap
/// clusters). Lean on purpose: a store's ``ParcelClearanceRecord`` and a boundary give it,
/// without decoding whole ``Parcel`` values.
struct ParkSummaryParcel: Sendable {
    let areaM2: Double
    let status: ClearanceStatus
    let boundary: Geometry
}

extension ParkSummaryParcel {
    /// A parcel's figures as it stood on `asOf`.
    init(_ parcel: Parcel, asOf: LocalDate) {
        self.init(areaM2: parcel.areaM2, status: parcel.clearance.status(asOf: asOf), boundary: parcel.boundary)
    }
}
