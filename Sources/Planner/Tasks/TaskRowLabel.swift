/// What the first cell ("TT") of a task-table row says the row is.
enum TaskRowLabel: Equatable {
    /// A part of the table: "A", "B", or a roman numeral "II".
    case part(String)
    /// A numbered row: "1", "10.1" (a trailing dot is dropped).
    case number(String)
    /// The header row repeated ("TT", "STT").
    case header
    /// Anything else.
    case unknown

    init(_ cell: String) {
        var text = cell.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix(".") { text.removeLast() }
        let key = VietnameseName.key(text)
        if key == "tt" || key == "stt" {
            self = .header
        } else if !text.isEmpty, text.split(separator: ".", omittingEmptySubsequences: false)
                    .allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
            self = .number(text)
        } else if text.count == 1, let c = text.first, c.isASCII, c.isUppercase {
            self = .part(text)
        } else if !text.isEmpty, text.allSatisfy({ "IVXLC".contains($0) }) {
            self = .part(text)
        } else {
            self = .unknown
        }
    }
}
