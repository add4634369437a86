import Foundation
import Testing
@testable import Geo

@Suite struct IOTests {
    @Test func wkbOfAPointByHand() throws {
        let bytes = WKBWriter.data(.point(Point(x: 1, y: 2)))
        let hex = bytes.map { String(format: "%02X", $0) }.joined()
        #expect(hex == "0101000000000000000000F03F0000000000000040")
        #expect(try WKBReader.geometry(bytes) == .point(Point(x: 1, y: 2)))
    }

    @Test(arguments: ConversionTests.samples.filter { !$0.isEmpty })
    func wkbRoundTrip(_ g: Geometry) throws {
        #expect(try WKBReader.geometry(WKBWriter.data(g)) == g)
    }

    @Test func wkbBigEndianAndZ() throws {
        // POINT Z (1 2 3), big-endian, ISO type 1001.
        var bytes: [UInt8] = [0, 0, 0, 0x03, 0xE9]
        for v in [1.0, 2.0, 3.0] { withUnsafeBytes(of: v.bitPattern.bigEndian) { bytes += $0 } }
        #expect(try WKBReader.geometry(bytes) == .point(Point(x: 1, y: 2)))
    }

    @Test func truncatedWKBIsAParseError() {
        let bytes = Array(WKBWriter.data(TestShapes.squareWithHole).dropLast(5))
        #expect(throws: GeoError.self) { try WKBReader.geometry(bytes) }
    }

    @Test func wktRoundTrip() throws {
        let g = try WKT.geometry("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 4 6, 6 6, 6 4, 4 4))")
        #expect(g == TestShapes.squareWithHole)
        #expect(try WKT.text(.point(Point(x: 1.5, y: 2))) == "POINT (1.5 2)")
    }

    @Test func badWKTIsAParseError() {
        do {
            _ = try WKT.geometry("POLYGON ((0 0, 1")
            Issue.record("parsed bad WKT")
        } catch let e as GeoError {
            #expect(e.kind == .parse)
            #expect(!e.message.isEmpty)
        } catch { Issue.record("\(error)") }
    }

    @Test func geoJSONReadsEveryType() throws {
        let text = """
        {"type":"GeometryCollection","geometries":[
          {"type":"Point","coordinates":[106.68,20.86,5]},
          {"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[4,4],[4,6],[6,6],[6,4],[4,4]]]},
          {"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]]]},
          {"type":"LineString","coordinates":[[0,0],[1,1]]}]}
        """
        let g = try GeoJSONGeometry.geometry(from: JSONParser.parse(text))
        guard case .collection(let parts) = g else { Issue.record("not a collection"); return }
        #expect(parts[0] == .point(Point(x: 106.68, y: 20.86)))
        #expect(parts[1] == TestShapes.squareWithHole)
        #expect(parts[2].area == 0.5)
        #expect(parts[3].length == 2.0.squareRoot())
    }

    @Test func geoJSONMalformedGeometryIsAParseErrorSayingWhat() throws {
        let cases = [
            #"{"type":"Polygon"}"#: #"Polygon has no "coordinates""#,
            #"{"type":"Blob","coordinates":[]}"#: #"unknown geometry type "Blob""#,
            #"{"type":"Point","coordinates":["a",1]}"#: #"a position must be an array of at least two numbers, got ["a",1]"#,
            #"{"type":"Point","coordinates":[true,1]}"#: "a position must be an array of at least two numbers, got [true,1]",
            #"{"type":"Point","coordinates":[1,2,false]}"#: "a position must be an array of numbers, got [1,2,false]",
            #"{"coordinates":[1,2]}"#: #"geometry has no "type""#,
            #"[1,2]"#: "geometry is not a JSON object",
            #"{"type":"Polygon","coordinates":5}"#: "Polygon coordinates are not an array",
            #"{"type":"MultiLineString","coordinates":[[[0,0],[1,1]],[]]}"#: "MultiLineString part 1 is empty",
            #"{"type":"MultiPolygon","coordinates":[[]]}"#: "MultiPolygon part 0 is empty",
            #"{"type":"GeometryCollection"}"#: #"GeometryCollection has no "geometries" array"#,
        ]
        for (bad, message) in cases {
            let json = try JSONParser.parse(bad)
            #expect(throws: GeoError.self, "\(bad)") { try GeoJSONGeometry.geometry(from: json) }
            do { _ = try GeoJSONGeometry.geometry(from: json) } catch {
                #expect(error.kind == .parse)
                #expect(error.message == message, "\(bad)")
            }
        }
    }

    @Test func geoJSONNullIsTheEmptyGeometryAndAltitudeIsDropped() throws {
        #expect(try GeoJSONGeometry.geometry(from: .null) == .empty)
        let line = try GeoJSONGeometry.geometry(from: JSONParser.parse(#"{"type":"LineString","coordinates":[[0,0,9],[3,4,9]]}"#))
        #expect(line == .lineString(LineString([Coordinate(0, 0), Coordinate(3, 4)])))
    }

    @Test func geoJSONWriterFollowsRFC7946() throws {
        // Exterior given clockwise and hole counter-clockwise: the writer flips both.
        let cw = Polygon(exterior: TestShapes.squareWithHole.polygons[0].exterior.reversed(),
                         holes: TestShapes.squareWithHole.polygons[0].holes.map { $0.reversed() })
        let text = GeoJSONWriter().string(.polygon(cw))
        let back = try GeoJSONGeometry.geometry(from: JSONParser.parse(text))
        let p = back.polygons[0]
        #expect(Ring.isCounterClockwise(p.exterior))
        #expect(!Ring.isCounterClockwise(p.holes[0]))
        #expect(back.area == 96)
    }

    @Test func geoJSONWriterRounds() {
        let w = GeoJSONWriter(precision: 7)
        #expect(w.string(.point(Point(x: 106.123456789, y: 20.5))) == #"{"type":"Point","coordinates":[106.1234568,20.5]}"#)
        #expect(w.number(3.0) == "3")
    }
}
