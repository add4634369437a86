import Foundation
import Geo

/// The values too long for a Shapefile's 254-byte text fields, as `export --format shp`
/// writes them beside it: `NAME.values.jsonl`, one JSON object per line with the
/// feature's `id` and each property moved out whole (`clearance_history`, a parcel's
/// ledger). Importing `NAME.shp` reads it back, so the ledger round-trips.
struct ValuesSidecar {
    /// Feature id → the properties moved out, as JSON text, in the line's order.
    private(set) var byId: [String: [(property: String, json: String)]] = [:]

    /// The sidecar beside `url` (a `.shp`), or an empty one when there is none.
    /// - Throws: ``ImportFailure`` naming the sidecar and its line when a line is not a
    ///   JSON object with a string `id`.
    init(beside url: URL) throws(ImportFailure) {
        guard url.pathExtension.lowercased() == "shp" else { return }
        let path = url.deletingPathExtension().appendingPathExtension("values.jsonl")
        guard let text = try? String(contentsOf: path, encoding: .utf8) else { return }
        for (n, line) in text.split(separator: "\n").enumerated() where !line.allSatisfy(\.isWhitespace) {
            let fail = { (why: String) in
                ImportFailure(issues: [ImportIssue(file: path.lastPathComponent, kind: .malformedJSON, reason: "line \(n + 1): \(why)")])
            }
            let object: JSONObject
            do { object = try JSONParser.parseObject(String(line)) } catch { throw fail("\(error)") }
            guard let id = object.first(where: { $0.key == "id" })?.value.stringValue else { throw fail("no string \"id\"") }
            byId[PropertyText.normalized(id), default: []] += object.filter { $0.key != "id" }.map { ($0.key, $0.value.jsonText) }
        }
    }

    /// Whether there is nothing to put back.
    var isEmpty: Bool { byId.isEmpty }
}
