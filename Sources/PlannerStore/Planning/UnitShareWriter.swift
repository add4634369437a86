import GRDB
import Planner

/// Writes rows of `parcel_units` / `park_units` through one prepared statement: a million
/// parcels' shares in a second or two, where the generic feature insert builds a
/// dictionary per row. Use inside the caller's transaction; the table is a plain
/// attribute table (no geometry, no R-tree), so nothing else has to follow.
struct UnitShareWriter {
    private let statement: Statement

    /// Prepares the insert into `table` (`parcel_units` or `park_units`).
    init(table: String, _ db: Database) throws {
        statement = try db.makeStatement(sql: """
            INSERT INTO "\(table)" (owner_id, unit_level, unit_id, unit_name, area_m2, share) VALUES (?, ?, ?, ?, ?, ?)
            """)
    }

    /// Writes one owner's shares.
    func write(ownerId: String, _ shares: [UnitShare]) throws {
        for s in shares {
            try statement.execute(arguments: [ownerId, s.level.rawValue, s.unitId, s.unitName, s.areaM2, s.share])
        }
    }
}
