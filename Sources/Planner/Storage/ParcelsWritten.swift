/// How far a parcel import's writing has come (``LayerWriting/writeParcels(file:mode:retireOn:apportion:_:)``).
public struct ParcelsWritten: Sendable, Equatable {
    /// Parcels inserted so far.
    public var added: Int
    /// Stored parcels updated in place so far (`.update`, `.replace`).
    public var updated: Int

    /// Creates a count.
    public init(added: Int, updated: Int = 0) {
        self.added = added
        self.updated = updated
    }
}
