import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where exported text goes: a file (buffered, streamed) or standard output.
///
/// Outputs that cannot hurt: a new or regular file is written beside itself and renamed
/// into place by ``close()`` (atomic; a failed write leaves the old file and no partial
/// one); a symlink, device (`/dev/stdout`, `/dev/full`) or FIFO is written in place,
/// never renamed over; a SQLite file (a store or any GeoPackage) or a path in
/// ``protectedPaths`` is refused. Every write error is thrown as an ``ExportSinkError``.
public final class ExportSink {
    private let fd: Int32
    private let closes: Bool
    /// The temporary file renamed onto `target` at close (nil when written in place).
    private let temporary: String?
    private let target: String
    private var buffer = Data()
    private let flushAt = 1 << 20
    private var failure: ExportSinkError?
    private var closed = false

    /// Paths (stores opened by this process) no output may be written to.
    nonisolated(unsafe) public static var protectedPaths: [String] = []

    /// Writes to `path`: replaces a regular file atomically, writes a symlink, device or
    /// FIFO in place. - Throws: ``ExportSinkError`` for a missing folder, a directory,
    /// a store or other SQLite file, or a file that cannot be created.
    public init(path: String) throws {
        target = path
        let parent = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        if !parent.isEmpty, !FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw ExportSinkError(path: path, reason: "the folder \(parent) does not exist")
        }
        var link = stat()
        let exists = lstat(path, &link) == 0
        var info = stat()
        let resolves = stat(path, &info) == 0
        if resolves, (info.st_mode & S_IFMT) == S_IFDIR {
            throw ExportSinkError(path: path, reason: "it is a folder; give a file name")
        }
        if resolves, (info.st_mode & S_IFMT) == S_IFREG {
            if Self.isProtected(info) { throw ExportSinkError(path: path, reason: "it is the store; choose another output file") }
            if Self.isSQLite(path) { throw ExportSinkError(path: path, reason: "it is a SQLite/GeoPackage database; refusing to overwrite it") }
        }
        let inPlace = exists && ((link.st_mode & S_IFMT) == S_IFLNK || (resolves && (info.st_mode & S_IFMT) != S_IFREG))
        if inPlace {
            let opened = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard opened >= 0 else { throw ExportSinkError(path: path, reason: String(cString: strerror(errno))) }
            fd = opened
            temporary = nil
        } else {
            let dir = parent.isEmpty ? "." : parent
            let name = (path as NSString).lastPathComponent
            var template = Array("\(dir)/.\(name).XXXXXX".utf8CString)
            let opened = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard opened >= 0 else { throw ExportSinkError(path: path, reason: String(cString: strerror(errno))) }
            fd = opened
            temporary = String(cString: template)
            fchmod(fd, resolves ? info.st_mode & 0o7777 : 0o644)
        }
        closes = true
    }

    /// Writes to standard output.
    public init(standardOutput: Void = ()) {
        fd = STDOUT_FILENO
        closes = false
        temporary = nil
        target = "standard output"
    }

    /// Appends text; flushed to the file every megabyte. A write error is kept and thrown by ``close()``.
    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= flushAt { flush() }
    }

    /// Appends UTF-8 text; a megabyte or more goes to the file at once, not copied into
    /// the buffer. A write error is kept and thrown by ``close()``.
    public func write(_ bytes: [UInt8]) {
        guard bytes.count < flushAt else {
            flush()
            bytes.withUnsafeBytes(writeOut)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushAt { flush() }
    }

    /// Writes what is buffered (after an error, drops it: ``close()`` reports the error).
    public func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes(writeOut)
    }

    /// Writes `raw` to the file whole (nothing after an error).
    private func writeOut(_ raw: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        var offset = 0
        while offset < raw.count {
            let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                failure = ExportSinkError(path: target, reason: String(cString: strerror(errno)))
                return
            }
            offset += n
        }
    }

    /// Flushes, closes and (for a regular file) renames the output into place.
    /// - Throws: ``ExportSinkError`` when any write failed; the partial output is removed.
    public func close() throws {
        guard !closed else { return }
        closed = true
        flush()
        if failure == nil, closes, temporary != nil, fsync(fd) != 0 {
            failure = ExportSinkError(path: target, reason: String(cString: strerror(errno)))
        }
        if closes, Glibc.close(fd) != 0, failure == nil {
            failure = ExportSinkError(path: target, reason: String(cString: strerror(errno)))
        }
        if let temporary {
            if failure == nil, rename(temporary, target) != 0 {
                failure = ExportSinkError(path: target, reason: String(cString: strerror(errno)))
            }
            if failure != nil { unlink(temporary) }
        }
        if let failure { throw failure }
    }

    /// Closes without renaming: a partial output is removed.
    public func discard() {
        guard !closed else { return }
        closed = true
        if closes { Glibc.close(fd) }
        if let temporary { unlink(temporary) }
    }

    deinit { discard() }

    /// Throws when `path` is a store opened by this process (e.g. `--gpkg` naming the store).
    public static func refuseStore(_ path: String) throws {
        var info = stat()
        if stat(path, &info) == 0, isProtected(info) {
            throw ExportSinkError(path: path, reason: "it is the store; choose another output file")
        }
    }

    /// Throws when `path` must not be replaced by an output: a folder, a store opened by
    /// this process, or any SQLite/GeoPackage file (someone's store, perhaps).
    public static func refuseOverwrite(_ path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw ExportSinkError(path: path, reason: "it is a folder; give a file name") }
        if isProtected(info) { throw ExportSinkError(path: path, reason: "it is the store; choose another output file") }
        if isSQLite(path) { throw ExportSinkError(path: path, reason: "it is a SQLite/GeoPackage database; refusing to overwrite it") }
    }

    private static func isProtected(_ info: stat) -> Bool {
        protectedPaths.contains { p in
            var s = stat()
            return stat(p, &s) == 0 && s.st_dev == info.st_dev && s.st_ino == info.st_ino
        }
    }

    private static func isSQLite(_ path: String) -> Bool {
        guard let h = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? h.close() }
        let head = (try? h.read(upToCount: 16)) ?? Data()
        return head == Data("SQLite format 3\0".utf8)
    }
}

/// An output that could not be written: the path and the reason.
public struct ExportSinkError: Error, CustomStringConvertible, Sendable {
    /// The output path.
    public let path: String
    /// Why (e.g. "No space left on device").
    public let reason: String
    public var description: String { "cannot write \(path): \(reason)" }

    /// Creates the error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
