import Foundation

/// Why a file could not be read, in plain words ("no such file", "is a directory",
/// "input/output error"), never Foundation's "(NSCocoaErrorDomain error 256.)".
enum ReadErrorText {
    /// The reason `error` (thrown by reading a file) gives, lower-case first.
    static func reason(_ error: any Error) -> String {
        let posix: Int32?
        if let e = error as? CocoaError, let underlying = e.underlying.map({ $0 as NSError }), underlying.domain == NSPOSIXErrorDomain {
            posix = Int32(underlying.code)
        } else if let e = error as? POSIXError {
            posix = e.code.rawValue
        } else if let e = error as NSError?, e.domain == NSPOSIXErrorDomain {
            posix = Int32(e.code)
        } else {
            posix = nil
        }
        guard let posix, let text = strerror(posix).map({ String(cString: $0) }), !text.isEmpty else {
            return error.localizedDescription
        }
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
