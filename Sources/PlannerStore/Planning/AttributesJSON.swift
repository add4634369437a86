import Geo
import Planner

/// Kept feature properties, stored as one JSON object in an `attributes` TEXT column
/// (and name lists as a JSON array), for every record: written and read by the one JSON
/// stack (`Geo/IO/JSON`, through ``Planner/AttributeValue``), nothing dropped.
enum AttributesJSON {
    /// The JSON object, keys sorted; `nil` (NULL) when there is nothing to keep.
    static func encode(_ attributes: [String: AttributeValue]) -> String? {
        attributes.isEmpty ? nil : AttributeValue.object(attributes).jsonText
    }

    /// The properties of a stored object; none for NULL.
    /// - Throws: ``StoreError`` (`.schema`) when the text is not a JSON object (the record
    ///   reading it names the table and row).
    static func decode(_ text: String?) throws -> [String: AttributeValue] {
        guard let text else { return [:] }
        do { return try AttributeValue.object(jsonText: text) } catch {
            throw StoreError(.schema, message: "attributes are not a JSON object (\(error)): \(text.prefix(60))")
        }
    }

    /// The JSON array; `nil` (NULL) when empty.
    static func encode(_ strings: [String]) -> String? {
        strings.isEmpty ? nil : AttributeValue.jsonText(strings: strings)
    }

    /// The strings of a stored array; none for NULL.
    /// - Throws: ``StoreError`` (`.schema`) when the text is not a JSON array of strings.
    static func decodeStrings(_ text: String?) throws -> [String] {
        guard let text else { return [] }
        do { return try AttributeValue.strings(jsonText: text) } catch {
            throw StoreError(.schema, message: "names are not a JSON array of strings (\(error)): \(text.prefix(60))")
        }
    }
}
