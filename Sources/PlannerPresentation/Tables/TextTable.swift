/// An aligned plain-text table for a terminal: a header line, a rule, one line per row,
/// two spaces between columns, trailing spaces trimmed. Widths count characters, so
/// Vietnamese names stay aligned.
public struct TextTable: Sendable {
    /// The column headings.
    public var headers: [String]
    /// The cells, row by row, already formatted.
    public var rows: [[String]]
    /// Columns aligned to the right (numbers).
    public var rightAligned: Set<Int>

    /// Creates a table.
    public init(headers: [String], rows: [[String]] = [], rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rows = rows
        self.rightAligned = rightAligned
    }

    /// The table's text, lines joined by "\n" (no final newline).
    public func render() -> String {
        var widths = headers.map(\.count)
        for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
        func line(_ cells: [String]) -> String {
            var text = cells.enumerated().map { i, c in
                let fill = String(repeating: " ", count: max(0, widths[i] - c.count))
                return rightAligned.contains(i) ? fill + c : c + fill
            }.joined(separator: "  ")
            while text.last?.isWhitespace == true { text.removeLast() }
            return text
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n")
    }
}
