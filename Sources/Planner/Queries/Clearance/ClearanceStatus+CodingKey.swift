/// Lets `[ClearanceStatus: Double]` encode as a JSON object keyed by status name.
extension ClearanceStatus: CodingKeyRepresentable {}
