import Foundation
import Geo

/// Where a layer's GeoJSON comes from: a file, read block by block so that even a
/// gigabyte file never sits in memory whole, or bytes already in memory.
public enum GeoJSONInput: Sendable {
    /// A file on disk.
    case file(URL)
    /// Bytes in memory.
    case bytes(Data)

    /// Opens a fresh reader on the input (each pass over a file opens it again).
    func window() throws -> ByteWindow {
        switch self {
        case .file(let url): try ByteWindow(url: url)
        case .bytes(let data): ByteWindow(data: data)
        }
    }

    /// The 1-based line of byte `offset`, for messages (reads the input again up to it).
    func line(of offset: Int) -> Int? {
        guard let window = try? window() else { return nil }
        var lines = 1, counted = 0
        while true {
            let stop = min(window.limit, offset)
            if counted < stop {
                let from = counted - window.base, to = stop - window.base
                lines += window.withBytes { b in b[from..<to].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
                counted = stop
            }
            if counted >= offset || window.atEOF { return lines }
            guard (try? window.refill(keeping: window.limit)) != nil else { return nil }
            if window.atEOF && window.limit <= counted { return lines }
        }
    }
}
