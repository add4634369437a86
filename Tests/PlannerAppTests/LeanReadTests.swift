import Foundation
import Geo
import Planner
import PlannerApp
import PlannerPresentation
import Testing
import TestSupport

/// `parkplan parks`, `parcel-gaps` and `utility-plans` read lean (issue 16): they never ask the store
/// for every parcel in full, and give the same bytes as the same queries over every layer in
/// memory (``ParkSummaryQuery/run(_:)``, what the demo and the report use;
/// ``LayerGapQuery/parcelGaps(_:parkIds:)``).
@Suite struct LeanReadTests {
    /// A store that answers every read but whole parcels, and counts the boundaries asked for.
    final class NoWholeParcels: PlanningReading, ClearanceReading, @unchecked Sendable {
        struct Refused: Error {}
        let store: any PlanningStorage
        private(set) var boundariesAsked = 0
        /// How many times the parcels' records were read (any of the record reads).
        private(set) var parcelReads = 0
        init(_ store: any PlanningStorage) { self.store = store }
        func parks() throws -> [IndustrialPark] { try store.parks() }
        func parcels() throws -> [Parcel] { throw Refused() }
        func units(level: UnitLevel?) throws -> [AdministrativeUnit] { try store.units(level: level) }
        func unitLevels() throws -> [UnitLevel] { try store.unitLevels() }
        func zones() throws -> [LandUseZone] { try store.zones() }
        func works() throws -> [InfrastructureWork] { try store.works() }
        func tasks() throws -> [PlanTask] { try store.tasks() }
        func clearanceRecords(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws -> [ParcelClearanceRecord] {
            parcelReads += 1
            return try store.clearanceRecords(asOf: asOf, level: level, parkIds: parkIds)
        }
        func clearanceHistories() throws -> [String: ClearanceHistory] { try store.clearanceHistories() }
        func parcelBoundaries(ids: [String]) throws -> [String: Geometry] {
            boundariesAsked += ids.count
            return try store.parcelBoundaries(ids: ids)
        }
        func clearanceRecordsAndOverlaps(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws
            -> (records: [ParcelClearanceRecord], overlaps: [ParcelOverlapPair], boundaries: [String: Geometry]) {
            parcelReads += 1
            let read = try store.clearanceRecordsAndOverlaps(asOf: asOf, level: level, parkIds: parkIds)
            boundariesAsked += read.boundaries.count
            return read
        }
        func clearanceRecordsOverlapsAndBoundaries(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws
            -> (records: [ParcelClearanceRecord], overlaps: [ParcelOverlapPair], boundaries: [String: Geometry]) {
            parcelReads += 1
            let read = try store.clearanceRecordsOverlapsAndBoundaries(asOf: asOf, level: level, parkIds: parkIds)
            boundariesAsked += read.boundaries.count
            return read
        }
    }

    /// The JSON of the summary over every layer in memory, the way it was always computed.
    static func inFull(_ store: any PlanningStorage, asOf: LocalDate) throws -> String {
        let data = try store.everything(activeOn: asOf)
        return ResultTable.parks(try ParkSummaryQuery(asOf: asOf).run(data), data: data, asOf: asOf).json()
    }

    static let days = ["2024-12-31", "2025-06-30", "2025-09-30", "2026-09-30"].map { try! LocalDate(iso: $0) }

    @Test func shippedDataSameBytesWithoutWholeParcels() throws {
        let store = try ShippedStore.open()
        for day in Self.days {
            let lean = NoWholeParcels(store)
            let answer = try ParkSummaryReport(asOf: day).run(lean)
            #expect(answer.table.json() == (try Self.inFull(store, asOf: day)), "as of \(day)")
            #expect(answer.result.contains { $0.parcels > 0 && $0.clearedAreaHa > 0 })
            // Only the parcels that lie in a park are drawn for the overlap clusters.
            let inParks = try store.clearanceRecords(asOf: day, level: nil, parkIds: nil).filter { $0.parkId != nil }.count
            #expect(lean.boundariesAsked == inParks)
        }
    }

    @Test func generatedCityWithOverlapsSameBytes() throws {
        var random = SplitMix(state: 0x9A_4C5)
        let path = try GeneratedStore.make(parcels: 50, random: &random)
        let store = try PlanningStores.open(at: path)
        let all = try store.clearanceRecords(asOf: Self.days[3], level: nil, parkIds: nil)
        #expect(all.count == 2_500 && all.contains { $0.parkId == nil })
        for day in Self.days {
            let lean = NoWholeParcels(store)
            let answer = try ParkSummaryReport(asOf: day).run(lean)
            #expect(answer.table.json() == (try Self.inFull(store, asOf: day)), "as of \(day)")
            #expect(answer.result.contains { $0.doubleCountedM2 > 0 }, "the generated parcels overlap")
            #expect(lean.boundariesAsked < all.count, "parcels in no park are not drawn")
        }
    }

    @Test(arguments: [GapMode.enclosed, .withinContainer])
    func parcelGapsSameBytesWithoutWholeParcels(mode: GapMode) throws {
        var random = SplitMix(state: 0x6A_95)
        for store in [try ShippedStore.open(), try PlanningStores.open(at: try GeneratedStore.make(parcels: 30, random: &random))] {
            let today = LocalDate.today
            let lean = NoWholeParcels(store)
            let answer = try ParcelGapsReport(mode: mode, minAreaM2: 1).run(lean, today: today)
            let data = try store.everything(activeOn: today)
            let full = try LayerGapQuery(mode: mode, minAreaM2: 1).parcelGaps(data)
            #expect(answer.result == full)
            #expect(answer.table.json() == ResultTable.layerGaps(full, asOf: today).json())
            let inParks = try store.clearanceRecords(asOf: today, level: nil, parkIds: nil).filter { $0.parkId != nil }.count
            #expect(lean.boundariesAsked == inParks, "only the parcels of the parks are drawn")
        }
        // Some park's parcels leave land uncovered, so the comparison is not of two empty lists.
        #expect(try !ParcelGapsReport(mode: .withinContainer, minAreaM2: 1).run(ShippedStore.open()).result.isEmpty)
    }

    /// `utility-plans` reads records and boundaries only, and finds what the check finds
    /// over every layer in memory: the same missing plans, conflicts and delays (handed-over
    /// days from the status in force, ``ParcelClearanceRecord/statusSince``).
    @Test func utilityPlansSameAnswerWithoutWholeParcels() throws {
        var random = SplitMix(state: 0x07_11)
        var found = 0
        for store in [try ShippedStore.open(), try PlanningStores.open(at: try GeneratedStore.make(parcels: 40, random: &random))] {
            for day in Self.days {
                let answer = try UtilityPlansReport(asOf: day).run(NoWholeParcels(store))
                let full = try UtilityPlanningCheck(asOf: day).run(try store.everything(activeOn: day))
                #expect(answer.result == full, "as of \(day)")
                found += full.delays.filter { $0.source == .actual }.count + full.conflicts.count
            }
        }
        #expect(found > 0, "the shipped works meet land not handed over, or land handed over late")
    }

    /// Issue 16's guard at city-like size: over 20 164 generated parcels, `clearance` (by
    /// district and the overdue list), `parks` and `utility-plans` answer without ever asking
    /// for whole parcels, equal the queries over every layer in memory, and `clearance` reads
    /// the boundaries of the overlapping parcels only (the stored pairs, schema v5).
    @Test func twentyThousandParcelsAreNeverLoadedWhole() throws {
        var random = SplitMix(state: 0x20_164)
        let store = try PlanningStores.open(at: try GeneratedStore.make(parcels: 142, random: &random))
        let day = Self.days[1]
        let data = try store.everything(activeOn: day)
        #expect(data.parcels.count == 20_164)
        let lean = NoWholeParcels(store)
        let byDistrict = try ClearanceProgressReport(asOf: day, grouping: .unit(.district)).run(lean)
        var query = ClearanceProgressQuery(asOf: day, grouping: .unit(.district))
        query.listsOverdue = false
        #expect(byDistrict.result == (try query.run(data)))
        #expect(byDistrict.result.totals.doubleCountedM2 > 0, "the shifted parcels overlap their neighbours")
        #expect(lean.boundariesAsked > 0 && lean.boundariesAsked < data.parcels.count / 5, "only the overlapping parcels are drawn")
        let overdue = try ClearanceProgressReport(asOf: day, grouping: .unit(.district)).overdue(NoWholeParcels(store))
        #expect(overdue.result.parcels.count == byDistrict.result.totals.overdueParcels)
        #expect(try ParkSummaryReport(asOf: day).run(NoWholeParcels(store)).table.json() == (try Self.inFull(store, asOf: day)))
        #expect(try UtilityPlansReport(asOf: day).run(NoWholeParcels(store)).result == (try UtilityPlanningCheck(asOf: day).run(data)))
    }
}
