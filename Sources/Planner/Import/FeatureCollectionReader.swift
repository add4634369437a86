import Foundation
import Geo

/// Reads a GeoJSON FeatureCollection file: checks the bytes are UTF-8, parses with
/// `JSONSerialization`, and hands back each feature's properties and geometry as given
/// (no checks on the features themselves; see ``FeatureChecks``).
enum FeatureCollectionReader {
    static func read(_ data: Data, file: String) throws(ImportFailure) -> SourceDocument {
        func fail(_ kind: ImportIssue.Kind, _ reason: String) -> ImportFailure {
            ImportFailure(issues: [ImportIssue(file: file, kind: kind, reason: reason)])
        }
        let bytes = [UInt8](data)
        if let bad = UTF8Check.firstInvalidByte(bytes) {
            throw fail(.invalidUTF8, "invalid UTF-8 at byte \(bad) (line \(UTF8Check.line(of: bad, in: bytes))): 0x\(String(bytes[bad], radix: 16, uppercase: true))")
        }
        if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            throw fail(.truncatedJSON, "truncated JSON: the file is empty")
        }
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            if let inside = JSONTruncationCheck.unclosed(bytes) {
                throw fail(.truncatedJSON, "truncated JSON: the text ends inside \(inside) after \(bytes.count) bytes; was the file cut short?")
            }
            let detail = (error as NSError).userInfo["NSDebugDescription"] as? String ?? error.localizedDescription
            throw fail(.malformedJSON, "malformed JSON: \(detail)")
        }
        guard let top = json as? [String: Any], top["type"] as? String == "FeatureCollection" else {
            let type = (json as? [String: Any])?["type"] as? String
            throw fail(.notFeatureCollection, "not a GeoJSON FeatureCollection (type is \(type.map { "\"\($0)\"" } ?? "missing"))")
        }
        guard let entries = top["features"] as? [Any] else {
            throw fail(.notFeatureCollection, "FeatureCollection has no \"features\" array")
        }
        var declared: CRS?
        if let crs = top["crs"] {
            guard let name = ((crs as? [String: Any])?["properties"] as? [String: Any])?["name"] as? String,
                  let parsed = DeclaredCRS.parse(name) else {
                throw fail(.unknownCRS, "unknown \"crs\" member: \(String(describing: crs).prefix(80))")
            }
            declared = parsed
        }
        return SourceDocument(features: entries.enumerated().map(feature), declaredCRS: declared)
    }

    private static func feature(_ index: Int, _ entry: Any) -> SourceFeature {
        guard let object = entry as? [String: Any], object["type"] as? String == "Feature" else {
            return SourceFeature(index: index, properties: [:], notAFeature: "not a GeoJSON Feature object")
        }
        var properties: [String: AttributeValue] = [:]
        if let p = object["properties"] as? [String: Any] { properties = p.mapValues { AttributeValue(json: $0) } }
        let memberId = object["id"].flatMap { AttributeValue(json: $0).identifierText }
        var geometry: Result<Geometry, GeoError>?
        if let g = object["geometry"], !(g is NSNull) {
            geometry = Result { () throws(GeoError) -> Geometry in
                do { return try GeoJSONGeometry.geometry(from: g) } catch let e as GeoError { throw e } catch {
                    throw GeoError(.parse, operation: "GeoJSON geometry", message: "\(error)")
                }
            }
        }
        return SourceFeature(index: index, properties: properties, memberId: memberId, geometry: geometry)
    }
}
