import Foundation

/// A sliding window on a file's bytes: holds the bytes from the oldest one still needed
/// to the last one read, and reads the next block (8 MiB) on demand. Positions are file
/// offsets; `base` is the offset of the first byte held.
public final class ByteWindow {
    /// Bytes read per block by default.
    public static let defaultBlockSize = 8 << 20
    /// Bytes read per block.
    public let blockSize: Int
    private var storage: UnsafeMutableBufferPointer<UInt8>
    /// The number of valid bytes held.
    public private(set) var end = 0
    /// The file offset of the first byte held.
    public private(set) var base = 0
    /// True once the whole input has been read.
    public private(set) var atEOF = false
    private let handle: FileHandle?

    /// A window on bytes in memory (all of them, already at the end).
    public init(data: Data) {
        blockSize = Self.defaultBlockSize
        storage = .allocate(capacity: max(1, data.count))
        _ = data.copyBytes(to: storage)
        end = data.count
        atEOF = true
        handle = nil
    }

    /// A window on a file; nothing is read until ``refill(keeping:)``.
    public init(url: URL, blockSize: Int = defaultBlockSize) throws {
        handle = try FileHandle(forReadingFrom: url)
        self.blockSize = blockSize
        storage = .allocate(capacity: 2 * blockSize)
    }

    deinit {
        storage.deallocate()
        try? handle?.close()
    }

    /// The file offset just past the last byte held.
    public var limit: Int { base + end }

    /// Runs `body` on the bytes held (index 0 is file offset `base`).
    @inline(__always) public func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try body(UnsafeBufferPointer(rebasing: storage[0..<end]))
    }

    /// Drops the bytes before file offset `keep` and reads the next block after the
    /// rest (growing the window when one value is larger than a block).
    /// - Returns: false when there was nothing more to read.
    @discardableResult
    public func refill(keeping keep: Int) throws -> Bool {
        guard !atEOF, let handle else { return false }
        let drop = max(0, min(keep - base, end))
        let kept = end - drop
        if drop > 0, kept > 0 {
            UnsafeMutableRawPointer(storage.baseAddress!).copyMemory(from: storage.baseAddress! + drop, byteCount: kept)
        }
        base += drop
        end = kept
        if storage.count - end < blockSize {
            let bigger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: end + blockSize)
            if end > 0 { UnsafeMutableRawPointer(bigger.baseAddress!).copyMemory(from: storage.baseAddress!, byteCount: end) }
            storage.deallocate()
            storage = bigger
        }
        guard let data = try handle.read(upToCount: blockSize), !data.isEmpty else {
            atEOF = true
            return false
        }
        let target = UnsafeMutableBufferPointer(rebasing: storage[end..<(end + data.count)])
        _ = data.copyBytes(to: target)
        end += data.count
        return true
    }
}
