/// What a write does with the features a layer already holds.
public enum ImportMode: String, Sendable, CaseIterable {
    /// Add the new features; an id the layer already holds is a conflict and nothing is written.
    case add
    /// Replace the layer (for units: only the levels being written) with the new features.
    case replace
}
