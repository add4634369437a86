/// Reads the task table of a city plan (the tab-separated appendix "PHỤ LỤC") into
/// ``PlanTask`` values: parts (A, B or roman numerals), numbered group headings
/// ("10  Đảm bảo cấp điện…") and numbered tasks ("10.1"), with HTML `<p>` wrappers
/// stripped, cells broken over lines joined, each task classified (``TaskClassifier``)
/// and linked to the parks its content names (``ParkMentions``).
public struct PlanTaskTableParser: Sendable {
    /// How task content is read for the parks it names.
    public var parks: ParkMentions

    /// Creates a parser that links tasks to the given parks (clusters told apart by kind).
    public init(parks: [IndustrialPark]) {
        self.parks = ParkMentions(parks: parks)
    }

    /// Creates a parser that links tasks to the parks of `index` (kinds unknown).
    public init(parks index: NameIndex = NameIndex(entries: [])) {
        self.parks = ParkMentions(index: index)
    }

    /// A row as it stands in the text: its cells and the line it starts on.
    struct RawRow {
        var cells: [String]
        var line: Int
    }

    /// Parses the whole plan text; the table starts at the header row ("TT…") after
    /// "PHỤ LỤC" (or the first such header when there is no appendix title).
    public func parse(_ text: String) -> PlanTaskTable {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let headerIndex = Self.headerLine(in: lines) else {
            return PlanTaskTable(parts: [], groups: [], tasks: [], problems: [
                TaskTableProblem(line: 1, excerpt: "", reason: "no task table header (a row starting \"TT\" with tab-separated columns)"),
            ])
        }
        let columns = TaskTableColumns(header: lines[headerIndex].components(separatedBy: "\t"))
        let rows = Self.rows(lines, after: headerIndex, columns: columns)
        var table = interpret(rows, columns: columns)
        if !columns.repeated.isEmpty {
            let names = columns.repeated.map { "\"\($0)\"" }.joined(separator: ", ")
            table.problems.insert(TaskTableProblem(line: headerIndex + 1, excerpt: String(lines[headerIndex].prefix(80)),
                                                   reason: "the header names a column twice (\(names)): which one holds the field is ambiguous"),
                                  at: 0)
        }
        return table
    }

    static func headerLine(in lines: [String]) -> Int? {
        let appendix = lines.firstIndex { VietnameseName.key($0) == "phu luc" } ?? 0
        return lines[appendix...].firstIndex { line in
            line.contains("\t") && TaskRowLabel(line.components(separatedBy: "\t")[0]) == .header
        }
    }

    /// Groups the lines after the header into rows: a line with tabs starts a row unless
    /// the row before is short of cells (a cell broken over lines); a line without tabs
    /// right after a row continues its content; one after a blank line ends the table.
    static func rows(_ lines: [String], after header: Int, columns: TaskTableColumns) -> [RawRow] {
        var rows: [RawRow] = []
        var afterBlank = false
        for index in (header + 1)..<lines.count {
            let line = lines[index]
            if line.trimmingCharacters(in: .whitespaces).isEmpty { afterBlank = true; continue }
            let cells = line.components(separatedBy: "\t")
            let startsRow = cells.count > 1 && TaskRowLabel(cells[0]) != .unknown
            if var last = rows.last, last.cells.count < columns.count, !startsRow {
                last.cells[last.cells.count - 1] += "\n" + cells[0]
                last.cells += cells.dropFirst()
                rows[rows.count - 1] = last
            } else if cells.count > 1 {
                rows.append(RawRow(cells: cells, line: index + 1))
            } else if afterBlank || rows.isEmpty {
                break
            } else {
                rows[rows.count - 1].cells[columns.content] += "\n" + line
            }
            afterBlank = false
        }
        return rows
    }
}
