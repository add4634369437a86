import Geo
import Planner
import Testing
@testable import PlannerPresentation

/// A map with more parcels than it can show one by one draws them as a grid of cells, each
/// taking the status of the parcel at its centre; the picture stops growing with the parcels.
@Suite struct MapGridTests {
    /// 100 m shown on 100 px, 1 px a metre, y down from the north edge (y = 100 m is px 0).
    static let frame = MapFrame(extent: Envelope(minX: 0, minY: 0, maxX: 100, maxY: 100), width: 100, height: 100)

    static func square(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> [Coordinate] {
        [Coordinate(x0, y0), Coordinate(x1, y0), Coordinate(x1, y1), Coordinate(x0, y1), Coordinate(x0, y0)]
    }

    static let classes = [MapGrid.CellClass(style: .area("#ff0000"), title: "a"), MapGrid.CellClass(style: .area("#0000ff"), title: "b")]

    /// The (column, row) of the cells of class `index`.
    static func cells(_ grid: MapGrid, _ index: Int) -> Set<[Int]> {
        var out: Set<[Int]> = []
        for r in 0..<grid.rows { for c in 0..<grid.columns where grid.cellClass(column: c, row: r) == index { out.insert([c, r]) } }
        return out
    }

    @Test func aCellIsPaintedWhenItsCentreIsInside() {
        var grid = MapGrid(frame: Self.frame, cellPixels: 2, classes: Self.classes)
        #expect(grid.columns == 50 && grid.rows == 50)
        // px x 10..20, y 10..20: the cells whose centres 11, 13, …, 19 lie inside, columns and rows 5–9.
        grid.paint(.polygon(Polygon(exterior: Self.square(10, 80, 20, 90))), classIndex: 0)
        let expected = Set((5...9).flatMap { c in (5...9).map { [c, $0] } })
        #expect(Self.cells(grid, 0) == expected)
        #expect(Self.cells(grid, 1).isEmpty)
        #expect(grid.svg().contains("<path d=\"M5 5h5v1h-5zM5 6h5v1h-5zM5 7h5v1h-5zM5 8h5v1h-5zM5 9h5v1h-5z\" fill=\"#ff0000\" fill-opacity=\"0.85\"><title>a</title></path>"))
        #expect(!grid.svg().contains("#0000ff"), "a class with no cells writes no path")
    }

    @Test func holesAreLeftAndLaterPolygonsLieOnTop() {
        var grid = MapGrid(frame: Self.frame, cellPixels: 2, classes: Self.classes)
        grid.paint(.polygon(Polygon(exterior: Self.square(0, 60, 40, 100), holes: [Self.square(10, 70, 30, 90)])), classIndex: 0)
        #expect(grid.cellClass(column: 1, row: 1) == 0)
        #expect(grid.cellClass(column: 10, row: 10) == nil, "inside the hole")
        #expect(Self.cells(grid, 0).count == 400 - 100)
        grid.paint(.polygon(Polygon(exterior: Self.square(0, 90, 10, 100))), classIndex: 1)
        #expect(grid.cellClass(column: 1, row: 1) == 1)
        #expect(Self.cells(grid, 1).count == 25 && Self.cells(grid, 0).count == 300 - 25)
    }

    @Test func aParcelSmallerThanACellCentreIsNotDrawn() {
        var grid = MapGrid(frame: Self.frame, cellPixels: 2, classes: Self.classes)
        grid.paint(.polygon(Polygon(exterior: Self.square(10.1, 80.1, 10.9, 80.9))), classIndex: 0)
        #expect(Self.cells(grid, 0).isEmpty)
    }

    /// `n` × `n` parcels of 10 m in one park, every third handed over.
    static func park(_ n: Int) -> PlanningData {
        let side = Double(n) * 10
        let park = IndustrialPark(id: "p", name: "P", kind: .industrialPark, boundary: .polygon(Polygon(exterior: square(0, 0, side, side))))
        var parcels: [Parcel] = []
        for i in 0..<n {
            for j in 0..<n {
                let x = Double(i) * 10, y = Double(j) * 10
                let history = (i + j) % 3 == 0
                    ? ClearanceHistory(recorded: [ClearanceEvent(status: .handedOver, date: LocalDate(year: 2025, month: 1, day: 1)!)])
                    : ClearanceHistory()
                parcels.append(Parcel(id: "x\(i)-\(j)", parkId: "p", landUse: LandUseCode(rawValue: "LUC"), clearance: history,
                                      boundary: .polygon(Polygon(exterior: square(x, y, x + 10, y + 10)))))
            }
        }
        return PlanningData(parks: [park], parcels: parcels)
    }

    @Test func aParkMapPastTheLimitIsAGridThatStopsGrowing() throws {
        let day = LocalDate(year: 2025, month: 12, day: 31)!
        let few = PlanningMaps(data: Self.park(50), asOf: day, lang: .en).parcels(of: Self.park(50).parks[0], width: 728, id: "a").svg()
        #expect(few.components(separatedBy: "<title>x").count - 1 == 2_500, "2 500 parcels are drawn one by one")
        #expect(!few.contains("crispEdges"))

        let sizes = try [60, 200].map { n -> Int in
            let data = Self.park(n)
            let map = PlanningMaps(data: data, asOf: day, lang: .en).parcels(of: data.parks[0], width: 728, id: "a")
            let grid = try #require(map.layers.compactMap { if case .grid(let g) = $0 { g } else { nil } }.first)
            #expect(grid.columns == 364)
            let svg = map.svg()
            #expect(!svg.contains("<title>x"), "no parcel is drawn by itself")
            #expect(svg.contains("<title>Handed over</title>") && svg.contains("<title>Not started</title>"))
            #expect(svg.contains("\(NumberText.format(Double(n * n), lang: .en)) parcels, drawn as a grid"))
            return svg.utf8.count
        }
        // 40 000 parcels, each drawn by itself, would take at least 40 bytes apiece; the grid
        // costs the runs of its rows, not the parcels.
        #expect(sizes[1] < 40_000 * 40 / 2, "\(sizes)")
    }
}
