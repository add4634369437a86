/// The refusal as a terminal shows it: a reason shared by many features is one line
/// with the count (and, for a missing property the file holds under a truncated name,
/// the `--field` to use) followed by its first few features; the rest in full.
extension ImportFailure {
    /// A reason repeated this often is summarised.
    static let summariseFrom = 10
    /// Features listed under a summarised reason.
    static let listedPerSummary = 3

    /// The lines to print, in file order of each reason's first feature.
    public var summaryLines: [String] {
        var order: [String] = []
        var byReason: [String: [ImportIssue]] = [:]
        for issue in issues {
            if byReason[issue.reason] == nil { order.append(issue.reason) }
            byReason[issue.reason, default: []].append(issue)
        }
        var lines: [String] = []
        for reason in order {
            let group = byReason[reason]!
            guard group.count >= Self.summariseFrom else { lines += group.map(\.description); continue }
            var head = "\(group[0].file): \(Self.grouped(group.count)) features: \(reason)"
            if let property = Self.missingProperty(reason), let field = fieldHints[property] {
                head += "; the file has \(field): use --field \(property)=\(field)"
            }
            lines.append(head)
            lines += group.prefix(Self.listedPerSummary).map { "  \($0.description)" }
            lines.append("  … and \(group.count - Self.listedPerSummary) more")
        }
        return lines
    }

    /// The property named by a "missing required property "X"" reason.
    static func missingProperty(_ reason: String) -> String? {
        guard reason.hasPrefix("missing required property \"") else { return nil }
        return reason.split(separator: "\"").dropFirst().first.map(String.init)
    }

    /// 1964 as "1 964" (thin groups of three, as the planners write counts).
    static func grouped(_ n: Int) -> String {
        var digits = Array(String(n)), out = ""
        while digits.count > 3 { out = " " + String(digits.suffix(3)) + out; digits.removeLast(3) }
        return String(digits) + out
    }
}
