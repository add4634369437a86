import Foundation
import Planner

/// Kept feature properties, stored as one JSON object in an `attributes` TEXT column
/// (and name lists as a JSON array), for every record.
enum AttributesJSON {
    /// The JSON object, keys sorted; `nil` (NULL) when there is nothing to keep.
    static func encode(_ attributes: [String: AttributeValue]) -> String? {
        guard !attributes.isEmpty else { return nil }
        let object = attributes.mapValues(foundation)
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The properties of a stored object; none for NULL.
    /// - Throws: ``StoreError`` (`.schema`) when the text is not a JSON object (the record
    ///   reading it names the table and row).
    static func decode(_ text: String?) throws -> [String: AttributeValue] {
        guard let text else { return [:] }
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)), let dict = object as? [String: Any] else {
            throw StoreError(.schema, message: "attributes are not a JSON object: \(text.prefix(60))")
        }
        return dict.mapValues { AttributeValue(json: $0) }
    }

    /// The JSON array; `nil` (NULL) when empty.
    static func encode(_ strings: [String]) -> String? {
        guard !strings.isEmpty, let data = try? JSONSerialization.data(withJSONObject: strings) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The strings of a stored array; none for NULL.
    /// - Throws: ``StoreError`` (`.schema`) when the text is not a JSON array of strings.
    static func decodeStrings(_ text: String?) throws -> [String] {
        guard let text else { return [] }
        guard let strings = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String] else {
            throw StoreError(.schema, message: "names are not a JSON array of strings: \(text.prefix(60))")
        }
        return strings
    }

    private static func foundation(_ value: AttributeValue) -> Any {
        switch value {
        case .null: NSNull()
        case .bool(let b): b
        case .number(let n): n
        case .string(let s): s
        case .array(let a): a.map(foundation)
        case .object(let o): o.mapValues(foundation)
        }
    }
}
