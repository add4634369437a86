import Foundation
import GRDB
import Testing
@testable import Planner
@testable import PlannerStore

/// The clearance query answers the same from the store's lean records as from every
/// layer loaded, on the shipped data.
@Suite struct ClearanceRecordsTests {
    static let groupings: [ClearanceGrouping] = [
        .park, .unit(.district), .unit(.commune), .unitAndPark(.district), .unitAndPark(.commune),
    ]
    static let days = ["2022-01-01", "2024-06-30", "2025-06-30", "2030-01-01"]

    /// As `parkplan clearance` reads it: lean records of the parks asked for and those nested
    /// in them, the boundaries of the records that carry none (for the overlaps).
    static func fromStore(_ store: PlanningStore, _ query: ClearanceProgressQuery, _ data: PlanningData) throws -> ClearanceProgress {
        let level = query.grouping.level
        var query = query
        let nesting = try ParkNesting(parks: data.parks)
        query.nesting = nesting
        let records = try store.clearanceRecords(asOf: query.asOf, level: level, parkIds: query.parkIds.map(nesting.withNested))
        let boundaries = try store.parcelBoundaries(ids: records.filter { $0.boundary == nil }.map(\.id))
        return try query.run(records, units: level.map { data.units(at: $0) } ?? [], boundaries: boundaries)
    }

    /// The shipped store with the shares of one parcel that had district shares deleted,
    /// and that parcel (as it was, shares included).
    static func storeWithAParcelWithoutShares(at path: String) throws -> (PlanningStore, Parcel) {
        let store = try ShippedDataStore.make(at: path)
        let victim = try #require(try store.parcels().first { $0.units.contains { $0.level == .district } })
        try store.geoPackage.write { tx in
            try tx.db.execute(sql: "DELETE FROM parcel_units WHERE owner_id = ?", arguments: [victim.id])
        }
        return (store, victim)
    }

    @Test func everyGroupingAndDayMatchesTheLoadedData() throws {
        let tmp = try TemporaryGeoPackage()
        let store = try ShippedDataStore.make(at: tmp.path)
        let data = try store.load()
        for grouping in Self.groupings {
            for day in Self.days {
                for parks in [nil, Set(["an-hoa"]), Set(["tien-thanh", "xuan-cau"])] as [Set<String>?] {
                    let query = ClearanceProgressQuery(asOf: try LocalDate(iso: day), grouping: grouping, parkIds: parks)
                    let expected = try query.run(data)
                    let got = try Self.fromStore(store, query, data)
                    #expect(got == expected, "\(grouping) on \(day), parks \(parks ?? [])")
                    #expect(!expected.rows.isEmpty)
                }
            }
        }
    }

    /// The store's one pass (boundaries decoded from the rows the records are read from)
    /// gives what the two reads give: the records, then the boundaries of those that carry
    /// none; including a parcel with no share of the level, which carries its own.
    @Test func onePassGivesTheRecordsAndBoundariesOfTwoReads() throws {
        let tmp = try TemporaryGeoPackage()
        let (store, victim) = try Self.storeWithAParcelWithoutShares(at: tmp.path)
        for level in [nil, UnitLevel.district, .commune] {
            for day in Self.days {
                for parks in [nil, Set(["an-hoa"])] as [Set<String>?] {
                    let asOf = try LocalDate(iso: day)
                    let records = try store.clearanceRecords(asOf: asOf, level: level, parkIds: parks)
                    let boundaries = try store.parcelBoundaries(ids: records.filter { $0.boundary == nil }.map(\.id))
                    let onePass = try store.clearanceRecordsAndBoundaries(asOf: asOf, level: level, parkIds: parks)
                    #expect(onePass.records == records, "\(level?.rawValue ?? "no level") on \(day), parks \(parks ?? [])")
                    #expect(onePass.boundaries == boundaries, "\(level?.rawValue ?? "no level") on \(day), parks \(parks ?? [])")
                    #expect(!boundaries.isEmpty)
                    if level == .district, parks == nil {
                        #expect(onePass.records.first { $0.id == victim.id }?.boundary == victim.boundary)
                        #expect(onePass.boundaries[victim.id] == nil)
                    }
                }
            }
        }
    }

    @Test func recordsCarryTheStoredAreaStatusAndShares() throws {
        let tmp = try TemporaryGeoPackage()
        let store = try ShippedDataStore.make(at: tmp.path)
        let parcels = try store.parcels()
        let day = try LocalDate(iso: "2024-06-30")
        let records = try store.clearanceRecords(asOf: day, level: .district)
        #expect(records.map(\.id) == parcels.map(\.id))
        for (r, p) in zip(records, parcels) {
            // The stored area_m2 is the boundary's planar area the query used to compute.
            #expect(r.areaM2 == p.areaM2, "\(p.id)")
            #expect(r.status == p.clearance.status(asOf: day))
            #expect(r.units == p.units.filter { $0.level == .district })
            #expect(r.boundary == nil, "\(p.id) has district shares: no geometry read")
        }
        // Commune shares likewise; a parcel without one carries its boundary to be apportioned.
        let communes = try store.clearanceRecords(asOf: day, level: .commune)
        for (r, p) in zip(communes, parcels) {
            #expect(r.units == p.units.filter { $0.level == .commune })
            #expect(r.boundary == (r.units.isEmpty ? p.boundary : nil))
        }
    }

    @Test func aParcelWithNoStoredShareIsApportionedOnTheFly() throws {
        let tmp = try TemporaryGeoPackage()
        let (store, victim) = try Self.storeWithAParcelWithoutShares(at: tmp.path)
        let data = try store.load()
        let day = try LocalDate(iso: "2025-06-30")
        let records = try store.clearanceRecords(asOf: day, level: .district)
        let record = try #require(records.first { $0.id == victim.id })
        #expect(record.units.isEmpty && record.boundary == victim.boundary)
        for grouping in [ClearanceGrouping.unit(.district), .unitAndPark(.district)] {
            let query = ClearanceProgressQuery(asOf: day, grouping: grouping)
            #expect(try Self.fromStore(store, query, data) == (try query.run(data)))
        }
        // The apportioned share lands in the units the parcel lay in.
        let alone = try ClearanceProgressQuery(asOf: day, grouping: .unit(.district)).run([record], units: data.units(at: .district))
        #expect(Set(alone.rows.compactMap(\.unitId)) == Set(victim.units.filter { $0.level == .district }.map(\.unitId)))
    }

    /// A parcel whose row holds no area (written by another program) takes its boundary's:
    /// the lean pass, which leaves the geometry unread and reads that boundary afterwards,
    /// gives the record the one pass gives.
    @Test func aParcelWithoutAStoredAreaTakesItsBoundarysArea() throws {
        let tmp = try TemporaryGeoPackage()
        let store = try ShippedDataStore.make(at: tmp.path)
        let victim = try #require(try store.parcels().first { $0.units.contains { $0.level == .district } })
        try store.geoPackage.write { tx in
            try tx.db.execute(sql: "UPDATE parcels SET area_m2 = NULL WHERE parcel_id = ?", arguments: [victim.id])
        }
        let day = try LocalDate(iso: "2025-06-30")
        for level in [nil, UnitLevel.district] {
            let lean = try #require(try store.clearanceRecords(asOf: day, level: level).first { $0.id == victim.id })
            let onePass = try #require(try store.clearanceRecordsAndBoundaries(asOf: day, level: level, parkIds: nil).records
                .first { $0.id == victim.id })
            #expect(lean.areaM2 > 0 && lean.areaM2 == victim.boundary.area, "\(level?.rawValue ?? "no level")")
            #expect(lean == onePass, "\(level?.rawValue ?? "no level")")
            #expect(lean.boundary == nil, "its shares are stored: the boundary only gives the area")
        }
    }

    @Test func overdueParcelsGetTheirBoundaries() throws {
        let tmp = try TemporaryGeoPackage()
        let store = try ShippedDataStore.make(at: tmp.path)
        let parcels = try store.parcels()
        let ids = parcels.prefix(5).map(\.id) + ["no-such-parcel"]
        let boundaries = try store.parcelBoundaries(ids: ids)
        #expect(boundaries.count == 5)
        for p in parcels.prefix(5) { #expect(boundaries[p.id] == p.boundary) }
    }
}
