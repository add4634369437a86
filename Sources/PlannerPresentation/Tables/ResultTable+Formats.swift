import Foundation
import Planner

/// Text renderings of a result: JSON (the script contract), CSV, and an aligned table.
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

    /// RFC 4180 CSV with a header line; numbers in full (shortest round-trip text), a list
    /// as one cell of its items joined by `;`, an object as JSON text.
    public func csv() -> String {
        func text(_ v: AttributeValue) -> String {
            switch v {
            case .null: ""
            case .string(let s): s
            case .number(let n): JSONText.number(n)
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

    /// A table aligned for a terminal, numbers formatted by what the column holds
    /// (m² and VND whole, ha two decimals, percent one, shares three).
    public func text(columns shown: [String]? = nil) -> String {
        let cols = shown ?? columns
        let idx = cols.compactMap { columns.firstIndex(of: $0) }
        var widths = idx.map { columns[$0].count }
        let cells: [[String]] = rows.map { r in idx.map { Self.format(r.values[$0], column: columns[$0]) } }
        for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
        let numeric = idx.map { i in rows.contains { if case .number = $0.values[i] { true } else { false } } }
        func line(_ values: [String]) -> String {
            values.enumerated().map { i, v in
                let fill = String(repeating: " ", count: widths[i] - v.count)
                return numeric[i] ? fill + v : v + fill
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        let header = line(idx.map { columns[$0] })
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([header, rule] + cells.map(line)).joined(separator: "\n")
    }

    /// A value as shown in a terminal table, formatted by what its column holds.
    public static func format(_ v: AttributeValue, column: String) -> String {
        switch v {
        case .null: return "-"
        case .bool(let b): return b ? "yes" : "no"
        case .string(let s): return s
        case .array(let a): return a.map { format($0, column: column) }.joined(separator: ", ")
        case .object: return JSONText.value(v)
        case .number(let n): return NumberText.format(n, decimals: decimals(n, column: column))
        }
    }

    /// The places a table shows for a number in `column`: ha two, percent one, shares three,
    /// m² and VND whole, whole numbers whole, anything else two. Rounded once, from the full value.
    static func decimals(_ n: Double, column: String) -> Int {
        if column.hasSuffix("_ha") { return 2 }
        if column == "percent" || column.hasSuffix("_percent") { return 1 }
        if column.hasSuffix("share") || column.hasPrefix("share") { return 3 }
        if column.hasSuffix("_m2") || column.hasSuffix("_vnd") || n == n.rounded() { return 0 }
        return 2
    }

    /// The rows with geometry as export features (properties: columns, then style).
    public func features() -> [ExportFeature] {
        rows.compactMap { r in
            guard let g = r.geometry else { return nil }
            return ExportFeature(id: r.id, properties: members(r) + r.style, geometry: g)
        }
    }
}
