import Testing
@testable import Geo

@Suite struct ProjectionTests {
    // lon 106.68, lat 20.86 in Hai Phong: E 596 579.758, N 2 307 734.672 in EPSG:9210
    // and E 674 584.9, N 2 307 674.4 in EPSG:3405 (the team data README, checked with cs2cs).
    let haiPhong = Coordinate(106.68, 20.86)

    @Test func knownPointInCadastralTM3() throws {
        let c = try haiPhong.transformed(from: .wgs84, to: .haiPhongTM3)
        #expect(abs(c.x - 596_579.758) < 0.005)
        #expect(abs(c.y - 2_307_734.672) < 0.005)
    }

    @Test func knownPointInUTM48N() throws {
        let c = try haiPhong.transformed(from: .wgs84, to: .vn2000UTM48N)
        #expect(abs(c.x - 674_584.9) < 0.05)
        #expect(abs(c.y - 2_307_674.4) < 0.05)
    }

    @Test func roundTripWithinOneMillimetre() throws {
        for lon in stride(from: 106.3, through: 107.1, by: 0.2) {
            for lat in stride(from: 20.5, through: 21.0, by: 0.1) {
                let p = Coordinate(lon, lat)
                let tm = try p.transformed(from: .wgs84, to: .haiPhongTM3)
                let back = try tm.transformed(from: .haiPhongTM3, to: .wgs84)
                // 1 mm is about 9e-9 degrees.
                #expect(abs(back.x - p.x) < 9e-9 && abs(back.y - p.y) < 9e-9)
            }
        }
    }

    @Test func datumShiftIsAppliedOffshoreToo() throws {
        // Without the VN-2000 shift a point moves ~224 m; the shift must apply to
        // reclaimed land and water outside the operation's "onshore" area of use.
        let noShift = CRS("+proj=tmerc +lat_0=0 +lon_0=105.75 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +units=m +no_defs +type=crs")
        for p in [haiPhong, Coordinate(106.95, 20.55), Coordinate(107.3, 20.4)] {
            let shifted = try p.transformed(from: .wgs84, to: .haiPhongTM3)
            let plain = try p.transformed(from: .wgs84, to: noShift)
            let d = ((shifted.x - plain.x) * (shifted.x - plain.x) + (shifted.y - plain.y) * (shifted.y - plain.y)).squareRoot()
            #expect(d > 200 && d < 250, "shift at \(p) was \(d) m")
        }
    }

    @Test func geographicAxisOrderIsLonLat() throws {
        let v = try haiPhong.transformed(from: .wgs84, to: .vn2000)
        // VN-2000 is within a few arc-seconds of WGS 84: x must still be the longitude.
        #expect(abs(v.x - 106.68) < 0.01 && abs(v.y - 20.86) < 0.01)
    }

    @Test func geometryAreaInMetres() throws {
        // A 0.01° square near Hai Phong is about 1 040 m × 1 110 m.
        let square = Geometry.polygon(Envelope(minX: 106.68, minY: 20.86, maxX: 106.69, maxY: 20.87).polygon)
        let projected = try square.transformed(from: .wgs84, to: .haiPhongTM3)
        #expect(projected.area > 1_140_000 && projected.area < 1_170_000)
    }

    @Test func unknownCRSIsATypedError() {
        #expect(throws: GeoError.self) { try CoordinateTransformer(from: .wgs84, to: CRS("EPSG:999999")) }
    }

    @Test func epsgCode() {
        #expect(CRS.haiPhongTM3.epsgCode == 9210)
        #expect(CRS("+proj=longlat").epsgCode == nil)
    }
}
