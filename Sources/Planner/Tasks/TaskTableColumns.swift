/// Which cell of a row holds which field, read from the header row
/// ("TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Kinh phí").
struct TaskTableColumns {
    var count = 6
    var content = 1, lead = 2, partners = 3, period = 4, funding = 5

    /// Columns found by their folded header words; positions as in Plan 278 for any not found.
    init(header cells: [String]) {
        count = max(cells.count, 2)
        for (i, cell) in cells.enumerated() {
            let key = VietnameseName.key(cell)
            if key.contains("noi dung") || key.contains("nhiem vu") { content = i }
            else if key.contains("chu tri") { lead = i }
            else if key.contains("phoi hop") { partners = i }
            else if key.contains("thoi gian") || key.contains("tien do") { period = i }
            else if key.contains("kinh phi") || key.contains("nguon von") { funding = i }
        }
    }

    /// The cell at `i`, or "" when the row is short.
    func cell(_ cells: [String], _ i: Int) -> String { i < cells.count ? cells[i] : "" }
}
