import Foundation

/// Where exported text goes: a file (buffered, streamed) or standard output.
public final class ExportSink {
    private let handle: FileHandle
    private let closes: Bool
    private var buffer = Data()
    private let flushAt = 1 << 20

    /// Writes to a new file at `path` (replacing it).
    public init(path: String) throws {
        FileManager.default.createFile(atPath: path, contents: nil)
        guard let h = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        handle = h
        closes = true
    }

    /// Writes to standard output.
    public init(standardOutput: Void = ()) {
        handle = .standardOutput
        closes = false
    }

    /// Appends text; flushed to the file every megabyte.
    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= flushAt { flush() }
    }

    /// Writes what is buffered.
    public func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file.
    public func close() {
        flush()
        if closes { try? handle.close() }
    }

    deinit { close() }
}
