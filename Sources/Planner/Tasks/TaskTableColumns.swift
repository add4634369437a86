/// Which cell of a row holds which field, read from the header row
/// ("TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Kinh phí").
struct TaskTableColumns {
    var count = 6
    var content = 1, lead = 2, partners = 3, period = 4, funding = 5
    /// Header cells that name a field an earlier cell already named (the table is then
    /// ambiguous: which column holds the content?).
    private(set) var repeated: [String] = []

    /// Columns found by their folded header words; positions as in Plan 278 for any not found.
    init(header cells: [String]) {
        count = max(cells.count, 2)
        var found: Set<WritableKeyPath<TaskTableColumns, Int>> = []
        for (i, cell) in cells.enumerated() {
            let key = VietnameseName.key(cell)
            let field: WritableKeyPath<TaskTableColumns, Int>
            if key.contains("noi dung") || key.contains("nhiem vu") { field = \.content }
            else if key.contains("chu tri") { field = \.lead }
            else if key.contains("phoi hop") { field = \.partners }
            else if key.contains("thoi gian") || key.contains("tien do") { field = \.period }
            else if key.contains("kinh phi") || key.contains("nguon von") { field = \.funding }
            else { continue }
            if !found.insert(field).inserted { repeated.append(cell.trimmingCharacters(in: .whitespaces)) }
            self[keyPath: field] = i
        }
    }

    /// The cell at `i`, or "" when the row is short.
    func cell(_ cells: [String], _ i: Int) -> String { i < cells.count ? cells[i] : "" }
}
