import Foundation
import Geo
import GRDB
import Testing
@testable import Planner
@testable import PlannerStore

/// The bulk insert (values bound below GRDB's public API) stores every column in the
/// formats earlier releases wrote: TEXT days, REAL areas, INTEGER counts, NULL for nil.
@Suite struct RecordInsertTests {
    @Test func parcelsEventsAndSharesAreStoredInTheFormatsOfEarlierReleases() throws {
        let tmp = try TemporaryGeoPackage()
        let store = try PlanningStore.create(at: tmp.path)
        let history = try ClearanceHistory([
            ClearanceEvent(status: .compensated, date: LocalDate(iso: "2024-03-01"), by: "ban GPMB"),
            ClearanceEvent(status: .handedOver, date: LocalDate(iso: "2024-04-02"), note: "bàn giao"),
        ])
        let share = UnitShare(unitId: "d1", unitName: "Hải An", level: .district, areaM2: 100, share: 1)
        try store.save(parcels: [
            Parcel(id: "P1", parkId: "nam-dinh-vu", units: [share], landUse: LandUseCode(rawValue: "industrial"),
                   households: 3, compensationPlannedVND: 1.5e9, plannedHandover: LocalDate(iso: "2024-05-31"),
                   clearance: history, boundary: .polygon(Fixtures.square(x: 590_000, y: 2_300_000))),
            Parcel(id: "P2", parkId: nil, landUse: LandUseCode(rawValue: "road"),
                   boundary: .polygon(Fixtures.square(x: 590_020, y: 2_300_000))),
        ])
        try store.geoPackage.read { r in
            let db = r.db
            let p1 = try #require(try Row.fetchOne(db, sql: """
                SELECT parcel_id, park_id, households, typeof(households), compensation_planned_vnd, typeof(area_m2),
                       planned_handover, clearance, clearance_date, compensation_paid_vnd, attributes FROM parcels WHERE fid = 1
                """))
            #expect(p1 == ["parcel_id": "P1", "park_id": "nam-dinh-vu", "households": 3, "typeof(households)": "integer",
                           "compensation_planned_vnd": 1.5e9, "typeof(area_m2)": "real", "planned_handover": "2024-05-31",
                           "clearance": "handed_over", "clearance_date": "2024-04-02", "compensation_paid_vnd": nil,
                           "attributes": nil])
            #expect(try String.fetchAll(db, sql: "SELECT parcel_id || ' ' || seq || ' ' || status || ' ' || event_date FROM clearance_events ORDER BY fid")
                == ["P1 1 compensated 2024-03-01", "P1 2 handed_over 2024-04-02"])
            #expect(try String.fetchAll(db, sql: "SELECT coalesce(recorded_by, '-') || coalesce(note, '-') FROM clearance_events ORDER BY fid")
                == ["ban GPMB-", "-bàn giao"])
            #expect(try Row.fetchAll(db, sql: "SELECT owner_id, unit_level, unit_id, unit_name, area_m2, share FROM parcel_units")
                == [["owner_id": "P1", "unit_level": "district", "unit_id": "d1", "unit_name": "Hải An", "area_m2": 100.0, "share": 1.0]])
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM rtree_parcels_geom") == 2)
            #expect(try r.contents(of: "parcels")?.bounds == Envelope(minX: 590_000, minY: 2_300_000, maxX: 590_030, maxY: 2_300_010))
        }
        #expect(try store.parcels().map(\.clearance) == [history, ClearanceHistory()])
    }
}
