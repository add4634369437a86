import Testing
@testable import Geo

/// ``NativeGeometry/subdivided(maxVertices:)``: pieces of bounded size that cover the
/// geometry exactly, as PostGIS's ST_Subdivide.
@Suite struct SubdivideTests {
    /// A 1 000 m square with `n` × `n` square holes of 2 m (EPSG:9210 metres).
    static func holey(_ n: Int) -> Geometry {
        let outer = [Coordinate(x: 0, y: 0), Coordinate(x: 1000, y: 0), Coordinate(x: 1000, y: 1000),
                     Coordinate(x: 0, y: 1000), Coordinate(x: 0, y: 0)]
        let step = 1000.0 / Double(n)
        var holes: [[Coordinate]] = []
        for i in 0..<n {
            for j in 0..<n {
                let x = Double(i) * step + step / 2, y = Double(j) * step + step / 2
                holes.append([Coordinate(x: x, y: y), Coordinate(x: x, y: y + 2), Coordinate(x: x + 2, y: y + 2),
                              Coordinate(x: x + 2, y: y), Coordinate(x: x, y: y)])
            }
        }
        return .polygon(Polygon(exterior: outer, holes: holes))
    }

    @Test func piecesAreBoundedAndCoverTheWholeExactly() throws {
        let engine = GeometryEngine.current
        let whole = try engine.native(Self.holey(20))   // 400 holes, 2 005 vertices
        #expect(try whole.vertexCount() == 5 + 400 * 5)
        let pieces = try whole.subdivided(maxVertices: 256)
        #expect(pieces.count >= 8)
        for piece in pieces { #expect(try piece.vertexCount() <= 256) }
        let total = try whole.area()
        let sum = try pieces.reduce(0.0) { $0 + (try $1.area()) }
        #expect(abs(sum - total) <= 1e-9 * total)
        // Interiors disjoint: the union's area equals the sum of the pieces' areas.
        let union = try engine.unaryUnion(pieces.map { try $0.geometry() })
        #expect(abs(try union.area() - sum) <= 1e-9 * total)
        #expect(abs(try union.symmetricDifferenceArea(whole)) <= 1e-6)
    }

    @Test func smallGeometryStaysWhole() throws {
        let square = try GeometryEngine.current.native(TestShapes.square(0, 0, 10))
        let pieces = try square.subdivided(maxVertices: 256)
        #expect(pieces.count == 1)
        #expect(try pieces[0].area() == 100)
    }
}

private extension NativeGeometry {
    func symmetricDifferenceArea(_ other: NativeGeometry) throws -> Double {
        try difference(other).area() + (try other.difference(self).area())
    }
}
