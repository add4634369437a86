/// Why a JSON text could not be read and where: the byte offset in the file, counted
/// from 0. Raised by ``JSONParser`` and ``GeoJSONFramer``; turned into an ``ImportIssue``
/// (with the feature number and line) by ``LayerImport``.
struct JSONSyntaxError: Error, Sendable {
    /// The sort of problem, which picks the ``ImportIssue/Kind``.
    enum Kind: Sendable {
        /// Not JSON: an unexpected byte, a bad escape, a number out of range…
        case malformed
        /// The text ends inside a string, object or array.
        case truncated
        /// A byte that does not start a well-formed UTF-8 sequence.
        case invalidUTF8
    }

    var kind: Kind
    /// What is wrong, in words ("expected ':' after an object key").
    var message: String
    /// Byte offset in the file.
    var offset: Int
}
