import Foundation

/// Progress of long work on one status line of standard error, shown only when standard
/// error is a terminal (never when output is piped or redirected to a file).
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private let start = Date()
    private let lock = NSLock()
    private var shown = false

    /// The process's progress line (one status line on standard error).
    static let shared = ProgressLine()

    /// A progress line, shown when standard error is a terminal.
    init(enabled: Bool = isatty(STDERR_FILENO) == 1) { self.enabled = enabled }

    /// Shows what is being done now ("reading parcels.geojson…").
    func step(_ what: String) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let elapsed = String(format: "%5.1fs", Date().timeIntervalSince(start))
        FileHandle.standardError.write(Data("\r\u{1B}[2K[\(elapsed)] \(what)…".utf8))
        shown = true
    }

    /// Clears the line, if one is shown, before anything else is written (the work is
    /// done, or a result or message follows), so nothing is glued to it.
    func done() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        shown = false
    }
}
