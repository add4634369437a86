/// The raw bytes of a run of features, copied out of the file so they can be parsed in
/// parallel while the file is read on.
struct FeatureBatch: Sendable {
    /// One feature: its position in the file's features, its bytes in ``bytes`` and its file offset.
    struct Entry: Sendable {
        var index: Int
        var range: Range<Int>
        var fileOffset: Int
    }

    private(set) var bytes: [UInt8] = []
    private(set) var entries: [Entry] = []

    var count: Int { entries.count }

    mutating func append(index: Int, bytes feature: UnsafeBufferPointer<UInt8>, fileOffset: Int) {
        let start = bytes.count
        bytes.append(contentsOf: feature)
        entries.append(Entry(index: index, range: start..<bytes.count, fileOffset: fileOffset))
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
    }
}
