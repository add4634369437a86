/// The raw bytes of a run of features framed by ``GeoJSONFramer``, copied out of the file
/// so they can be parsed in parallel while the file is read on.
public struct FeatureBatch: Sendable {
    /// One feature: its position in the file's features, its bytes in ``bytes`` and its file offset.
    public struct Entry: Sendable {
        /// Position in the file's features, from 0.
        public var index: Int
        /// Where its bytes lie in ``FeatureBatch/bytes``.
        public var range: Range<Int>
        /// The file offset of its first byte.
        public var fileOffset: Int
    }

    /// The features' bytes, one after the other.
    public private(set) var bytes: [UInt8] = []
    /// The features, in file order.
    public private(set) var entries: [Entry] = []

    public init() {}

    /// The number of features held.
    public var count: Int { entries.count }

    /// Appends one feature's bytes.
    public mutating func append(index: Int, bytes feature: UnsafeBufferPointer<UInt8>, fileOffset: Int) {
        let start = bytes.count
        bytes.append(contentsOf: feature)
        entries.append(Entry(index: index, range: start..<bytes.count, fileOffset: fileOffset))
    }

    /// Empties the batch, keeping its storage.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
    }
}
