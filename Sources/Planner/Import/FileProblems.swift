import Geo

/// The file-level refusals of an import (unreadable bytes, not a FeatureCollection, an
/// unknown `crs`), worded as before the reader streamed: each is a one-issue ``ImportFailure``.
struct FileProblems {
    let input: GeoJSONInput
    let file: String

    func fail(_ kind: ImportIssue.Kind, _ reason: String, featureIndex: Int? = nil) -> ImportFailure {
        ImportFailure(issues: [ImportIssue(file: file, featureIndex: featureIndex, kind: kind, reason: reason)])
    }

    /// A JSON error (with its line), or a file that cannot be read. Truncation is reported
    /// for the whole file, the other errors name the feature they are in.
    func failure(_ error: Error, featureIndex: Int?) -> ImportFailure {
        guard let e = error as? JSONSyntaxError else {
            return fail(.malformedJSON, "cannot read file: \(ReadErrorText.reason(error))")
        }
        switch e.kind {
        case .truncated:
            return fail(.truncatedJSON, "truncated JSON: \(e.message)")
        case .invalidUTF8:
            let line = input.line(of: e.offset).map(String.init) ?? "?"
            return fail(.invalidUTF8, "invalid UTF-8 at byte \(e.offset) (line \(line)): \(e.message)", featureIndex: featureIndex)
        case .malformed:
            let line = input.line(of: e.offset).map { ", line \($0)" } ?? ""
            return fail(.malformedJSON, "malformed JSON: \(e.message) (byte \(e.offset)\(line))", featureIndex: featureIndex)
        }
    }

    func notFeatureCollection(_ type: JSONValue?) -> ImportFailure {
        let shown = type?.stringValue.map { "\"\($0)\"" } ?? "missing"
        return fail(.notFeatureCollection, "not a GeoJSON FeatureCollection (type is \(shown))")
    }

    /// The CRS a (2008-style) `crs` member names.
    func declaredCRS(_ member: JSONValue) throws(ImportFailure) -> CRS {
        guard case .object(let crs) = member, case .object(let properties)? = crs["properties"],
              case .string(let name)? = properties["name"], let parsed = DeclaredCRS.parse(name) else {
            throw fail(.unknownCRS, "unknown \"crs\" member: \(member.jsonText.prefix(80))")
        }
        return parsed
    }
}
