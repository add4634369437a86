/// The `gpkg_rtree_index` extension for one geometry column (GeoPackage 1.4, F.3):
/// the SQLite R*Tree virtual table `rtree_<t>_<c>` and the triggers that keep it in step
/// with the feature table, the spec's templates with `<t>`, `<c>`, `<i>` filled in.
///
/// The triggers are the insert, update1…update4 and delete set of GeoPackage 1.2/1.3,
/// which 1.4 still accepts and which GDAL 3.6 (the version on ParkPlanner's machines)
/// writes, validates and drops by name. GeoPackage 1.4 deprecates update1/update3 in favour
/// of update5…update7; the two sets must not be mixed (update7's plain INSERT would clash
/// with update1's row).
struct RTreeIndex {
    /// The feature table (a plain SQL name, see ``GeoPackageTransaction/plainName(_:userTable:)``).
    let table: String
    /// The geometry column.
    let column: String
    /// The integer primary key column.
    let idColumn: String

    /// `rtree_<t>_<c>`.
    var name: String { "rtree_\(table)_\(column)" }

    /// CREATE VIRTUAL TABLE, then the triggers.
    var createStatements: [String] { [createTable] + triggers }

    /// The spec's load statement, for filling the index from existing rows.
    var loadStatement: String {
        let t = "\"\(table)\"", c = "\"\(column)\"", i = "\"\(idColumn)\""
        return """
            INSERT OR REPLACE INTO "\(name)"
              SELECT \(i), ST_MinX(\(c)), ST_MaxX(\(c)), ST_MinY(\(c)), ST_MaxY(\(c)) FROM \(t)
              WHERE \(c) NOT NULL AND NOT ST_IsEmpty(\(c))
            """
    }

    private var createTable: String {
        "CREATE VIRTUAL TABLE \"\(name)\" USING rtree(id, minx, maxx, miny, maxy)"
    }

    /// The six trigger statements: insert, update1…update4, delete.
    var triggers: [String] {
        let t = "\"\(table)\"", c = "\"\(column)\"", i = "\"\(idColumn)\"", r = "\"\(name)\""
        let values = "NEW.\(i), ST_MinX(NEW.\(c)), ST_MaxX(NEW.\(c)), ST_MinY(NEW.\(c)), ST_MaxY(NEW.\(c))"
        let newIsSet = "(NEW.\(c) NOTNULL AND NOT ST_IsEmpty(NEW.\(c)))"
        let newIsUnset = "(NEW.\(c) ISNULL OR ST_IsEmpty(NEW.\(c)))"
        func trigger(_ suffix: String) -> String { "CREATE TRIGGER \"\(name)_\(suffix)\"" }
        return [
            // Insertion of a non-empty geometry: insert record into the R-tree.
            """
            \(trigger("insert")) AFTER INSERT ON \(t)
              WHEN (new.\(c) NOT NULL AND NOT ST_IsEmpty(NEW.\(c)))
            BEGIN
              INSERT OR REPLACE INTO \(r) VALUES (\(values));
            END
            """,
            // Geometry updated to a non-empty one, same row id: update the record.
            """
            \(trigger("update1")) AFTER UPDATE OF \(c) ON \(t)
              WHEN OLD.\(i) = NEW.\(i) AND \(newIsSet)
            BEGIN
              INSERT OR REPLACE INTO \(r) VALUES (\(values));
            END
            """,
            // Geometry updated to NULL or empty, same row id: remove the record.
            """
            \(trigger("update2")) AFTER UPDATE OF \(c) ON \(t)
              WHEN OLD.\(i) = NEW.\(i) AND \(newIsUnset)
            BEGIN
              DELETE FROM \(r) WHERE id = OLD.\(i);
            END
            """,
            // Row id changed, non-empty geometry: move the record to the new id.
            """
            \(trigger("update3")) AFTER UPDATE OF \(c) ON \(t)
              WHEN OLD.\(i) != NEW.\(i) AND \(newIsSet)
            BEGIN
              DELETE FROM \(r) WHERE id = OLD.\(i);
              INSERT OR REPLACE INTO \(r) VALUES (\(values));
            END
            """,
            // Row id changed, NULL or empty geometry: remove old and new ids.
            """
            \(trigger("update4")) AFTER UPDATE ON \(t)
              WHEN OLD.\(i) != NEW.\(i) AND \(newIsUnset)
            BEGIN
              DELETE FROM \(r) WHERE id IN (OLD.\(i), NEW.\(i));
            END
            """,
            // Row deleted: remove the record.
            """
            \(trigger("delete")) AFTER DELETE ON \(t)
              WHEN old.\(c) NOT NULL
            BEGIN
              DELETE FROM \(r) WHERE id = OLD.\(i);
            END
            """,
        ]
    }
}
