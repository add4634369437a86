import GRDB

/// The schema of migration "v2": the clearance ledger (``StoreMigrations/shipped``).
/// Shipped: never change it; a later schema is a later migration.
///
/// - `clearance_events` becomes an append-only ledger: rebuilt (SQLite cannot relax a
///   NOT NULL) with `voids` (the seq of the event an entry voids; `status` and
///   `event_date` are then NULL) and `reason`, every schema-1 row kept as it was, fid
///   included. Triggers refuse any UPDATE or DELETE of it, from any program.
/// - Entries written by other programs (sqlite3, QGIS, ogr2ogr) are checked by a trigger
///   against the same rules as ParkPlanner's (``ClearanceChangeRules``), and keep
///   `parcels.clearance`/`clearance_date` equal to the status in force; a direct edit of
///   those two columns is refused with the command to use instead.
/// - `parcels.retired_on`: the day a parcel left the record (kept with its history, never
///   deleted; a parcel with a history cannot be deleted).
/// - `parcel_refresh`: parcels added or moved by another program, whose unit shares and
///   area ParkPlanner recomputes before its next answer.
///
/// ParkPlanner's own bulk writes (imports) check every row in Swift before writing and
/// mark their transaction with a `planner_info` row `bulk_write`, inserted and deleted
/// inside that one transaction (never visible to another connection, gone if the process
/// dies), which lets the per-row triggers stand aside.
enum LedgerSchema {
    static let version = 2

    /// The SQL condition "not inside a ParkPlanner bulk write".
    private static let notBulk = "NOT EXISTS (SELECT 1 FROM planner_info WHERE key = 'bulk_write')"

    /// The events of parcel `parcel` (SQL) that are in force now, latest first.
    private static func inForce(_ parcel: String, _ column: String) -> String {
        """
        (SELECT \(column) FROM clearance_events e WHERE e.parcel_id = \(parcel) AND e.status IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM clearance_events v WHERE v.parcel_id = e.parcel_id AND v.voids = e.seq)
         ORDER BY e.seq DESC LIMIT 1)
        """
    }

    static func install(_ tx: GeoPackageTransaction) throws {
        let db = tx.db
        let statuses = "'not_started', 'inventoried', 'plan_approved', 'compensated', 'handed_over', 'disputed'"
        let currentStatus = "coalesce(\(inForce("NEW.parcel_id", "e.status")), 'not_started')"
        let currentDate = inForce("NEW.parcel_id", "substr(e.event_date, 1, 10)")
        let lastDay = """
            (SELECT max(substr(e.event_date, 1, 10)) FROM clearance_events e WHERE e.parcel_id = NEW.parcel_id AND e.status IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM clearance_events v WHERE v.parcel_id = e.parcel_id AND v.voids = e.seq))
            """
        let now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
        try db.execute(sql: """
            CREATE TABLE "clearance_events_v2" (
              "fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
              "parcel_id" TEXT NOT NULL,
              "seq" INTEGER NOT NULL,
              "status" TEXT,
              "event_date" DATE,
              "recorded_by" TEXT,
              "note" TEXT,
              "recorded_at" DATETIME,
              "voids" INTEGER,
              "reason" TEXT,
              CONSTRAINT "entry_kind" CHECK ((voids IS NULL AND status IS NOT NULL AND event_date IS NOT NULL)
                OR (voids IS NOT NULL AND status IS NULL AND event_date IS NULL AND length(trim(reason)) > 0))
            );
            INSERT INTO clearance_events_v2 (fid, parcel_id, seq, status, event_date, recorded_by, note, recorded_at)
              SELECT fid, parcel_id, seq, status, event_date, recorded_by, note, recorded_at FROM clearance_events ORDER BY fid;
            DROP TABLE clearance_events;
            ALTER TABLE clearance_events_v2 RENAME TO clearance_events;
            CREATE UNIQUE INDEX clearance_events_seq ON clearance_events(parcel_id, seq);
            CREATE UNIQUE INDEX clearance_events_voids ON clearance_events(parcel_id, voids) WHERE voids IS NOT NULL;
            UPDATE gpkg_contents SET description = 'Clearance ledger: every status event and void of every parcel, append-only',
              last_change = \(now) WHERE table_name = 'clearance_events';
            ALTER TABLE parcels ADD COLUMN retired_on DATE;
            """)
        try tx.createAttributeTable(name: "parcel_refresh", columns: [
            UserColumn("parcel_id", .text, notNull: true), UserColumn("marked_at", .datetime),
        ], description: "Parcels added or moved by another program: shares and area to recompute")
        try db.execute(sql: """
            CREATE UNIQUE INDEX parcel_refresh_id ON parcel_refresh(parcel_id);

            CREATE TRIGGER ledger_no_update BEFORE UPDATE ON clearance_events
            BEGIN
              SELECT RAISE(ABORT, 'clearance_events is an append-only ledger: an entry is never changed. Correct a mistake with `parkplan clearance void PARCEL/SEQ --reason ... --by ...`, then record the right status');
            END;
            CREATE TRIGGER ledger_no_delete BEFORE DELETE ON clearance_events
            BEGIN
              SELECT RAISE(ABORT, 'clearance_events is an append-only ledger: an entry is never deleted. Correct a mistake with `parkplan clearance void PARCEL/SEQ --reason ... --by ...`');
            END;
            CREATE TRIGGER ledger_check_entry BEFORE INSERT ON clearance_events WHEN \(notBulk)
            BEGIN
              SELECT RAISE(ABORT, 'clearance_events: no parcel has this parcel_id')
                WHERE NOT EXISTS (SELECT 1 FROM parcels WHERE parcel_id = NEW.parcel_id);
              SELECT RAISE(ABORT, 'clearance_events: seq must be the next number of the parcel''s ledger (its largest seq + 1)')
                WHERE NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM clearance_events WHERE parcel_id = NEW.parcel_id);
              SELECT RAISE(ABORT, 'clearance_events: recorded_at must be the UTC moment of recording, YYYY-MM-DDTHH:MM:SS.SSSZ')
                WHERE NEW.recorded_at IS NULL OR NEW.recorded_at NOT GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9].[0-9][0-9][0-9]Z';
              SELECT RAISE(ABORT, 'clearance_events: recorded_by must say who records the entry')
                WHERE NEW.recorded_by IS NULL OR trim(NEW.recorded_by) = '';
              SELECT RAISE(ABORT, 'clearance_events: status must be one of \(statuses.replacingOccurrences(of: "'", with: ""))')
                WHERE NEW.status IS NOT NULL AND NEW.status NOT IN (\(statuses));
              SELECT RAISE(ABORT, 'clearance_events: event_date must be a day of the calendar, YYYY-MM-DD')
                WHERE NEW.status IS NOT NULL AND (length(NEW.event_date) <> 10 OR date(NEW.event_date) IS NOT NEW.event_date);
              SELECT RAISE(ABORT, 'clearance_events: event_date must be between 1990-01-01 and today (Vietnam time)')
                WHERE NEW.status IS NOT NULL AND (NEW.event_date > date('now', '+7 hours') OR NEW.event_date < '1990-01-01');
              SELECT RAISE(ABORT, 'clearance_events: event_date is before the last event in force of the parcel; void that event first')
                WHERE NEW.status IS NOT NULL AND NEW.event_date < \(lastDay);
              SELECT RAISE(ABORT, 'clearance_events: voids must be the seq of an event of the same parcel not voided yet')
                WHERE NEW.voids IS NOT NULL AND (NOT EXISTS (SELECT 1 FROM clearance_events e
                  WHERE e.parcel_id = NEW.parcel_id AND e.seq = NEW.voids AND e.status IS NOT NULL)
                  OR EXISTS (SELECT 1 FROM clearance_events v WHERE v.parcel_id = NEW.parcel_id AND v.voids = NEW.voids));
            END;
            CREATE TRIGGER ledger_derive_status AFTER INSERT ON clearance_events WHEN \(notBulk)
            BEGIN
              UPDATE parcels SET clearance = \(currentStatus), clearance_date = \(currentDate) WHERE parcel_id = NEW.parcel_id;
            END;
            CREATE TRIGGER ledger_derived_status BEFORE UPDATE OF clearance, clearance_date ON parcels
            WHEN \(notBulk) AND (NEW.clearance IS NOT \(currentStatus) OR substr(NEW.clearance_date, 1, 10) IS NOT \(currentDate))
            BEGIN
              SELECT RAISE(ABORT, 'parcels.clearance and clearance_date are derived from the clearance_events ledger and cannot be edited: record a change with `parkplan clearance set PARCEL STATUS --date YYYY-MM-DD --by NAME`');
            END;
            CREATE TRIGGER ledger_new_parcel BEFORE INSERT ON parcels
            WHEN \(notBulk) AND (NEW.clearance IS NOT 'not_started' OR NEW.clearance_date IS NOT NULL)
            BEGIN
              SELECT RAISE(ABORT, 'a parcel added outside parkplan starts as not_started with no clearance_date; record its status with `parkplan clearance set PARCEL STATUS --date YYYY-MM-DD --by NAME`');
            END;
            CREATE TRIGGER ledger_mark_new_parcel AFTER INSERT ON parcels WHEN \(notBulk)
            BEGIN
              INSERT OR IGNORE INTO parcel_refresh (parcel_id, marked_at) VALUES (NEW.parcel_id, \(now));
            END;
            CREATE TRIGGER ledger_mark_moved_parcel AFTER UPDATE OF geom ON parcels WHEN \(notBulk)
            BEGIN
              INSERT OR IGNORE INTO parcel_refresh (parcel_id, marked_at) VALUES (NEW.parcel_id, \(now));
            END;
            CREATE TRIGGER ledger_keep_parcel BEFORE DELETE ON parcels
            WHEN EXISTS (SELECT 1 FROM clearance_events WHERE parcel_id = OLD.parcel_id)
            BEGIN
              SELECT RAISE(ABORT, 'a parcel with a clearance history is never deleted: retire it instead (set retired_on to the day it left the record, or re-import with `parkplan import parcels FILE --update`)');
            END;
            CREATE TRIGGER ledger_keep_parcel_id BEFORE UPDATE OF parcel_id ON parcels
            WHEN NEW.parcel_id IS NOT OLD.parcel_id AND EXISTS (SELECT 1 FROM clearance_events WHERE parcel_id = OLD.parcel_id)
            BEGIN
              SELECT RAISE(ABORT, 'a parcel with a clearance history keeps its parcel_id: the ledger is filed under it');
            END;
            CREATE TRIGGER ledger_drop_shares AFTER DELETE ON parcels WHEN \(notBulk)
            BEGIN
              DELETE FROM parcel_units WHERE owner_id = OLD.parcel_id;
              DELETE FROM parcel_refresh WHERE parcel_id = OLD.parcel_id;
            END;
            UPDATE planner_info SET value = '2' WHERE key = 'schema_version';
            """)
    }
}
