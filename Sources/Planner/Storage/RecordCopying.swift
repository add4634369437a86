/// What copying a whole record into a store asks of it (`parkplan store copy`, either way
/// between the GeoPackage and the PostGIS store): every layer, unit share and task link,
/// every ledger entry ever recorded (voids and corrections included, with their recording
/// moments) and the parcel lineage, read from `source` through ``PlanningReading`` and
/// written in one transaction, all or nothing. Geometry stays in EPSG:9210 (metres).
public protocol RecordCopying: Sendable {
    /// Copies the record of `source` (as it stands now) into this store, which must hold no
    /// record yet.
    /// - Returns: the rows written, table by table, in the order written.
    /// - Throws: a refusal naming the store when it already holds a record (nothing written),
    ///   or the store's error when a write fails (nothing written either).
    @discardableResult
    func copy(from source: any PlanningReading) throws -> StoreCopyReport
}

/// How many rows a copy wrote into each table.
public struct StoreCopyReport: Sendable, Hashable {
    /// Rows written, by table, in the order written.
    public var rows: [(table: String, count: Int)]

    /// A report of `rows`.
    public init(rows: [(table: String, count: Int)] = []) { self.rows = rows }

    /// Notes that `count` rows went into `table`.
    public mutating func wrote(_ count: Int, into table: String) { rows.append((table, count)) }

    public static func == (a: StoreCopyReport, b: StoreCopyReport) -> Bool {
        a.rows.map(\.table) == b.rows.map(\.table) && a.rows.map(\.count) == b.rows.map(\.count)
    }

    public func hash(into hasher: inout Hasher) {
        for r in rows { hasher.combine(r.table); hasher.combine(r.count) }
    }
}
