import Foundation

extension AttributeValue {
    /// Converts what `JSONSerialization` produced (NSNumber, String, arrays, dictionaries,
    /// NSNull) into a value. Booleans are told apart from numbers.
    public init(json: Any?) {
        switch json {
        case nil, is NSNull: self = .null
        case let s as String: self = .string(s)
        case let n as NSNumber:
            // JSONSerialization makes booleans NSNumbers of type "c" (char) / "B".
            let type = String(cString: n.objCType)
            self = type == "c" || type == "B" ? .bool(n.boolValue) : .number(n.doubleValue)
        case let a as [Any]: self = .array(a.map { AttributeValue(json: $0) })
        case let o as [String: Any]: self = .object(o.mapValues { AttributeValue(json: $0) })
        default: self = .string(String(describing: json!))
        }
    }
}
