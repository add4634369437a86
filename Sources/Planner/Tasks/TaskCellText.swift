import Foundation

/// Cleans one cell of a task table: HTML paragraphs become line breaks, other tags and
/// common entities are removed, the text is NFC and trimmed.
enum TaskCellText {
    static func clean(_ raw: String) -> String {
        var text = raw.replacingOccurrences(of: #"</p>\s*<p[^>]*>"#, with: "\n", options: .regularExpression)
        text = text.replacingOccurrences(of: #"<br\s*/?>"#, with: "\n", options: [.regularExpression, .caseInsensitive])
        text = text.replacingOccurrences(of: #"<[^>]*>"#, with: "", options: .regularExpression)
        for (entity, char) in [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: char)
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return VietnameseName.nfc(lines.joined(separator: "\n"))
    }
}
