/// Reads well-known binary (WKB): ISO and OGC 2-D types, either byte order. Z and M
/// ordinates (ISO 1000/2000/3000 codes or EWKB flags) are read and dropped; an EWKB
/// SRID is skipped.
public struct WKBReader {
    private let bytes: [UInt8]
    private var offset: Int

    /// Decodes a whole WKB buffer.
    /// - Throws: ``GeoError`` (`.parse`) for truncated or unknown input.
    public static func geometry(_ bytes: [UInt8]) throws -> Geometry {
        try geometry(bytes, from: 0).geometry
    }

    /// Decodes one WKB geometry starting at `start`; returns it and the offset after it.
    public static func geometry(_ bytes: [UInt8], from start: Int) throws -> (geometry: Geometry, end: Int) {
        var reader = WKBReader(bytes: bytes, offset: start)
        let g = try reader.readGeometry(depth: 0)
        return (g, reader.offset)
    }

    private func fail(_ message: String) -> GeoError {
        GeoError(.parse, operation: "WKB", message: "\(message) at byte \(offset)")
    }

    private mutating func readByte() throws -> UInt8 {
        guard offset < bytes.count else { throw fail("truncated WKB") }
        defer { offset += 1 }
        return bytes[offset]
    }

    private mutating func readUInt32(_ little: Bool) throws -> UInt32 {
        guard offset + 4 <= bytes.count else { throw fail("truncated WKB") }
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(bytes[offset + i]) << (8 * UInt32(i)) }
        offset += 4
        return little ? v : v.byteSwapped
    }

    private mutating func readDouble(_ little: Bool) throws -> Double {
        guard offset + 8 <= bytes.count else { throw fail("truncated WKB") }
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return Double(bitPattern: little ? v : v.byteSwapped)
    }

    private mutating func readCoordinates(_ little: Bool, _ dims: Int) throws -> [Coordinate] {
        let n = Int(try readUInt32(little))
        guard n <= (bytes.count - offset) / (8 * dims) else { throw fail("point count \(n) exceeds the data") }
        var cs: [Coordinate] = []
        cs.reserveCapacity(n)
        for _ in 0..<n { cs.append(try readCoordinate(little, dims)) }
        return cs
    }

    private mutating func readCoordinate(_ little: Bool, _ dims: Int) throws -> Coordinate {
        let x = try readDouble(little), y = try readDouble(little)
        for _ in 2..<dims { _ = try readDouble(little) }
        return Coordinate(x, y)
    }

    private mutating func readPolygon(_ little: Bool, _ dims: Int) throws -> Polygon {
        let n = Int(try readUInt32(little))
        guard n <= bytes.count - offset else { throw fail("ring count \(n) exceeds the data") }
        var rings: [[Coordinate]] = []
        for _ in 0..<n { rings.append(try readCoordinates(little, dims)) }
        guard let exterior = rings.first else { return Polygon(exterior: []) }
        return Polygon(exterior: exterior, holes: Array(rings.dropFirst()))
    }

    private mutating func readGeometry(depth: Int) throws -> Geometry {
        guard depth < 64 else { throw fail("nesting too deep") }
        let order = try readByte()
        guard order <= 1 else { throw fail("bad byte-order mark \(order)") }
        let little = order == 1
        var type = try readUInt32(little)
        var dims = 2
        // EWKB flags: Z 0x80000000, M 0x40000000, SRID 0x20000000.
        if type & 0x8000_0000 != 0 { dims += 1 }
        if type & 0x4000_0000 != 0 { dims += 1 }
        if type & 0x2000_0000 != 0 { _ = try readUInt32(little) }
        type &= 0x0FFF_FFFF
        // ISO: 1000s Z, 2000s M, 3000s ZM.
        switch type / 1000 {
        case 1, 2: dims += 1
        case 3: dims += 2
        default: break
        }
        type %= 1000
        func count() throws -> Int {
            let n = Int(try readUInt32(little))
            guard n <= bytes.count - offset else { throw fail("part count \(n) exceeds the data") }
            return n
        }
        switch type {
        case 1:
            let c = try readCoordinate(little, dims)
            return c.x.isNaN && c.y.isNaN ? .empty : .point(Point(c))
        case 2: return .lineString(LineString(try readCoordinates(little, dims)))
        case 3: return .polygon(try readPolygon(little, dims))
        case 4, 5, 6, 7:
            let n = try count()
            var parts: [Geometry] = []
            for _ in 0..<n { parts.append(try readGeometry(depth: depth + 1)) }
            switch type {
            case 4: return .multiPoint(MultiPoint(try parts.map {
                guard case .point(let p) = $0 else { throw fail("non-point in MultiPoint") }
                return p
            }))
            case 5: return .multiLineString(MultiLineString(try parts.map {
                guard case .lineString(let l) = $0 else { throw fail("non-line in MultiLineString") }
                return l
            }))
            case 6: return .multiPolygon(MultiPolygon(try parts.map {
                guard case .polygon(let p) = $0 else { throw fail("non-polygon in MultiPolygon") }
                return p
            }))
            default: return .collection(parts)
            }
        default:
            throw fail("unknown WKB geometry type \(type)")
        }
    }
}
