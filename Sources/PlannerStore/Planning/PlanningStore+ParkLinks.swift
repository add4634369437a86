import GRDB
import Planner

/// The links to parks that other layers hold (`parcels.park_id`, `infrastructure.park_id`,
/// `task_parks.park_id`): a replaced park layer must still hold every park they name.
extension PlanningStore {
    /// The layers that name parks, with the column that does.
    private static let parkLinks: [(layer: String, table: String, column: String)] = [
        ("parcels", "parcels", "park_id"), ("infrastructure", "infrastructure", "park_id"), ("tasks", "task_parks", "park_id"),
    ]

    /// Refuses, inside the caller's transaction (so nothing is written), a park layer that
    /// no longer holds parks other layers name: replacing parks must not leave parcels,
    /// works or tasks pointing at parks that do not exist.
    static func refuseDanglingParkLinks(_ tx: GeoPackageTransaction) throws {
        var problems: [String] = []
        for link in parkLinks {
            let rows = try Row.fetchAll(tx.db, sql: """
                SELECT l.\(link.column) AS park, COUNT(*) AS n FROM \(link.table) l
                WHERE l.\(link.column) IS NOT NULL AND NOT EXISTS (SELECT 1 FROM parks p WHERE p.park_id = l.\(link.column))
                GROUP BY l.\(link.column) ORDER BY n DESC, park
                """)
            guard !rows.isEmpty else { continue }
            let total = rows.reduce(0) { $0 + ($1["n"] as Int) }
            let named = rows.prefix(5).map { "\"\($0["park"] as String)\" (\($0["n"] as Int))" }.joined(separator: ", ")
            let more = rows.count > 5 ? " and \(rows.count - 5) more" : ""
            problems.append("\(total) \(link.layer) name parks the new file does not have: \(named)\(more)")
        }
        guard !problems.isEmpty else { return }
        throw StoreError(.conflict, path: tx.path, table: "parks",
                         message: problems.joined(separator: "; ")
                            + "; nothing was written (keep those parks in the file, or re-import those layers first)")
    }
}
