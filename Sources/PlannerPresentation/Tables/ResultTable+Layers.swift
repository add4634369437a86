import Planner

/// What a store holds, as a ``ResultTable``.
extension ResultTable {
    /// The store's layers: `layer`, `table`, `features` (a count); `unit_levels` beside the rows.
    public static func layers(_ layers: [(layer: String, table: String, features: Int)], unitLevels: [String]) -> ResultTable {
        ResultTable(
            query: "layers", columns: [.text("layer"), .text("table"), .count("features")],
            rows: layers.map { Row(id: $0.layer, values: [.string($0.layer), .string($0.table), .number(Double($0.features))]) },
            extra: [("unit_levels", .array(unitLevels.map(AttributeValue.string)))])
    }
}
