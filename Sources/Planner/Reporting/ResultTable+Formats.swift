import Foundation

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

    /// RFC 4180 CSV with a header line; nested values as JSON text.
    public func csv() -> String {
        func cell(_ v: AttributeValue) -> String {
            let raw: String
            switch v {
            case .null: raw = ""
            case .string(let s): raw = s
            case .number(let n): raw = JSONText.number(n)
            case .bool(let b): raw = b ? "true" : "false"
            case .array, .object: raw = JSONText.value(v)
            }
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
        case .number(let n):
            if column.hasSuffix("_ha") { return String(format: "%.2f", n) }
            if column == "percent" || column.hasSuffix("_percent") { return String(format: "%.1f", n) }
            if column.hasSuffix("share") || column.hasPrefix("share") { return String(format: "%.3f", n) }
            if n == n.rounded(), abs(n) < 1e15 { return grouped(Int64(n)) }
            if column.hasSuffix("_m2") || column.hasSuffix("_vnd") { return grouped(Int64(n.rounded())) }
            return String(format: "%.2f", n)
        }
    }

    /// 1234567 → "1 234 567" (thin grouping readable in both English and Vietnamese).
    static func grouped(_ n: Int64) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += " " }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// The rows with geometry as export features (properties: columns, then style).
    public func features() -> [ExportFeature] {
        rows.compactMap { r in
            guard let g = r.geometry else { return nil }
            return ExportFeature(id: r.id, properties: members(r) + r.style, geometry: g)
        }
    }
}
