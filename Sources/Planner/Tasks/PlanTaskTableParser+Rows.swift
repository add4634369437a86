extension PlanTaskTableParser {
    /// Turns raw rows into parts, groups and tasks, reporting rows it cannot place.
    func interpret(_ rows: [RawRow], columns: TaskTableColumns) -> PlanTaskTable {
        var table = PlanTaskTable(parts: [], groups: [], tasks: [], problems: [])
        var part: String?
        var group: PlanTaskTable.Group?
        var seen: Set<String> = []
        for row in rows {
            let cells = row.cells.map(TaskCellText.clean)
            let content = columns.cell(cells, columns.content)
            func problem(_ reason: String) {
                table.problems.append(TaskTableProblem(line: row.line, excerpt: String(cells.joined(separator: " | ").prefix(80)), reason: reason))
            }
            switch TaskRowLabel(cells[0]) {
            case .header:
                continue
            case .unknown:
                problem("unrecognised row label \"\(cells[0])\"")
            case .part(let label):
                part = label
                group = nil
                table.parts.append(.init(label: label, title: content))
            case .number(let number):
                let details = [columns.lead, columns.partners, columns.period, columns.funding].map { columns.cell(cells, $0) }
                if details.allSatisfy(\.isEmpty) {
                    let section = TaskClassifier.firstNamed(in: content) ?? .other
                    group = .init(part: part, number: number, title: content, section: section)
                    table.groups.append(group!)
                    continue
                }
                let inGroup = group.map { number.hasPrefix($0.number + ".") } ?? false
                if !inGroup && number.contains(".") {
                    problem("task \(number) is not under a group numbered \(number.split(separator: ".")[0])")
                }
                let groupTitle = inGroup ? group?.title : nil
                let task = PlanTask(
                    part: part, number: number, groupTitle: groupTitle, content: content,
                    leadAgency: details[0], partnerAgencies: details[1], period: TaskPeriod(details[2]),
                    funding: details[3], section: TaskClassifier.section(groupTitle: groupTitle, content: content),
                    parkIds: parks.find(in: content).parkIds)
                if !seen.insert(task.reference).inserted { problem("task \(task.reference) appears twice") }
                if content.isEmpty { problem("task \(task.reference) has no content") }
                table.tasks.append(task)
            }
        }
        return table
    }
}
