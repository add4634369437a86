import Foundation
import Planner

/// Text renderings of a result: JSON (the script contract), CSV, and an aligned table;
/// the rows with geometry as features for GeoJSON.
extension ResultTable {
    /// `{"query":…,"as_of":…,<extra…>,"rows":[{…}]}` on one line.
    public func json() -> String {
        var members: [(String, AttributeValue)] = [("query", .string(query))]
        if let asOf { members.append(("as_of", .string(asOf.description))) }
        members += extra
        let rowsText = rows.map { JSONText.object(self.members($0)) }.joined(separator: ",")
        let head = JSONText.object(members)
        return String(head.dropLast()) + (members.isEmpty ? "" : ",") + "\"rows\":[" + rowsText + "]}"
    }

    /// The JSON document a front sends: ``json()`` and a newline, what `--format json`
    /// prints and the API's body (the same bytes).
    public func jsonDocument() -> String { json() + "\n" }

    /// RFC 4180 CSV with a header line; numbers in full (shortest round-trip text, `null`
    /// when not finite, as in JSON), whatever the column's kind; a list as one cell of its
    /// items joined by `;`, an object as JSON text.
    public func csv() -> String {
        func text(_ v: AttributeValue) -> String {
            switch v {
            case .null: ""
            case .string(let s): s
            case .number(let n): NumberText.roundTrip(n) ?? "null"
            case .bool(let b): b ? "true" : "false"
            case .array(let items): items.map(text).joined(separator: ";")
            case .object: JSONText.value(v)
            }
        }
        func cell(_ v: AttributeValue) -> String {
            let raw = text(v)
            guard raw.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return raw }
            return "\"" + raw.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var lines = [columns.joined(separator: ",")]
        for r in rows { lines.append(r.values.map(cell).joined(separator: ",")) }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A table aligned for a terminal (``TextTable``): each value written by its column's
    /// kind (``ResultColumn/Kind/text(_:)``: m² and VND whole, ha two decimals, percent one,
    /// shares three), numeric columns that hold a number right-aligned.
    /// `shown` picks columns by name, in its order.
    public func text(columns shown: [String]? = nil) -> String {
        let names = columns
        let idx = (shown ?? names).compactMap { names.firstIndex(of: $0) }
        let cells = rows.map { r in idx.map { schema[$0].kind.text(r.values[$0]) } }
        let right = idx.indices.filter { i in
            schema[idx[i]].kind.isNumeric && rows.contains { if case .number = $0.values[idx[i]] { true } else { false } }
        }
        return TextTable(headers: idx.map { names[$0] }, rows: cells, rightAligned: Set(right)).render()
    }

    /// The rows with geometry as export features (properties: columns, then style).
    public func features() -> [ExportFeature] {
        rows.compactMap { r in
            guard let g = r.geometry else { return nil }
            return ExportFeature(id: r.id, properties: members(r) + r.style, geometry: g)
        }
    }
}
