import Foundation
import Geo
import NIOCore
@testable import PlannerPostGIS
import TestSupport
import XCTest

/// `COPY` (text format, used by `store copy`) writes the same values as the multi-row
/// INSERT it replaced: the same text, JSON, days, timestamps, doubles and geometries, row for
/// row, for values that need escaping or sit at the edges.
final class PostGISCopyTextTests: XCTestCase {
    func testCopyWritesWhatInsertWrites() throws {
        let url = try PostGISTestDatabase.freshSchema()
        defer { PostGISTestDatabase.drop(url) }
        let location = try PostGISLocation(url)
        let connection = try PostGISConnection(location)
        let columns: [StoredColumn] = [
            .init("id"), .init("name"), .init("attributes", "%::json"), .init("day", "%::date"),
            .init("at", StoredValues.timestampSQL("%")), .init("area"), .init("n"), .geometry(),
        ]
        let square = Geometry.polygon(Polygon(exterior: [Coordinate(x: 590000, y: 2300000), Coordinate(x: 590010.125, y: 2300000),
                                                         Coordinate(x: 590010.125, y: 2300010), Coordinate(x: 590000, y: 2300000)], holes: []))
        let names = ["Hải Phòng", "tab\there", "line\nbreak\r\n", "back\\slash \\N", "", "\\."]
        let times: [Int64] = [0, 1_796_607_918_382, -1, -86_400_001, 951_782_400_000, 4_102_444_799_999, -62_135_596_800_000]
        let areas: [Double] = [0, 0.1, 1e-300, 123_456_789.012_345_67, -0.0, .pi, 5e-324]
        var rows: [[StoredValue]] = []
        for i in 0..<max(names.count, times.count) {
            rows.append([.text("r\(i)"), .text(names[i % names.count]), .text(i == 0 ? nil : #"{"k":"v\t\#(i)","q":"\"\\"}"#),
                         .text(i == 1 ? nil : "2024-02-\(10 + i)"), .int64(times[i % times.count]), .double(areas[i % areas.count]),
                         .int(i == 2 ? nil : -i), .bytes(i == 3 ? nil : StoredValues.multiPolygonWKB(square))])
        }
        try connection.transaction("copy test") { db in
            try db.execute("CREATE SCHEMA \"\(location.schema)\"")
            for table in ["by_insert", "by_copy"] {
                try db.execute("""
                    CREATE TABLE \(table) (id text PRIMARY KEY, name text, attributes json, day date, at timestamptz,
                                           area double precision, n integer, geom geometry(MultiPolygon, 9210))
                    """)
            }
            try db.insert("by_insert", columns, rows)
            try db.copy("by_copy", columns, rows)
        }
        let compare = """
            SELECT a.id FROM by_insert a FULL JOIN by_copy b USING (id)
            WHERE a.name IS DISTINCT FROM b.name OR a.attributes::text IS DISTINCT FROM b.attributes::text
               OR a.day IS DISTINCT FROM b.day OR a.at IS DISTINCT FROM b.at
               OR float8send(a.area) IS DISTINCT FROM float8send(b.area) OR a.n IS DISTINCT FROM b.n
               OR ST_AsEWKB(a.geom) IS DISTINCT FROM ST_AsEWKB(b.geom) OR a.id IS NULL OR b.id IS NULL
            """
        XCTAssertEqual(try PostGISTestDatabase.query(url, compare), [])
        XCTAssertEqual(try PostGISTestDatabase.query(url, "SELECT count(*)::text FROM by_copy"), ["\(rows.count)"])
        XCTAssertEqual(try PostGISTestDatabase.query(url, "SELECT name FROM by_copy WHERE id = 'r3'"), ["back\\slash \\N"])
        XCTAssertEqual(try PostGISTestDatabase.query(url, "SELECT ST_SRID(geom)::text FROM by_copy WHERE id = 'r0'"), ["9210"])
        XCTAssertEqual(try PostGISTestDatabase.query(url, "SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') FROM by_copy WHERE id = 'r3'"),
                       ["1969-12-30 23:59:59.999"])
    }

    func testABadRowIsRefusedAndNothingOfTheCopyIsKept() throws {
        let url = try PostGISTestDatabase.freshSchema()
        defer { PostGISTestDatabase.drop(url) }
        let location = try PostGISLocation(url)
        let connection = try PostGISConnection(location)
        try connection.session("table") { db in
            try db.execute("CREATE SCHEMA \"\(location.schema)\"")
            try db.execute("CREATE TABLE t (id text PRIMARY KEY, day date)")
        }
        let rows: [[StoredValue]] = [[.text("a"), .text("2024-01-01")], [.text("b"), .text("not a day")]]
        XCTAssertThrowsError(try connection.transaction("copy") { db in try db.copy("t", [.init("id"), .init("day", "%::date")], rows) }) { error in
            XCTAssertTrue("\(error)".contains("not a day"), "\(error)")
        }
        XCTAssertEqual(try PostGISTestDatabase.query(url, "SELECT count(*)::text FROM t"), ["0"])
    }
}
