import Geo

/// Reading the parcels in a window of the map, through the store's spatial index, for a
/// map that asks for what it shows.
public protocol WindowReading: Sendable {
    /// The parcels active on `asOf` whose bounding box meets `window` (EPSG:9210 metres),
    /// as they stood on `asOf`, in parcel id order.
    func parcels(within window: Envelope, asOf: LocalDate) throws -> [ParcelExportRecord]
}
