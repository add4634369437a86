import Geo
import GRDB

/// The `gpkg_contents` bookkeeping of rows written into one table inside a transaction:
/// the union of the written geometries' envelopes (table SRS units), applied with
/// ``finish()``, which widens the table's bounds and stamps `last_change`.
struct FeatureTableContents {
    let tx: GeoPackageTransaction
    let table: String
    /// The union of written geometries' envelopes, `nil` while none was non-empty.
    private(set) var bounds: Envelope?

    init(_ table: String, _ tx: GeoPackageTransaction) {
        self.table = table
        self.tx = tx
    }

    /// Counts `geometry` in the bounds.
    mutating func include(_ geometry: GeoPackageGeometry?) {
        guard let e = geometry?.envelope else { return }
        if bounds == nil { bounds = e } else { bounds!.expand(toInclude: e) }
    }

    /// Widens `gpkg_contents` bounds of the table to include ``bounds`` (when not nil) and
    /// sets `last_change` to now.
    func finish() throws {
        let stamp = "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now')"
        if let b = bounds {
            try tx.db.execute(sql: """
                UPDATE gpkg_contents SET
                  min_x = min(coalesce(min_x, :minX), :minX), min_y = min(coalesce(min_y, :minY), :minY),
                  max_x = max(coalesce(max_x, :maxX), :maxX), max_y = max(coalesce(max_y, :maxY), :maxY),
                  \(stamp)
                WHERE table_name = :table
                """,
                arguments: ["minX": b.minX, "minY": b.minY, "maxX": b.maxX, "maxY": b.maxY, "table": table])
        } else {
            try tx.db.execute(sql: "UPDATE gpkg_contents SET \(stamp) WHERE table_name = ?", arguments: [table])
        }
    }
}
