/// What the reading thread hands the caller: a checked batch, a file-level refusal, or the end.
enum ReadBatch<V: Sendable>: Sendable {
    case outcomes([FeatureOutcome<V>])
    case failure(ImportFailure)
    case end
}
