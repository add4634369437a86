import Foundation
import Planner
import PlannerApp
import PlannerPostGIS
import PlannerStore
import TestSupport
import XCTest

/// The differential of ``DifferentialQueryTests`` over a generated city
/// (``GeneratedCity``: 20 000 parcels over the shipped parks, several status changes per
/// parcel, disputes, corrections and voids recorded at their own moments): every query and
/// parameter set of the shipped-data differential, the as-recorded ones at moments between
/// the entries, the export, and the ledgers of parcels with corrections and voids, byte for
/// byte on the GeoPackage store and on its copy in PostGIS.
final class GeneratedCityDifferentialTests: XCTestCase {
    struct Stores {
        var gpkg: String
        var pg: String
        var parcels: Int
        var built: TimeInterval
    }

    nonisolated(unsafe) private static var copied: Result<Stores, any Error>?

    /// The city generated and copied into a fresh schema, once for the class.
    private static func city() throws -> Stores {
        if let copied { return try copied.get() }
        let result = Result { () throws -> Stores in
            let started = Date()
            let gpkg = try Scratch.folder("parkplan-city").appendingPathComponent("city.gpkg").path
            let parcels = try GeneratedCity.build(at: gpkg)
            let pg = try PostGISTestDatabase.freshSchema()
            let r = try CLIRunner.run(CLIRunner.parkplan, ["store", "copy", "--from", gpkg, "--to", pg])
            guard r.status == 0 else { throw CLIFailure("store copy failed (\(r.status)): \(r.stderr)") }
            return Stores(gpkg: gpkg, pg: pg, parcels: parcels, built: Date().timeIntervalSince(started))
        }
        copied = result
        return try result.get()
    }

    override class func tearDown() {
        if case .success(let stores) = copied { PostGISTestDatabase.drop(stores.pg) }
        super.tearDown()
    }

    func testTheCityHasTheHistoryItIsMeantToHave() throws {
        let stores = try Self.city()
        print("generated city: \(stores.parcels) parcels, generated and copied into PostGIS in \(String(format: "%.1f", stores.built)) s")
        XCTAssertGreaterThan(stores.parcels, 19_000)
        let parcels = try PlanningStore.open(at: stores.gpkg).parcels()
        let entries = parcels.flatMap(\.ledgerEntries)
        XCTAssertGreaterThan(entries.count, 2 * parcels.count, "several entries a parcel")
        XCTAssertGreaterThan(entries.filter { $0.voidedSeq != nil }.count, 100, "voids")
        XCTAssertGreaterThan(entries.filter { $0.reason != nil && $0.voidedSeq == nil }.count, 100, "corrections going backwards")
        XCTAssertGreaterThan(Set(parcels.compactMap(\.parkId)).count, 5, "several parks")
        XCTAssertGreaterThan(parcels.filter { $0.retiredOn != nil }.count, 50, "retired parcels")
        let moments = GeneratedCity.moments
        XCTAssertTrue(entries.contains { $0.recordedAt! < moments[0] } && entries.contains { $0.recordedAt! > moments[2] },
                      "entries recorded before and after the moments asked about")
        XCTAssertTrue(Set(parcels.flatMap(\.units).map(\.level)).count == 2, "districts and communes")
    }

    /// The PostGIS store's lean clearance read (the status in force picked in SQL,
    /// ``StoredStatusesInForce``; lineage without whole parcels) gives, on every parcel, the
    /// record the Swift rule gives over the whole parcels the same store reads
    /// (``ParcelClearanceRecord/init(_:asOf:level:)`` of each parcel active that day, its
    /// boundary kept only where it must be apportioned, as the lean read keeps it), on
    /// days before, between and after the changes, as recorded now and at a moment between them.
    func testLeanClearanceRecordsEqualTheSwiftRuleOverWholeParcels() throws {
        let stores = try Self.city()
        // Days before, between and after the changes; now, and a moment between the entries
        // (about 2 s a read of this city in a debug build).
        let questions: [(day: String, level: UnitLevel?)] = [("2023-12-31", nil), ("2025-07-01", .commune), ("2026-11-30", .commune)]
        var compared = 0, started = 0
        for moment in [nil, GeneratedCity.moments[1]] {
            let store = try PostGISStore.open(try PostGISLocation(stores.pg), asRecorded: moment)
            let parcels = try store.parcels()
            for (day, level) in questions.map({ (try! LocalDate(iso: $0.day), $0.level) }) {
                let lean = try store.clearanceRecords(asOf: day, level: level, parkIds: nil)
                // A lean record carries its boundary only when it must be apportioned.
                let whole = parcels.filter { $0.isActive(on: day) }.map { p in
                    var r = ParcelClearanceRecord(p, asOf: day, level: level)
                    if level == nil || !r.units.isEmpty { r.boundary = nil }
                    return r
                }
                XCTAssertEqual(lean.count, whole.count, "parcels active on \(day) as recorded at \(moment?.description ?? "now")")
                for (a, b) in zip(lean, whole) where a != b {
                    XCTFail("\(a.id) on \(day) as recorded at \(moment?.description ?? "now"): lean \(a), whole parcels \(b)")
                    break
                }
                compared += lean.count
                started += lean.filter { $0.status != .notStarted }.count
            }
        }
        XCTAssertGreaterThan(compared, 100_000)
        XCTAssertGreaterThan(started, compared / 4, "most records have a status in force")
    }

    func testEveryQueryGivesTheSameJSONOnBothStores() throws {
        let stores = try Self.city()
        // The shipped differential's queries, its as-recorded pair at the middle moment, and
        // the overdue list as recorded before the last changes.
        // On CI (a debug build, 2 cores: about 20 s a query on this city) one question of each
        // kind; every question with PARKPLAN_FULL_DIFFERENTIAL=1 (about 14 minutes).
        let all = DifferentialQueryTests.queries(asRecorded: GeneratedCity.moments[1].description)
            + [["clearance", "--overdue", "--as-of", "2026-11-30", "--as-recorded", GeneratedCity.moments[2].description]]
        let full = ProcessInfo.processInfo.environment["PARKPLAN_FULL_DIFFERENTIAL"] == "1"
        let queries = full ? all : all.filter { q in Self.ciQueries.contains { $0 == Array(q.prefix($0.count)) } }
        XCTAssertGreaterThanOrEqual(queries.count, Self.ciQueries.count)
        XCTAssertEqual(try SameAnswers.compareJSON(queries, stores.gpkg, stores.pg), queries.count)
    }

    /// The questions asked on CI: the first query of the differential's list starting so.
    static let ciQueries: [[String]] = [
        ["parks", "--as-of", "2026-11-30"], ["clearance", "--by", "commune+park", "--as-of", "2026-11-30"],
        ["clearance", "--by", "park", "--dedupe"], ["clearance", "--overdue", "--as-of", "2026-11-30", "--as-recorded"],
        ["gaps", "--utility", "all"], ["overlaps", "--layer", "parcels"], ["parcel-gaps"],
    ]

    /// The report and the parcels map read lean from PostGIS (its ledger read once for the
    /// trend, ``PostGISStore/clearanceHistories()``, equal to the GeoPackage store's now and
    /// as recorded at a moment) are the GeoPackage store's, byte for byte.
    func testTheReportIsTheSameOnBothStores() throws {
        let stores = try Self.city()
        for moment in [nil, GeneratedCity.moments[1]] as [RecordedTime?] {
            let gpkg = try PlanningStores.open(at: stores.gpkg, asRecorded: moment)
            let pg = try PlanningStores.open(at: stores.pg, asRecorded: moment)
            let histories = try gpkg.clearanceHistories()
            XCTAssertGreaterThan(histories.count, stores.parcels / 2)
            let pgHistories = try pg.clearanceHistories()
            let differing = Set(histories.keys).union(pgHistories.keys).sorted().first { histories[$0] != pgHistories[$0] }
            XCTAssertNil(differing, "parcel \(differing ?? "") as recorded at \(moment?.description ?? "now"): "
                         + "\(String(describing: histories[differing ?? ""])) against \(String(describing: pgHistories[differing ?? ""]))")
        }
        // One page (a debug build draws a 20 000-parcel report in about 15 s a store): as recorded
        // at a moment, where histories, statuses and the overdue list all differ from now.
        let moment = GeneratedCity.moments[1]
        let page = QuarterlyReportPage(asOf: try LocalDate(iso: "2025-12-31"), lang: .en, asRecorded: moment)
        let pages = (try page.html(PlanningStores.open(at: stores.pg, asRecorded: moment)),
                     try page.html(PlanningStores.open(at: stores.gpkg, asRecorded: moment)))
        XCTAssertTrue(pages.0 == pages.1, "the report: " + SameAnswers.firstDifference(pages.0, pages.1))
        let map = MapPicture(subject: .parcels, lang: .en, asOf: try LocalDate(iso: "2026-09-30"))
        let maps = (try map.svgDocument(PlanningStores.open(at: stores.pg)), try map.svgDocument(PlanningStores.open(at: stores.gpkg)))
        XCTAssertTrue(maps.0 == maps.1, "the parcels map: " + SameAnswers.firstDifference(maps.0, maps.1))
        XCTAssertTrue(maps.0.contains("crispEdges"), "20 000 parcels over the city are drawn as a grid")
    }

    func testExportWritesTheSameFilesFromBothStores() throws {
        let stores = try Self.city()
        try SameAnswers.compareExports(stores.gpkg, stores.pg, asOf: "2026-11-30")
    }

    func testLedgersWithVoidsAndCorrectionsAreTheSameOnBothStores() throws {
        let stores = try Self.city()
        let parcels = try PlanningStore.open(at: stores.gpkg).parcels()
        let voided = parcels.filter { $0.ledgerEntries.contains { $0.voidedSeq != nil } }.prefix(3).map(\.id)
        let corrected = parcels.filter { $0.ledgerEntries.contains { $0.reason != nil && $0.voidedSeq == nil } }.prefix(3).map(\.id)
        XCTAssertEqual(voided.count + corrected.count, 6)
        try SameAnswers.compareHistories(voided + corrected, stores.gpkg, stores.pg)
    }
}
