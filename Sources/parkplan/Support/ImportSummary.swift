import PlannerApp

/// The lines printed after an import.
struct ImportSummary {
    let report: ImportReport
    let store: String

    var text: String {
        var lines = ["imported \(report.count) \(report.layer) from \(report.file) into \(store)"]
        for r in report.repairs { lines.append("  repaired: \(r)") }
        for n in report.notices.prefix(20) { lines.append("  note: \(n)") }
        if report.notices.count > 20 { lines.append("  … and \(report.notices.count - 20) more notes") }
        return lines.joined(separator: "\n")
    }
}
