import Foundation
import Geo
import Testing
@testable import Planner
@testable import PlannerPresentation

/// Numbers in the query outputs: full doubles for machines, rounded once for people,
/// whole counts, lists in CSV as `;`-joined cells.
@Suite struct ResultNumbersTests {
    static let day = try! LocalDate(iso: "2024-06-30")

    /// A row whose cleared share is 94.0507 %: 940 507 of 1 000 000 m² handed over.
    static func clearance() -> ClearanceProgress {
        var row = ClearanceProgressRow(unitId: "XC", unitName: "Xuân Cầu")
        let done = ParcelClearanceRecord(id: "P1", parkId: "K", areaM2: 940_507, households: 7, status: .handedOver)
        let open = ParcelClearanceRecord(id: "P2", parkId: "K", areaM2: 59_493 / 0.5, households: 3, status: .inventoried)
        var areas = ClearanceStatusAreas()
        row.add(done, share: 1, overdue: false)
        areas.add(done.areaM2 * 1, status: .handedOver, overdue: false)
        row.add(open, share: 0.5, overdue: true)
        areas.add(open.areaM2 * 0.5, status: .inventoried, overdue: true)
        areas.write(into: &row)
        return ClearanceProgress(asOf: day, rows: [row], totals: row, overdue: [])
    }

    @Test func overlapAreaKeepsTheFullDoubleInJSONAndCSV() {
        let f = OverlapFinding(layerA: "parcels", a: "A", layerB: "parcels", b: "B", areaM2: 1.0595123456789,
                               shareOfA: 0.000123456789, shareOfB: 0.5, geometry: .polygon(Envelope(minX: 0, minY: 0, maxX: 1, maxY: 1).polygon))
        let table = ResultTable.overlaps([f], minAreaM2: 0)
        #expect(table.json().contains("\"area_m2\":1.0595123456789"))
        #expect(table.json().contains("\"share_a\":0.000123456789"))
        #expect(table.csv().contains(",1.0595123456789,"))
        // The terminal table rounds: m² whole, shares three places.
        let last = table.text().split(separator: "\n").last.map { $0.split(separator: " ").suffix(4).joined(separator: " ") }
        #expect(last == "1 0.00 0.000 0.500")
    }

    @Test func percentIsRoundedOnceFromTheFullValue() throws {
        let table = ResultTable.clearance(Self.clearance(), grouping: .unit(.commune))
        #expect(table.json().contains("\"percent\":94.0506999"))   // the full double of 940507 / 1e6 × 100
        let text = table.text(columns: ["unit", "percent"])
        #expect(text.hasSuffix("94.1"), "\(text)")
    }

    @Test func countsAreWholeAndSharesSeparate() throws {
        let table = ResultTable.clearance(Self.clearance(), grouping: .unit(.commune))
        let row = try #require(table.rows.first)
        #expect(table.value(row, "parcels") == .number(2))
        #expect(table.value(row, "parcel_share") == .number(1.5))
        #expect(table.value(row, "households") == .number(10))
        #expect(table.value(row, "household_share") == .number(8.5))
        #expect(!table.text(columns: ["parcels", "households"]).contains("."))
        // Overdue parcels counted whole, their area weighted by the share.
        #expect(table.value(row, "overdue_parcels") == .number(1))
        #expect(table.value(row, "overdue_m2") == .number(59_493))
    }

    /// The answer by unit carries the overdue counts, not the parcels: short whatever the
    /// number of parcels; CSV has the same columns as JSON rows, after the status areas.
    @Test func clearanceCountsOverdueParcelsInsteadOfListingThem() throws {
        let table = ResultTable.clearance(Self.clearance(), grouping: .unit(.commune))
        let json = table.json()
        #expect(!json.contains("\"overdue\":"))
        #expect(json.contains("\"totals\":{") && json.contains("\"overdue_m2\":59493"))
        let header = try #require(table.csv().split(separator: "\r\n").first)
        #expect(header.contains("handed_over_m2,disputed_m2,overdue_parcels,overdue_m2,compensation_planned_vnd"), "\(header)")
    }

    @Test func csvWritesAListAsOneSemicolonJoinedCell() {
        let conflict = SchedulingConflict(workId: "W1", utility: .power, status: .planned, operationalFrom: nil,
                                          parcelIds: ["P1", "P2"], parcelAreaM2: 10, overlapAreaM2: 0)
        let csv = ResultTable.utilityPlans(UtilityPlanningReport(missing: [], conflicts: [conflict]), asOf: Self.day).csv()
        #expect(csv.contains(",P1;P2,"))
        #expect(!csv.contains("["))
    }

    @Test func oneFormatterRoundsHalfAwayFromZeroAndGroups() {
        #expect(NumberText.format(1_234_567.891, decimals: 2) == "1 234 567.89")
        #expect(NumberText.format(-0.04, decimals: 1) == "0.0")
        #expect(NumberText.format(2.5) == "3")
        #expect(NumberText.format(1234.5, decimals: 1, group: ".", mark: ",") == "1.234,5")
        #expect(ResultColumn.Kind.percent.text(.number(94.0507)) == "94.1")
    }
}
