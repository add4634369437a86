import Foundation
import NIOCore
import PostgresNIO

/// One value bound into an insert: text, a number, or WKB bytes; `nil` binds SQL NULL.
enum StoredValue {
    case text(String?)
    case int(Int?)
    case int64(Int64?)
    case double(Double?)
    case bytes(ByteBuffer?)

    func bind(into binds: inout PostgresBindings) {
        switch self {
        case .text(let v): binds.append(v)
        case .int(let v): binds.append(v)
        case .int64(let v): binds.append(v)
        case .double(let v): binds.append(v)
        case .bytes(let v): binds.append(v)
        }
    }
}

/// A column of an insert and the SQL expression its value goes through (`%` is the
/// placeholder): `%::date`, `ST_GeomFromWKB(%, 9210)`.
struct StoredColumn {
    var name: String
    var expression: String

    init(_ name: String, _ expression: String = "%") {
        self.name = name
        self.expression = expression
    }

    /// A polygon or work geometry column from WKB, in EPSG:9210.
    static func geometry(_ name: String = "geom") -> StoredColumn { StoredColumn(name, geometryExpression) }

    private static let geometryExpression = "ST_GeomFromWKB(%::bytea, 9210)"

    /// How `COPY` takes this column's value (``CopyText``): as the value itself (a plain
    /// placeholder or a cast to the column's own type), as hex EWKB (a geometry), as a
    /// timestamp (a millisecond count); `nil` for an expression `COPY` cannot apply.
    var copyForm: CopyText.Form? {
        switch expression {
        case "%", "%::json", "%::date": return .value
        case Self.geometryExpression: return .geometry
        case StoredValues.timestampSQL("%"): return .milliseconds
        default: return nil
        }
    }
}

extension PostGISSession {
    /// Inserts `rows` into `table`, as many rows a statement as the protocol's 65 535
    /// parameters allow (multi-row `VALUES`, geometry as WKB).
    func insert(_ table: String, _ columns: [StoredColumn], _ rows: [[StoredValue]]) throws {
        let perStatement = max(1, min(2_000, 60_000 / max(1, columns.count)))
        var start = 0
        while start < rows.count {
            let batch = rows[start..<min(rows.count, start + perStatement)]
            var binds = PostgresBindings(capacity: batch.count * columns.count)
            var tuples: [String] = []
            tuples.reserveCapacity(batch.count)
            for row in batch {
                precondition(row.count == columns.count, "\(table): a row of \(row.count) values for \(columns.count) columns")
                var values: [String] = []
                for (column, value) in zip(columns, row) {
                    value.bind(into: &binds)
                    values.append(column.expression.replacingOccurrences(of: "%", with: "$\(binds.count)"))
                }
                tuples.append("(" + values.joined(separator: ", ") + ")")
            }
            try execute("INSERT INTO \(table) (\(columns.map(\.name).joined(separator: ", "))) VALUES "
                        + tuples.joined(separator: ", "), binds)
            start += batch.count
        }
    }
}
