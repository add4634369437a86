/// A read or write naming a record the store does not hold (a parcel id, a user name):
/// the caller asked for something that is not there, not a fault of the store.
public struct NotStored: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is missing and what to do, in the planner's words ("no parcel with id …").
    public var message: String

    /// Creates the error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
