/// A PostGIS store failure, its message naming the store (never its password), the table
/// and the reason.
public struct PostGISError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in the planner's words.
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
