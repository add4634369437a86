/// What a write does with the features a layer already holds.
public enum ImportMode: String, Sendable, CaseIterable {
    /// Add the new features; an id the layer already holds is a conflict and nothing is written.
    case add
    /// Parcels only: update the parcels the file names (geometry and attributes, by id),
    /// add the new ones, leave the others as they are; every ledger entry is kept.
    case update
    /// Replace the layer (for units: only the levels being written) with the new features.
    /// For parcels: ``update``, and every stored parcel the file no longer has is retired
    /// (kept, with its history, counted until the day before); never deleted.
    case replace
}
