import Geo
import Planner
import Testing
@testable import PlannerPresentation

/// Park labels on the city map never hide each other, nor sit on another park.
@Suite struct LabelPlacementTests {
    /// On the shipped data, at the report's width and a phone's, every park is labelled,
    /// no two label boxes (the SVG's own text-width estimate) overlap, and each box stays
    /// on the picture.
    @Test(arguments: [728.0, 400.0])
    func noLabelHidesAnotherOnTheShippedData(width: Double) throws {
        let data = try ShippedData.loaded.get()
        let map = PlanningMaps(data: data, asOf: ShippedData.asOf, lang: .vi).city(gaps: [], utility: nil, width: width)
        let placed = map.placements
        #expect(placed.count == data.parks.count, "every park labelled")
        for (i, a) in placed.enumerated() {
            #expect(a.box == LabelBox(a.label.text, size: a.label.size, baselineCentre: a.box.baselineCentre), "the SVG's text estimate")
            #expect(a.box.x0 >= 0 && a.box.y0 >= 0 && a.box.x1 <= map.frame.width && a.box.y1 <= map.frame.height, "\(a.label.text) on the picture")
            for b in placed[(i + 1)...] {
                #expect(!a.box.overlaps(b.box), "\(a.label.text) overlaps \(b.label.text)")
            }
        }
        let svg = map.svg()
        for park in data.parks { #expect(svg.contains(">\(park.name)</text>"), "\(park.name) drawn") }
    }

    /// The two collisions seen in the report: the southern coastal zone's label lay on
    /// Tiên Thanh, and Nam Tràng Cát's crossed DEEP C II. Neither box covers the other park.
    @Test func theZoneKeepsOffTienThanhAndNamTrangCatOffDeepCII() throws {
        let data = try ShippedData.loaded.get()
        let map = PlanningMaps(data: data, asOf: ShippedData.asOf, lang: .vi).city(gaps: [], utility: nil, width: 728)
        let placed = Dictionary(map.placements.map { ($0.label.text, $0) }, uniquingKeysWith: { a, _ in a })
        func box(_ id: String) throws -> Geometry {
            let park = try #require(data.park(id: id))
            return try #require(placed[park.name]).box.ground(in: map.frame)
        }
        let tienThanh = try #require(data.park(id: "tien-thanh")).boundary
        let deepC2 = try #require(data.park(id: "deep-c-2")).boundary
        #expect(try !box("kkt-ven-bien-phia-nam").intersects(tienThanh))
        #expect(try !box("nam-trang-cat").intersects(deepC2))
        #expect(try !box("tien-thanh").intersects(try box("kkt-ven-bien-phia-nam")))
    }

    /// Two small features side by side: the labels are pulled apart, the one moved off its
    /// feature tied to it by a leader line ending at its anchor.
    @Test func aSmallFeatureGetsALeaderLine() throws {
        let frame = MapFrame(extent: Envelope(minX: 0, minY: 0, maxX: 1000, maxY: 1000), width: 400, height: 400)
        func square(_ x: Double) -> Geometry {
            .polygon(Polygon(exterior: [Coordinate(x, 480), Coordinate(x + 20, 480), Coordinate(x + 20, 500), Coordinate(x, 500), Coordinate(x, 480)]))
        }
        let a = MapLabel("Khu công nghiệp A", at: Coordinate(510, 490), size: 10, feature: square(500))
        let b = MapLabel("Khu công nghiệp B", at: Coordinate(540, 490), size: 10, feature: square(530))
        let placed = LabelPlacement(frame: frame).place([a, b])
        #expect(placed.count == 2)
        #expect(!placed[0].box.overlaps(placed[1].box))
        let leaders = placed.compactMap(\.leader)
        #expect(!leaders.isEmpty)
        for l in placed where l.leader != nil {
            #expect(l.leader!.to == frame.point(l.label.at))
        }
    }
}

extension LabelPlacementTests {
    /// At the report's width, no park's label lies on another park it is not inside.
    @Test func noLabelLiesOnAnotherPark() throws {
        let data = try ShippedData.loaded.get()
        let map = PlanningMaps(data: data, asOf: ShippedData.asOf, lang: .vi).city(gaps: [], utility: nil, width: 728)
        for placed in map.placements {
            let own = try #require(data.parks.first { $0.name == placed.label.text })
            let box = placed.box.ground(in: map.frame)
            for other in data.parks where other.id != own.id && !(other.boundary.envelope?.contains(placed.label.at) ?? false) {
                let covered = try box.intersection(other.boundary).area * map.frame.scale * map.frame.scale
                #expect(covered == 0, "\(own.name)'s label covers \(covered) px² of \(other.name)")
            }
        }
    }
}
