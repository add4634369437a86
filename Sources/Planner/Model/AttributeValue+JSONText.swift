import Geo

/// Attributes as compact JSON text, for messages and for the store's `attributes` column:
/// written by ``Geo/JSONValue/jsonText`` (keys sorted, shortest numbers, RFC 8259
/// escapes), read by ``Geo/JSONParser``. Nothing unreadable is skipped: an error names
/// the byte offset and the reason.
extension AttributeValue {
    /// The compact JSON text of the value.
    public var jsonText: String { json.jsonText }

    /// The members of a JSON text that must be one object (`{}` gives none).
    /// - Throws: ``Geo/JSONSyntaxError`` when the text is not JSON or not an object.
    public static func object(jsonText text: String) throws(JSONSyntaxError) -> [String: AttributeValue] {
        attributes(try JSONParser.parseObject(text))
    }

    /// The strings of a JSON text that must be an array of strings.
    /// - Throws: ``Geo/JSONSyntaxError`` when the text is not JSON, not an array, or holds
    ///   anything but strings.
    public static func strings(jsonText text: String) throws(JSONSyntaxError) -> [String] {
        try JSONParser.parseStrings(text)
    }

    /// The compact JSON text of a list of strings (`["a","b"]`).
    public static func jsonText(strings: [String]) -> String {
        JSONValue.array(strings.map(JSONValue.string)).jsonText
    }
}
