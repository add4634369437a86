import Foundation

/// Reads the report's tables back: the cells of each `<tr data-row="ID">`, unescaped.
enum HTMLRows {
    /// The rows of the first table after the heading `caption` (a prefix of the `<h3>` text),
    /// by row id.
    static func rows(_ html: String, after caption: String) -> [String: [String]] {
        guard let start = html.range(of: "<h3>" + caption) else { return [:] }
        let rest = html[start.upperBound...]
        let end = rest.range(of: "</table>")?.upperBound ?? rest.endIndex
        let table = String(rest[..<end])
        var out: [String: [String]] = [:]
        let rowPattern = try! NSRegularExpression(pattern: "<tr data-row=\"([^\"]*)\">(.*?)</tr>")
        let cellPattern = try! NSRegularExpression(pattern: "<td[^>]*>(.*?)</td>")
        let ns = table as NSString
        for m in rowPattern.matches(in: table, range: NSRange(location: 0, length: ns.length)) {
            let id = unescape(ns.substring(with: m.range(at: 1)))
            let body = ns.substring(with: m.range(at: 2)) as NSString
            out[id] = cellPattern.matches(in: body as String, range: NSRange(location: 0, length: body.length))
                .map { unescape(body.substring(with: $0.range(at: 1))) }
        }
        return out
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
