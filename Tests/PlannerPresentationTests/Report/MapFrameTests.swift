import Geo
import Planner
import Testing
@testable import PlannerPresentation

/// A 10 × 10 km extent in a 600 × 400 px frame with 20 px padding: the height limits the
/// scale to 360 px / 10 000 m = 0.036 px/m, the 360 px wide map is centred from x = 120.
private let extent = Envelope(minX: 500_000, minY: 2_300_000, maxX: 510_000, maxY: 2_310_000)
private let frame = MapFrame(extent: extent, width: 600, height: 400, padding: 20)

@Test func theFrameScalesUniformlyCentresAndFlipsY() {
    #expect(frame.scale == 0.036)
    #expect(frame.point(Coordinate(505_000, 2_305_000)) == SVGPoint(x: 300, y: 200))
    #expect(frame.point(Coordinate(500_000, 2_310_000)) == SVGPoint(x: 120, y: 20))   // north-west corner: top left
    #expect(frame.point(Coordinate(510_000, 2_300_000)) == SVGPoint(x: 480, y: 380))  // south-east corner: bottom right
    let back = frame.coordinate(SVGPoint(x: 300, y: 200))
    #expect(abs(back.x - 505_000) < 1e-6 && abs(back.y - 2_305_000) < 1e-6)
}

@Test func aSquareParkIsDrawnAtItsPlaceWithHolesByEvenOdd() {
    let park = Polygon(exterior: [Coordinate(502_000, 2_302_000), Coordinate(508_000, 2_302_000), Coordinate(508_000, 2_308_000),
                                  Coordinate(502_000, 2_308_000), Coordinate(502_000, 2_302_000)],
                       holes: [[Coordinate(504_000, 2_304_000), Coordinate(504_000, 2_306_000), Coordinate(506_000, 2_306_000),
                                Coordinate(504_000, 2_304_000)]])
    #expect(SVGPath.data(.polygon(park), in: frame) == "M192 308L408 308L408 92L192 92ZM264 236L264 164L336 164Z")
    var map = SVGMap(frame: frame, id: "t", lang: .en)
    map.add([MapFeature(.polygon(park), style: .area("#1a9850"))])
    let svg = map.svg()
    #expect(svg.contains("<path d=\"M192 308L408 308L408 92L192 92ZM264 236L264 164L336 164Z\" fill-rule=\"evenodd\""))
    #expect(svg.contains("viewBox=\"0 0 600 "))
}

@Test func tienThanhLandsWhereTheFramePutsItsEnvelope() throws {
    let data = try ShippedData.loaded.get()
    let park = try #require(data.park(id: "tien-thanh"))
    let envelope = try #require(park.boundary.envelope)
    let frame = MapFrame(extent: envelope, width: 500, height: 500, padding: 10)
    let expectedScale = 480 / max(envelope.width, envelope.height)
    #expect(abs(frame.scale - expectedScale) < 1e-12)
    let points = park.boundary.coordinates.map(frame.point)
    let xs = points.map(\.x), ys = points.map(\.y)
    // The envelope fills the frame along its longer side and is centred along the other.
    #expect(abs(xs.min()! - (250 - envelope.width * expectedScale / 2)) < 1e-9)
    #expect(abs(xs.max()! - (250 + envelope.width * expectedScale / 2)) < 1e-9)
    #expect(abs(ys.min()! - (250 - envelope.height * expectedScale / 2)) < 1e-9)
    #expect(abs(ys.max()! - (250 + envelope.height * expectedScale / 2)) < 1e-9)
    // The northernmost vertex is at the top.
    let north = park.boundary.coordinates.max { $0.y < $1.y }!
    #expect(abs(frame.point(north).y - ys.min()!) < 1e-9)
    // The path starts at the first vertex, written with one decimal.
    let first = frame.point(park.boundary.coordinates[0])
    #expect(SVGPath.data(park.boundary, in: frame).hasPrefix("M\(NumberText.svg(first.x)) \(NumberText.svg(first.y))L"))
}

@Test(arguments: [(1234.0, 1000.0), (2500, 2000), (7.3, 5), (0.3, 0.2), (10_000, 10_000), (19_999, 10_000), (1, 1)])
func scaleBarsTakeNiceLengths(limit: Double, expected: Double) {
    #expect(abs(MapFrame.niceLength(atMost: limit) - expected) < 1e-9)
}

@Test func theScaleBarIsTrueToTheFrameScale() {
    let (metres, pixels) = frame.scaleBar(maxPixels: 150)   // 150 px = 4 166 m → 2 km = 72 px
    #expect(metres == 2000 && pixels == 72)
    #expect(NumberText.svg(12.345) == "12.3" && NumberText.svg(4.0) == "4" && NumberText.svg(-0.44) == "-0.4")
}
