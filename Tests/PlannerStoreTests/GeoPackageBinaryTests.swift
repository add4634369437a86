import Foundation
import Geo
import Testing
@testable import PlannerStore

@Suite struct GeoPackageBinaryTests {
    private func le(_ v: Double) -> [UInt8] { withUnsafeBytes(of: v.bitPattern.littleEndian) { Array($0) } }
    private func be(_ v: Double) -> [UInt8] { withUnsafeBytes(of: v.bitPattern.bigEndian) { Array($0) } }

    @Test(arguments: [Fixtures.point, Fixtures.line, Fixtures.polygonWithHole, Fixtures.multiPolygon, Fixtures.empty])
    func roundTrip(_ geometry: Geometry) throws {
        let blob = GeoPackageBinary.encode(geometry, srsID: 9210)
        let decoded = try GeoPackageBinary.decode(blob)
        #expect(decoded.geometry == geometry)
        #expect(decoded.srsID == 9210)
        #expect(decoded.header.isEmpty == geometry.isEmpty)
        #expect(Array(blob[decoded.header.wkbOffset...]) == WKBWriter.data(geometry))
    }

    @Test func pointHeaderBytesMatchHandComputedValues() throws {
        let blob = GeoPackageBinary.encode(.point(Point(x: 1, y: 2)), srsID: 4326)
        // 'G' 'P', version 0, flags 0b0000_0011 (envelope 1, little-endian), srs 4326 = 0x10E6.
        #expect(Array(blob[0..<8]) == [0x47, 0x50, 0x00, 0x03, 0xE6, 0x10, 0x00, 0x00])
        // Envelope order is minx, maxx, miny, maxy.
        #expect(Array(blob[8..<40]) == le(1) + le(1) + le(2) + le(2))
        // Then WKB: little-endian point, type 1.
        #expect(Array(blob[40..<45]) == [0x01, 0x01, 0x00, 0x00, 0x00])
        #expect(blob.count == 8 + 32 + 21)
    }

    @Test func polygonEnvelopeIsMinXMaxXMinYMaxY() throws {
        let blob = GeoPackageBinary.encode(Fixtures.polygonWithHole, srsID: 9210)
        #expect(Array(blob[4..<8]) == [0xFA, 0x23, 0x00, 0x00]) // 9210 = 0x23FA
        #expect(Array(blob[8..<40]) == le(0) + le(100) + le(0) + le(80))
        let header = try GeoPackageBinary.decode(blob).header
        #expect(header.envelope == Envelope(minX: 0, minY: 0, maxX: 100, maxY: 80))
        #expect(header.envelopeType == 1)
        #expect(header.isLittleEndian)
    }

    @Test func emptyGeometryHasEmptyFlagAndNoEnvelope() throws {
        let blob = GeoPackageBinary.encode(.empty, srsID: 4326)
        // flags 0b0001_0001: empty bit, envelope 0, little-endian; WKB starts at byte 8.
        #expect(Array(blob[0..<4]) == [0x47, 0x50, 0x00, 0x11])
        #expect(Array(blob[8...]) == WKBWriter.data(.empty))
        let header = try GeoPackageBinary.decode(blob).header
        #expect(header.isEmpty && header.envelope == nil && header.wkbOffset == 8)
    }

    @Test func decodesBigEndianHeaderAndWKB() throws {
        // flags 0b0000_0010: envelope 1, big-endian; srs 9210 big-endian; big-endian WKB point.
        var blob: [UInt8] = [0x47, 0x50, 0x00, 0x02, 0x00, 0x00, 0x23, 0xFA]
        blob += be(3) + be(3) + be(4) + be(4)
        blob += [0x00, 0x00, 0x00, 0x00, 0x01] + be(3) + be(4)
        let decoded = try GeoPackageBinary.decode(blob)
        #expect(decoded.srsID == 9210)
        #expect(!decoded.header.isLittleEndian)
        #expect(decoded.header.envelope == Envelope(minX: 3, minY: 4, maxX: 3, maxY: 4))
        #expect(decoded.geometry == .point(Point(x: 3, y: 4)))
    }

    @Test(arguments: [(0, 8), (1, 40), (2, 56), (3, 56), (4, 72)])
    func acceptsEveryEnvelopeType(type: Int, wkbOffset: Int) throws {
        let sizes = [0, 4, 6, 6, 8]
        var blob: [UInt8] = [0x47, 0x50, 0x00, UInt8(type << 1) | 0x01, 0xE6, 0x10, 0x00, 0x00]
        let envelope: [Double] = [5, 6, 7, 8, -1, 1, -2, 2]
        for v in envelope.prefix(sizes[type]) { blob += le(v) }
        blob += WKBWriter.data(.lineString(LineString([Coordinate(5, 7), Coordinate(6, 8)])))
        let decoded = try GeoPackageBinary.decode(blob)
        #expect(decoded.header.wkbOffset == wkbOffset)
        #expect(decoded.geometry.coordinates == [Coordinate(5, 7), Coordinate(6, 8)])
        #expect(decoded.header.envelope == (type == 0 ? nil : Envelope(minX: 5, minY: 7, maxX: 6, maxY: 8)))
    }

    @Test func rejectsBadMagicWithClearError() {
        var blob = GeoPackageBinary.encode(Fixtures.point, srsID: 4326)
        blob[0] = 0x41
        blob[1] = 0x42
        #expect {
            try GeoPackageBinary.decode(blob)
        } throws: { error in
            guard let e = error as? StoreError else { return false }
            return e.kind == .geometryBlob && e.description.contains("bad magic 0x4142")
        }
    }

    @Test func rejectsInvalidEnvelopeTypeTruncationAndBadWKB() {
        var badType = GeoPackageBinary.encode(Fixtures.point, srsID: 4326)
        badType[3] = 0x0B // envelope type 5
        #expect(throws: StoreError.self) { try GeoPackageBinary.decode(badType) }
        let truncated = Array(GeoPackageBinary.encode(Fixtures.point, srsID: 4326).prefix(20))
        #expect(throws: StoreError.self) { try GeoPackageBinary.decode(truncated) }
        let badWKB = Array(GeoPackageBinary.encode(Fixtures.point, srsID: 4326).prefix(50))
        #expect(throws: StoreError.self) { try GeoPackageBinary.decode(badWKB) }
        #expect(throws: StoreError.self) { try GeoPackageBinary.decode([0x47, 0x50]) }
    }
}
