/// The `gpkg_rtree_index` extension for one geometry column (GeoPackage 1.4, F.3):
/// the SQLite R*Tree virtual table `rtree_<t>_<c>` and the triggers that keep it in step
/// with the feature table. The trigger set is GeoPackage 1.4's (insert, update2, update4,
/// update5, update6, update7, delete), which replaces 1.2's update1 and update3; the SQL is
/// the spec's template with `<t>`, `<c>`, `<i>` filled in.
struct RTreeIndex {
    /// The feature table.
    let table: SQLName
    /// The geometry column.
    let column: SQLName
    /// The integer primary key column.
    let idColumn: SQLName

    /// `rtree_<t>_<c>`.
    var name: String { "rtree_\(table.raw)_\(column.raw)" }

    /// CREATE VIRTUAL TABLE, then the triggers.
    var createStatements: [String] { [createTable] + triggers }

    /// The spec's load statement, for filling the index from existing rows.
    var loadStatement: String {
        let t = table.quoted, c = column.quoted, i = idColumn.quoted
        return """
            INSERT OR REPLACE INTO "\(name)"
              SELECT \(i), ST_MinX(\(c)), ST_MaxX(\(c)), ST_MinY(\(c)), ST_MaxY(\(c)) FROM \(t)
              WHERE \(c) NOT NULL AND NOT ST_IsEmpty(\(c))
            """
    }

    private var createTable: String {
        "CREATE VIRTUAL TABLE \"\(name)\" USING rtree(id, minx, maxx, miny, maxy)"
    }

    /// The seven trigger statements.
    var triggers: [String] {
        let t = table.quoted, c = column.quoted, i = idColumn.quoted, r = "\"\(name)\""
        let values = "NEW.\(i), ST_MinX(NEW.\(c)), ST_MaxX(NEW.\(c)), ST_MinY(NEW.\(c)), ST_MaxY(NEW.\(c))"
        func trigger(_ suffix: String) -> String { "CREATE TRIGGER \"\(name)_\(suffix)\"" }
        return [
            """
            \(trigger("insert")) AFTER INSERT ON \(t)
              WHEN (new.\(c) NOT NULL AND NOT ST_IsEmpty(NEW.\(c)))
            BEGIN
              INSERT OR REPLACE INTO \(r) VALUES (\(values));
            END
            """,
            """
            \(trigger("update2")) AFTER UPDATE OF \(c) ON \(t)
              WHEN OLD.\(i) = NEW.\(i) AND (NEW.\(c) ISNULL OR ST_IsEmpty(NEW.\(c)))
            BEGIN
              DELETE FROM \(r) WHERE id = OLD.\(i);
            END
            """,
            """
            \(trigger("update4")) AFTER UPDATE ON \(t)
              WHEN OLD.\(i) != NEW.\(i) AND (NEW.\(c) ISNULL OR ST_IsEmpty(NEW.\(c)))
            BEGIN
              DELETE FROM \(r) WHERE id IN (OLD.\(i), NEW.\(i));
            END
            """,
            """
            \(trigger("update5")) AFTER UPDATE ON \(t)
              WHEN OLD.\(i) != NEW.\(i) AND (NEW.\(c) NOTNULL AND NOT ST_IsEmpty(NEW.\(c)))
            BEGIN
              DELETE FROM \(r) WHERE id = OLD.\(i);
              INSERT OR REPLACE INTO \(r) VALUES (\(values));
            END
            """,
            """
            \(trigger("update6")) AFTER UPDATE OF \(c) ON \(t)
              WHEN OLD.\(i) = NEW.\(i) AND
                   (NEW.\(c) NOTNULL AND NOT ST_IsEmpty(NEW.\(c))) AND
                   (OLD.\(c) NOTNULL AND NOT ST_IsEmpty(OLD.\(c)))
            BEGIN
              UPDATE \(r) SET
                minx = ST_MinX(NEW.\(c)), maxx = ST_MaxX(NEW.\(c)),
                miny = ST_MinY(NEW.\(c)), maxy = ST_MaxY(NEW.\(c))
              WHERE id = NEW.\(i);
            END
            """,
            """
            \(trigger("update7")) AFTER UPDATE OF \(c) ON \(t)
              WHEN OLD.\(i) = NEW.\(i) AND
                   (NEW.\(c) NOTNULL AND NOT ST_IsEmpty(NEW.\(c))) AND
                   (OLD.\(c) ISNULL OR ST_IsEmpty(OLD.\(c)))
            BEGIN
              INSERT INTO \(r) VALUES (\(values));
            END
            """,
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
