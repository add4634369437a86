import Foundation
import Planner
import PlannerStore
import Testing
import TestSupport

/// Every query with a geometry writes real features (GeoJSON and GeoPackage); the
/// overdue list names the board responsible in every format.
@Suite struct MappedAnswersCLITests {
    static func run(_ args: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(CLIRunner.parkplan, args + ["--store", try ShippedStore.path])
    }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The JSON rows and the GeoJSON features of one query, both exit 0, the GeoJSON RFC 7946.
    static func rowsAndFeatures(_ args: [String]) throws -> (rows: [[String: Any]], features: [[String: Any]]) {
        let json = try run(args + ["--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let geo = try run(args + ["--format", "geojson"])
        #expect(geo.status == 0, "\(geo.stderr)")
        #expect(RFC7946Check.problems(geo.stdout) == [], "\(args)")
        return (try object(json.stdout)["rows"] as? [[String: Any]] ?? [], try object(geo.stdout)["features"] as? [[String: Any]] ?? [])
    }

    static func type(_ feature: [String: Any]) -> String? { (feature["geometry"] as? [String: Any])?["type"] as? String }
    static func property(_ feature: [String: Any], _ key: String) -> Any? { (feature["properties"] as? [String: Any])?[key] }

    /// `tasks`: one feature per task naming a park, its parks' outlines (polygons), in lon/lat.
    @Test func tasksAreMappedWithTheirParks() throws {
        let (rows, features) = try Self.rowsAndFeatures(["tasks"])
        let naming = rows.filter { !(($0["parks"] as? [String]) ?? []).isEmpty }
        #expect(!naming.isEmpty)
        #expect(features.count == naming.count)
        for f in features {
            #expect(["Polygon", "MultiPolygon"].contains(Self.type(f) ?? ""))
            let row = naming.first { $0["reference"] as? String == Self.property(f, "reference") as? String }
            #expect(row != nil)
            #expect(Self.property(f, "parks") as? [String] == row?["parks"] as? [String])
        }
    }

    /// `utility-plans`: every row a feature; works on uncleared land are the works
    /// themselves (points and lines), late hand-overs the parcels, missing plans the parks.
    @Test func utilityPlansAreMappedWorksParcelsAndParks() throws {
        let (rows, features) = try Self.rowsAndFeatures(["utility-plans", "--as-of", "2026-06-30"])
        #expect(!rows.isEmpty)
        #expect(features.count == rows.count)
        let conflicts = features.filter { Self.property($0, "kind") as? String == "planned_on_uncleared_land" }
        #expect(!conflicts.isEmpty)
        #expect(conflicts.allSatisfy { ["Point", "LineString", "MultiPoint", "MultiLineString", "Polygon"].contains(Self.type($0) ?? "") })
        #expect(conflicts.contains { ["Point", "LineString"].contains(Self.type($0) ?? "") }, "works are points and lines")
        for f in features where Self.property(f, "kind") as? String != "planned_on_uncleared_land" {
            #expect(["Polygon", "MultiPolygon"].contains(Self.type(f) ?? ""))
        }
    }

    /// `clearance --by LEVEL+park`: each row the part of its park in its unit, with the row's figures.
    @Test func unitWithinParkRowsAreThePartOfTheParkInTheUnit() throws {
        let (rows, features) = try Self.rowsAndFeatures(["clearance", "--by", "district+park", "--as-of", "2026-06-30"])
        let placed = rows.filter { $0["unit"] as? String != "(none)" }
        #expect(!placed.isEmpty && features.count == placed.count)
        for f in features {
            #expect(["Polygon", "MultiPolygon"].contains(Self.type(f) ?? ""))
            let row = placed.first { $0["unit"] as? String == Self.property(f, "unit") as? String && $0["park"] as? String == Self.property(f, "park") as? String }
            #expect(row?["percent"] as? Double == Self.property(f, "percent") as? Double)
        }
    }

    /// `--gpkg` writes as many features as the JSON has mappable rows.
    @Test(arguments: [["utility-plans", "--as-of", "2026-06-30"], ["tasks"], ["clearance", "--overdue", "--as-of", "2026-06-30"],
                      ["gaps", "--utility", "water", "--as-of", "2026-06-30"]])
    func geoPackageHoldsTheFeatures(args: [String]) throws {
        let (_, features) = try Self.rowsAndFeatures(args)
        #expect(!features.isEmpty, "\(args)")
        let gpkg = try CLIRunner.scratch().appendingPathComponent("out.gpkg").path
        let r = try Self.run(args + ["--format", "json", "--gpkg", gpkg])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("wrote \(features.count) features to \(gpkg)"), "\(r.stderr)")
    }

    /// A query without geometry refuses GeoJSON and --gpkg with a message (exit 64).
    @Test func layersRefuseToMap() throws {
        for extra in [["--format", "geojson"], ["--gpkg", try CLIRunner.scratch().appendingPathComponent("x.gpkg").path]] {
            let r = try Self.run(["layers"] + extra)
            #expect(r.status == 64, "\(extra): \(r.stderr)")
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains("no geometry"), "\(r.stderr)")
        }
    }

    /// The overdue list's board: the unit holding the larger share at the level boards sit
    /// at on the day (districts before 1 July 2025, communes after), the same rule that
    /// lets a board user write the parcel; `recorded_by` is who recorded its status.
    @Test(arguments: [("2025-06-30", UnitLevel.district), ("2026-06-30", UnitLevel.commune)])
    func overdueNamesTheBoardResponsible(day: String, level: UnitLevel) throws {
        let json = try Self.run(["clearance", "--overdue", "--as-of", day, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try Self.object(json.stdout)["rows"] as? [[String: Any]] ?? []
        #expect(!rows.isEmpty)
        let store = try PlanningStore.open(at: try ShippedStore.path)
        let units = Set(try store.units(level: level).map(\.id))
        for row in rows.prefix(40) {
            let parcel = try #require(row["parcel"] as? String)
            let board = try #require(row["board_unit"] as? String, "board of \(parcel)")
            #expect(units.contains(board), "\(parcel): \(board) is a \(level)")
            #expect(row["board_unit_name"] is String)
            if level == .commune { #expect(board == row["unit"] as? String) }
            let shares = try store.unitShares(parcelId: parcel)
            if shares.contains(where: { $0.level == level }) {
                #expect(ParcelJurisdiction.unit(at: level, among: shares)?.unitId == board)
                let user = ServiceUser(name: "b", role: .board, units: [UnitReference(level: level, id: board)], createdAt: .now)
                #expect(throws: Never.self) { try WriteRights.check(user, parcelId: parcel, shares: shares) }
            }
            if row["status"] as? String != "not_started" {
                let history = try store.ledger(parcelId: parcel).history()
                #expect(row["recorded_by"] as? String == history.eventInForce(on: try LocalDate(iso: day))?.by, "recorder of \(parcel)")
            }
        }
        let csv = try Self.run(["clearance", "--overdue", "--as-of", day, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("parcel,") && csv.stdout.contains(",board_unit,board_unit_name,recorded_by"))
        let table = try Self.run(["clearance", "--overdue", "--as-of", day])
        #expect(table.stdout.contains("board_unit_name"))
        let first = try #require(rows.first?["board_unit_name"] as? String)
        #expect(table.stdout.contains(first))
    }
}
