/// An import that was refused: every problem found, not just the first. Nothing of the
/// layer is returned, so nothing half-imported can be stored.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    /// All the problems, in file order.
    public var issues: [ImportIssue]

    /// Creates a failure.
    public init(issues: [ImportIssue]) { self.issues = issues }

    /// One line per problem.
    public var description: String {
        "import refused, \(issues.count) problem\(issues.count == 1 ? "" : "s"):\n" + issues.map(\.description).joined(separator: "\n")
    }
}
