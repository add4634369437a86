/// A table or column name checked to be a plain SQL identifier, so it can be written into
/// DDL and trigger bodies (`rtree_<t>_<c>`) without quoting surprises.
struct SQLName: Hashable, Sendable, CustomStringConvertible {
    /// The name as given.
    let raw: String

    /// Checks `name`: ASCII letters, digits and `_`, not starting with a digit, 1…64
    /// characters, and not in the reserved `gpkg_`, `rtree_` or `sqlite_` namespaces
    /// (when `userTable` is true).
    init(_ name: String, userTable: Bool = false) throws {
        let ok = !name.isEmpty && name.count <= 64
            && name.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)) }
            && !("0"..."9").contains(name.unicodeScalars.first!)
        guard ok else {
            throw StoreError(.invalidInput, table: name,
                message: "'\(name)' is not a plain SQL name (ASCII letters, digits, '_', 1–64 characters, not starting with a digit)")
        }
        if userTable {
            let lower = name.lowercased()
            for prefix in ["gpkg_", "rtree_", "sqlite_"] where lower.hasPrefix(prefix) {
                throw StoreError(.invalidInput, table: name, message: "table names starting with '\(prefix)' are reserved")
            }
        }
        raw = name
    }

    /// The name in double quotes, for SQL text.
    var quoted: String { "\"\(raw)\"" }

    /// The raw name.
    var description: String { raw }
}
