import Planner

/// A table written as HTML: a caption, headed columns (numeric ones right-aligned),
/// rows carrying their id in `data-row`, an optional footer row, every cell escaped.
struct HTMLTable {
    /// One column: its heading and whether it holds numbers.
    struct Column {
        var heading: String
        var numeric: Bool = false
    }

    var caption: String
    var columns: [Column]
    var rows: [(id: String, cells: [String])] = []
    var footer: [String]?
    var note: String?
    var emptyText: String

    /// The `<table>` element, or a paragraph saying there is nothing when there are no rows.
    func html() -> String {
        var out = "<h3>\(HTMLText.escape(caption))</h3>"
        guard !rows.isEmpty else { return out + "<p class=\"empty\">\(HTMLText.escape(emptyText))</p>" }
        out += "<table><thead><tr>"
        for c in columns { out += "<th\(c.numeric ? " class=\"num\"" : "")>\(HTMLText.escape(c.heading))</th>" }
        out += "</tr></thead><tbody>"
        for row in rows { out += "<tr data-row=\"\(HTMLText.escape(row.id))\">" + cells(row.cells) + "</tr>" }
        out += "</tbody>"
        if let footer { out += "<tfoot><tr data-row=\"totals\">" + cells(footer) + "</tr></tfoot>" }
        out += "</table>"
        if let note { out += "<p class=\"note\">\(HTMLText.escape(note))</p>" }
        return out
    }

    private func cells(_ values: [String]) -> String {
        zip(columns, values).map { c, v in "<td\(c.numeric ? " class=\"num\"" : "")>\(HTMLText.escape(v))</td>" }.joined()
    }
}

/// Table cells from ``ResultTable`` values, in the report's number style.
struct ReportCells {
    var lang: ReportLanguage

    /// A number column's value with `decimals` places, divided by `divisor` (10 000 for m² → ha);
    /// "–" for null or non-numbers.
    func number(_ v: AttributeValue?, decimals: Int, divisor: Double = 1) -> String {
        guard let n = v?.numberValue else { return "–" }
        return NumberText.format(n / divisor, decimals: decimals, lang: lang)
    }

    /// A text value; "–" for null.
    func string(_ v: AttributeValue?) -> String {
        switch v {
        case .string(let s)?: s
        case .array(let a)?: a.map { string($0) }.joined(separator: ", ")
        case .number?: number(v, decimals: 2)
        case .bool(let b)?: b ? "✓" : "✗"
        default: "–"
        }
    }
}
