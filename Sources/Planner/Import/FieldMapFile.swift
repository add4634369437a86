import Foundation

/// A mapping file for `import --field-map`: one `PROPERTY=FIELD` per line (what
/// `--field` takes), blank lines and `#` comments ignored; `export --format shp` writes
/// one beside a Shapefile whose names it shortened (`parcels.fieldmap`).
public enum FieldMapFile {
    /// The property → field map of the file at `path`.
    /// - Throws: ``ImportFailure`` naming the file and the line for an unreadable file or a
    ///   line that is not `PROPERTY=FIELD`, or a property given twice.
    public static func read(_ path: String) throws(ImportFailure) -> [String: String] {
        let file = (path as NSString).lastPathComponent
        func fail(_ reason: String) -> ImportFailure {
            ImportFailure(issues: [ImportIssue(file: file, kind: .badValue, reason: reason)])
        }
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw fail("cannot read the field map: \(ReadErrorText.reason(error))")
        }
        return try parse(text, fail: fail)
    }

    /// The map of `text`; `fail` makes the error for a bad line.
    static func parse(_ text: String, fail: (String) -> ImportFailure) throws(ImportFailure) -> [String: String] {
        var map: [String: String] = [:]
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !parts[1].contains("=") else {
                throw fail("field map line \(n + 1): \"\(line)\" is not PROPERTY=FIELD")
            }
            guard map[parts[0]] == nil else { throw fail("field map line \(n + 1): property \"\(parts[0])\" is mapped twice") }
            map[parts[0]] = parts[1]
        }
        return map
    }
}
