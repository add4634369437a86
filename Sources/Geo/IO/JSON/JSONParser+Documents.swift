extension JSONParser {
    /// Parses a JSON text that must be one object (a stored attribute set).
    /// - Throws: ``JSONSyntaxError`` with the offset and reason, also when the text is
    ///   valid JSON of another kind ("[]", "null").
    public static func parseObject(_ text: String) throws(JSONSyntaxError) -> JSONObject {
        try reading(text) { (bytes) throws(JSONSyntaxError) in
            var parser = JSONParser(bytes)
            parser.skipWhitespace()
            guard parser.position < bytes.count, bytes[parser.position] == UInt8(ascii: "{") else {
                throw parser.unexpected("where a JSON object should start")
            }
            let object = try parser.object()
            try parser.expectEnd()
            return object
        }
    }

    /// Parses a JSON text that must be an array of strings (a stored list of ids).
    /// - Throws: ``JSONSyntaxError`` naming the offset of the first element that is not a
    ///   string, or of whatever else is wrong.
    public static func parseStrings(_ text: String) throws(JSONSyntaxError) -> [String] {
        try reading(text) { (bytes) throws(JSONSyntaxError) in
            var parser = JSONParser(bytes)
            parser.skipWhitespace()
            guard parser.position < bytes.count, bytes[parser.position] == UInt8(ascii: "[") else {
                throw parser.unexpected("where a JSON array of strings should start")
            }
            parser.position += 1
            var out: [String] = []
            if try !parser.isEmpty(closing: UInt8(ascii: "]")) {
                repeat {
                    parser.skipWhitespace()
                    guard parser.position < bytes.count, bytes[parser.position] == UInt8(ascii: "\"") else {
                        throw parser.unexpected("where a string of the list should start")
                    }
                    out.append(try parser.string())
                } while try parser.more(closing: UInt8(ascii: "]"), "an array", "an array element")
            }
            try parser.expectEnd()
            return out
        }
    }
}
