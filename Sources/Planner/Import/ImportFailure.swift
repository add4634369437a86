/// An import that was refused: every problem found, not just the first. Nothing of the
/// layer is returned, so nothing half-imported can be stored.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    /// All the problems, in file order.
    public var issues: [ImportIssue]
    /// For files read through GDAL: property → a file field that may hold it (a
    /// 10-character truncation that was not mapped because it is ambiguous), for the
    /// "use --field" hint of ``summaryLines``.
    public var fieldHints: [String: String] = [:]

    /// Creates a failure.
    public init(issues: [ImportIssue]) { self.issues = issues }

    /// One line per problem.
    public var description: String {
        "import refused, \(issues.count) problem\(issues.count == 1 ? "" : "s"):\n" + issues.map(\.description).joined(separator: "\n")
    }
}
