import Foundation
import Testing
import TestSupport

/// The store edited by other programs, as QGIS users and scripts do: `sqlite3` and GDAL
/// (`ogrinfo -sql`, `ogr2ogr -update`) on the GeoPackage, then the product asked. Every
/// answer is either the updated one or a clear refusal of the edit, never a stale one.
@Suite struct LedgerExternalEditTests {
    private static func parkplan(_ args: [String]) throws -> CLIRunner.Result { try CLIRunner.run(CLIRunner.parkplan, args) }

    private static func tool(_ args: [String]) throws -> CLIRunner.Result { try CLIRunner.run("/usr/bin/env", args) }

    private static func sqlite(_ store: String, _ sql: String) throws -> CLIRunner.Result { try tool(["sqlite3", store, sql]) }

    private static func gdal(_ store: String, _ sql: String) throws -> CLIRunner.Result { try tool(["ogrinfo", "-q", store, "-sql", sql]) }

    @Test func theLedgerRefusesUpdatesAndDeletesFromSQLite() throws {
        let (_, store) = try ShippedStore.copy()
        let before = try Self.parkplan(["clearance", "--by", "commune", "--as-of", "2026-09-30", "--format", "json", "--store", store]).stdout
        let update = try Self.sqlite(store, "UPDATE clearance_events SET status = 'handed_over' WHERE parcel_id = 'TT-000016'")
        #expect(update.status != 0)
        #expect(update.stderr.contains("append-only ledger"), "\(update.stderr)")
        let delete = try Self.sqlite(store, "DELETE FROM clearance_events WHERE parcel_id = 'TT-000016'")
        #expect(delete.status != 0)
        #expect(delete.stderr.contains("never deleted"), "\(delete.stderr)")
        let parcel = try Self.sqlite(store, "DELETE FROM parcels WHERE parcel_id = 'TT-000016'")
        #expect(parcel.status != 0)
        #expect(try Self.sqlite(store, "SELECT count(*) FROM clearance_events WHERE parcel_id = 'TT-000016'").stdout
            .trimmingCharacters(in: .whitespacesAndNewlines) == "4")
        #expect(try Self.parkplan(["clearance", "--by", "commune", "--as-of", "2026-09-30", "--format", "json", "--store", store]).stdout == before)
    }

    @Test func gdalCannotMakeTheClearanceColumnDriftButCanRecordAnEntry() throws {
        let (_, store) = try ShippedStore.copy()
        let day = "2026-11-20"
        let before = try Self.parkplan(["clearance", "--by", "park", "--as-of", day, "--format", "json", "--store", store]).stdout
        // A QGIS-style edit of the derived column: refused, with the command to use.
        let edit = try Self.gdal(store, "UPDATE parcels SET clearance = 'handed_over' WHERE parcel_id = 'AH-000002'")
        #expect(edit.stderr.contains("derived from the clearance_events ledger") && edit.stderr.contains("parkplan clearance set"),
                "\(edit.stderr)")
        #expect(try Self.sqlite(store, "SELECT clearance FROM parcels WHERE parcel_id = 'AH-000002'").stdout.hasPrefix("not_started"))
        #expect(try Self.parkplan(["clearance", "--by", "park", "--as-of", day, "--format", "json", "--store", store]).stdout == before)
        // A bad entry written by hand: refused by the ledger's own rules.
        let future = try Self.gdal(store, """
            INSERT INTO clearance_events (parcel_id, seq, status, event_date, recorded_by, recorded_at)
            VALUES ('AH-000002', 1, 'handed_over', '2031-01-01', 'qgis user', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
            """)
        #expect(future.stderr.contains("between 1990-01-01 and today"), "\(future.stderr)")
        // A good one: counted at once, and the derived column follows.
        let good = try Self.gdal(store, """
            INSERT INTO clearance_events (parcel_id, seq, status, event_date, recorded_by, recorded_at)
            VALUES ('AH-000002', 1, 'handed_over', '\(day)', 'qgis user', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
            """)
        #expect(!good.stderr.contains("ERROR"), "\(good.stderr)")
        #expect(try Self.sqlite(store, "SELECT clearance || ' ' || clearance_date FROM parcels WHERE parcel_id = 'AH-000002'").stdout
            .hasPrefix("handed_over \(day)"))
        let after = try Self.parkplan(["clearance", "--by", "park", "--as-of", day, "--format", "json", "--store", store]).stdout
        #expect(after != before)
        let history = try Self.parkplan(["clearance", "history", "AH-000002", "--format", "json", "--store", store]).stdout
        #expect(history.contains(#""by":"qgis user""#))
    }

    @Test func aParcelMovedByGDALIsCountedInItsNewCommune() throws {
        let (dir, store) = try ShippedStore.copy()
        let where_ = "parcel_id = 'TT-000018'"
        let unitsBefore = try Self.sqlite(store, "SELECT group_concat(unit_id) FROM parcel_units WHERE owner_id = 'TT-000018' AND unit_level = 'commune'").stdout
        let target = try Self.sqlite(store, "SELECT group_concat(unit_id) FROM parcel_units WHERE owner_id = 'AH-000001' AND unit_level = 'commune'").stdout
        #expect(unitsBefore != target)
        // ogr2ogr -update rewrites the parcel with another parcel's geometry (5 km away).
        let moved = dir.appendingPathComponent("moved.geojson").path
        _ = try Self.tool(["ogr2ogr", "-f", "GeoJSON", moved, store, "-sql",
                           "SELECT geom FROM parcels WHERE parcel_id = 'AH-000001'"])
        let r = try Self.gdal(store, "UPDATE parcels SET geom = (SELECT geom FROM parcels WHERE parcel_id = 'AH-000001') WHERE \(where_)")
        #expect(!r.stderr.contains("ERROR"), "\(r.stderr)")
        #expect(try Self.sqlite(store, "SELECT count(*) FROM parcel_refresh").stdout.hasPrefix("1"))
        // The next answer recomputes its shares first.
        let answer = try Self.parkplan(["clearance", "--by", "commune", "--as-of", "2026-09-30", "--format", "json", "--store", store])
        #expect(answer.status == 0, "\(answer.stderr)")
        #expect(try Self.sqlite(store, "SELECT group_concat(unit_id) FROM parcel_units WHERE owner_id = 'TT-000018' AND unit_level = 'commune'").stdout == target)
        #expect(try Self.sqlite(store, "SELECT count(*) FROM parcel_refresh").stdout.hasPrefix("0"))
    }

    @Test func aParcelAddedThroughOgr2ogrStartsNotStartedAndGetsItsShares() throws {
        let (dir, store) = try ShippedStore.copy()
        // A new parcel in the layout of the store's own layer, appended by ogr2ogr.
        let extra = dir.appendingPathComponent("extra.gpkg").path
        let made = try Self.tool(["ogr2ogr", "-f", "GPKG", extra, store, "-nln", "parcels", "-sql",
                                  "SELECT geom, 'NEW-1' AS parcel_id, park_id, land_use, 'not_started' AS clearance FROM parcels WHERE parcel_id = 'AH-000001'"])
        #expect(made.status == 0, "\(made.stderr)")
        let append = try Self.tool(["ogr2ogr", "-update", "-append", store, extra, "parcels"])
        #expect(append.status == 0, "\(append.stderr)")
        let answer = try Self.parkplan(["clearance", "history", "NEW-1", "--format", "json", "--store", store])
        #expect(answer.status == 0, "\(answer.stderr)")
        #expect(try Self.sqlite(store, "SELECT count(*) FROM parcel_units WHERE owner_id = 'NEW-1'").stdout.trimmingCharacters(in: .whitespacesAndNewlines) != "0")
        // One claiming a status it has no ledger entry for is refused.
        let claimed = dir.appendingPathComponent("claimed.gpkg").path
        _ = try Self.tool(["ogr2ogr", "-f", "GPKG", claimed, store, "-nln", "parcels", "-sql",
                           "SELECT geom, 'NEW-2' AS parcel_id, park_id, land_use, 'handed_over' AS clearance FROM parcels WHERE parcel_id = 'AH-000001'"])
        let refused = try Self.tool(["ogr2ogr", "-update", "-append", store, claimed, "parcels"])
        #expect(refused.stderr.contains("starts as not_started"), "\(refused.stderr)")
        #expect(try Self.sqlite(store, "SELECT count(*) FROM parcels WHERE parcel_id = 'NEW-2'").stdout.hasPrefix("0"))
    }
}
