import Geo
import Planner

/// A query's answer in one shape every output format is made from: typed columns (a name
/// and what it holds, ``ResultColumn``), rows of values (with an optional geometry each,
/// EPSG:9210), and extra members (totals, lists).
///
/// Its JSON form is the stable contract for scripts: `{"query": …, "as_of": …, "rows": […]}`.
public struct ResultTable: Sendable {
    /// One row: an id, a value per column, an optional geometry and simplestyle members.
    public struct Row: Sendable {
        /// The row's id (a feature id for GeoJSON).
        public var id: String
        /// One value per column, in column order.
        public var values: [AttributeValue]
        /// The row's geometry in EPSG:9210, when it has one.
        public var geometry: Geometry?
        /// simplestyle members added to GeoJSON properties.
        public var style: [(String, AttributeValue)]

        /// Creates a row.
        public init(id: String, values: [AttributeValue], geometry: Geometry? = nil, style: [(String, AttributeValue)] = []) {
            self.id = id
            self.values = values
            self.geometry = geometry
            self.style = style
        }
    }

    /// The query's name ("overlaps", "clearance", "gaps", …).
    public var query: String
    /// The date the answer holds for, when it depends on one.
    public var asOf: LocalDate?
    /// The columns: names (snake_case: they are the JSON keys) and what each holds.
    public var schema: [ResultColumn]
    /// The rows.
    public var rows: [Row]
    /// Members written beside `rows` in JSON (totals, overdue lists, parameters).
    public var extra: [(String, AttributeValue)]
    /// Whether the query's rows carry a geometry (so GeoJSON and GeoPackage can map them);
    /// a table that is not mappable refuses those formats instead of writing no features.
    public var mappable: Bool

    /// Creates a table.
    public init(query: String, asOf: LocalDate? = nil, columns: [ResultColumn], rows: [Row] = [], extra: [(String, AttributeValue)] = [],
                mappable: Bool = false) {
        self.mappable = mappable
        self.query = query
        self.asOf = asOf
        self.schema = columns
        self.rows = rows
        self.extra = extra
    }

    /// The column names, in order (the JSON keys, the CSV header).
    public var columns: [String] { schema.map(\.name) }

    /// A row as an ordered JSON object's members.
    public func members(_ row: Row) -> [(String, AttributeValue)] {
        Array(zip(columns, row.values))
    }

    /// The value of `column` in `row`.
    public func value(_ row: Row, _ column: String) -> AttributeValue? {
        columns.firstIndex(of: column).map { row.values[$0] }
    }
}
