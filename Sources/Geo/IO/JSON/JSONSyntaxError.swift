/// Why a JSON text could not be read and where: the byte offset in the file (or text),
/// counted from 0. Raised by ``JSONParser`` and ``GeoJSONFramer``.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The sort of problem.
    public enum Kind: Sendable {
        /// Not JSON: an unexpected byte, a bad escape, a number out of range…
        case malformed
        /// The text ends inside a string, object or array.
        case truncated
        /// A byte that does not start a well-formed UTF-8 sequence.
        case invalidUTF8
    }

    public var kind: Kind
    /// What is wrong, in words ("expected ':' after an object key").
    public var message: String
    /// Byte offset in the file (or text), from 0.
    public var offset: Int

    public init(kind: Kind, message: String, offset: Int) {
        self.kind = kind
        self.message = message
        self.offset = offset
    }

    /// "invalid JSON at byte 7: unexpected '"' after an object member…".
    public var description: String {
        switch kind {
        case .invalidUTF8: "invalid UTF-8 at byte \(offset): \(message)"
        case .malformed, .truncated: "invalid JSON at byte \(offset): \(message)"
        }
    }
}
