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
            // Bound straight onto the reused statement (as the feature inserter does):
            // a `StatementArguments` per row costs as much as SQLite's insert.
            statement.setUncheckedArguments(StatementArguments())
            let codes = [ownerId.bind(to: statement.sqliteStatement, at: 1), s.level.rawValue.bind(to: statement.sqliteStatement, at: 2),
                         s.unitId.bind(to: statement.sqliteStatement, at: 3), s.unitName.bind(to: statement.sqliteStatement, at: 4),
                         s.areaM2.bind(to: statement.sqliteStatement, at: 5), s.share.bind(to: statement.sqliteStatement, at: 6)]
            if let bad = codes.firstIndex(where: { $0 != 0 }) {
                throw StoreError(.invalidInput, message: "cannot bind share value \(bad + 1) (SQLite code \(codes[bad]))")
            }
            try statement.execute()
        }
    }
}
