/// Streaming the parcels layer as it stood on a day, in batches, for exports of a
/// city's million parcels in bounded memory.
public protocol ParcelStreamReading: Sendable {
    /// Hands `body` the function giving the next batch of parcels as they stood on
    /// `asOf`, in parcel id order (`nil` at the end); each one decodes to a
    /// ``ParcelExportRecord`` when asked (so decoding can run beside the writing).
    /// Returns `nil` without calling `body` when the store cannot give that order, and the
    /// caller reads ``PlanningReading/parcels()`` instead.
    func streamParcels<T>(asOf: LocalDate, _ body: (_ next: () throws -> [any ParcelRecordSource]?) throws -> T) throws -> T?
}

/// One streamed parcel that decodes to the record the parcels export writes.
public protocol ParcelRecordSource: Sendable {
    /// The parcel's export record (boundary in EPSG:9210).
    func record() throws -> ParcelExportRecord
}
