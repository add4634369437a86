import Geo

/// The lean reads the clearance questions need, so a city's million parcels are
/// answered without decoding whole ``Parcel`` values.
public protocol ClearanceReading: Sendable {
    /// Every parcel's ``ParcelClearanceRecord`` on `asOf`, in parcel id order, with its
    /// shares of `level` (none for `nil`); only parcels of `parkIds`, when given.
    func clearanceRecords(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws -> [ParcelClearanceRecord]
    /// The boundaries (EPSG:9210) of the parcels with these ids; ids not stored are left out.
    func parcelBoundaries(ids: [String]) throws -> [String: Geometry]
}
