import Testing
@testable import Geo

@Suite struct ValidityTests {
    @Test func bowTieIsInvalidAtItsCrossing() throws {
        let report = try TestShapes.bowTie.validity()
        #expect(!report.isValid)
        #expect(report.reason == "Self-intersection")
        #expect(report.location == Coordinate(5, 5))
        #expect(report.summary.contains("Self-intersection at (5.0, 5.0)"))
    }

    @Test func bowTieRepairedIntoTwoTriangles() throws {
        let repaired = try TestShapes.bowTie.makeValid()
        #expect(try repaired.validity().isValid)
        #expect(repaired.polygons.count == 2)
        #expect(abs(repaired.area - 50) < 1e-9)
    }

    @Test func validPolygonWithHole() throws {
        #expect(try TestShapes.squareWithHole.validity() == ValidityReport(isValid: true))
    }

    @Test func holeOutsideShellIsInvalid() throws {
        let g = Geometry.polygon(Polygon(exterior: TestShapes.square(0, 0, 10).polygons[0].exterior,
                                         holes: [TestShapes.square(20, 20, 1).polygons[0].exterior]))
        let report = try g.validity()
        #expect(!report.isValid)
        #expect(report.reason == "Hole lies outside shell")
    }

    @Test func ringNotClosed() throws {
        let g = Geometry.polygon(Polygon(exterior: [Coordinate(0, 0), Coordinate(1, 0), Coordinate(1, 1), Coordinate(0, 1)]))
        let report = try g.validity()
        #expect(!report.isValid)
        #expect(report.reason?.contains("not closed") == true)
    }

    @Test func tooFewPoints() throws {
        let g = Geometry.polygon(Polygon(exterior: [Coordinate(0, 0), Coordinate(1, 0), Coordinate(0, 0)]))
        #expect(try g.validity().reason?.contains("Too few points") == true)
    }

    @Test func nonFiniteCoordinate() throws {
        let g = Geometry.point(Point(x: .nan, y: 1))
        #expect(try g.validity().reason?.contains("Non-finite") == true)
    }
}
