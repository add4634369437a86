import Testing
@testable import Geo

@Test func overlappingSquaresIntersectionArea() throws {
    let a = Envelope(minX: 0, minY: 0, maxX: 10, maxY: 10).polygon
    let b = Envelope(minX: 5, minY: 5, maxX: 15, maxY: 15).polygon
    let i = try Geometry.polygon(a).intersection(.polygon(b))
    #expect(abs(i.area - 25) < 1e-9)
    #expect(try Geometry.polygon(a).overlaps(.polygon(b)))
}

@Test func knownHaiPhongPoint() throws {
    let c = try Coordinate(106.68, 20.86).transformed(from: .wgs84, to: .haiPhongTM3)
    #expect(abs(c.x - 596_579.758) < 0.01)
    #expect(abs(c.y - 2_307_734.672) < 0.01)
}
