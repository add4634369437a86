import Geo
import Testing
@testable import PlannerPresentation

/// Holes that cannot be seen at the map's scale are not cut: a legal parcel with
/// 10 000 pin-holes is one subpath on a city map, and a hole one can see is still cut.
@Suite struct SVGPathTests {
    /// A 1 000 m square with `n`×`n` holes of `size` m.
    static func holed(_ n: Int, size: Double) -> Geometry {
        var holes: [[Coordinate]] = []
        for i in 0..<n {
            for j in 0..<n {
                let x = (Double(i) + 0.3) * 1000 / Double(n), y = (Double(j) + 0.3) * 1000 / Double(n)
                holes.append([Coordinate(x: x, y: y), Coordinate(x: x, y: y + size), Coordinate(x: x + size, y: y + size),
                              Coordinate(x: x + size, y: y), Coordinate(x: x, y: y)])
            }
        }
        let outer = [Coordinate(x: 0, y: 0), Coordinate(x: 1000, y: 0), Coordinate(x: 1000, y: 1000),
                     Coordinate(x: 0, y: 1000), Coordinate(x: 0, y: 0)]
        return .polygon(Polygon(exterior: outer, holes: holes))
    }

    @Test func pinHolesAreNotDrawnAtCityScale() {
        // 50 km across 1 000 px: 50 m a pixel, so 2 m holes are a twenty-fifth of a pixel.
        let city = MapFrame(extent: Envelope(minX: -25_000, minY: -25_000, maxX: 25_000, maxY: 25_000), width: 1000, height: 1000)
        let d = SVGPath.data(Self.holed(100, size: 2), in: city)
        #expect(d.filter { $0 == "M" }.count == 1)
        #expect(d.utf8.count < 200)
    }

    @Test func holesOneCanSeeAreStillCut() {
        // 1 km across 1 000 px: a 2 m hole is 2 px.
        let park = MapFrame(extent: Envelope(minX: 0, minY: 0, maxX: 1000, maxY: 1000), width: 1000, height: 1000)
        let d = SVGPath.data(Self.holed(10, size: 2), in: park)
        #expect(d.filter { $0 == "M" }.count == 101)
    }

    @Test func aThinHoleLongOneWayIsDrawn() {
        let city = MapFrame(extent: Envelope(minX: -25_000, minY: -25_000, maxX: 25_000, maxY: 25_000), width: 1000, height: 1000)
        let outer = [Coordinate(x: 0, y: 0), Coordinate(x: 1000, y: 0), Coordinate(x: 1000, y: 1000), Coordinate(x: 0, y: 1000), Coordinate(x: 0, y: 0)]
        let slit = [Coordinate(x: 10, y: 10), Coordinate(x: 10, y: 11), Coordinate(x: 990, y: 11), Coordinate(x: 990, y: 10), Coordinate(x: 10, y: 10)]
        let d = SVGPath.data(.polygon(Polygon(exterior: outer, holes: [slit])), in: city)
        #expect(d.filter { $0 == "M" }.count == 2)
    }
}
