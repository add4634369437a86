/// Tells a JSON text cut short (ends inside a string, object or array) from one that is
/// otherwise malformed, so the message can say which.
enum JSONTruncationCheck {
    /// What the text ends inside of, or `nil` when every string, object and array is closed.
    static func unclosed(_ bytes: [UInt8]) -> String? {
        var stack: [UInt8] = []
        var inString = false, escaped = false
        for b in bytes {
            if inString {
                if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
                continue
            }
            switch b {
            case 0x22: inString = true
            case 0x7B, 0x5B: stack.append(b)
            case 0x7D, 0x5D: if !stack.isEmpty { stack.removeLast() }
            default: break
            }
        }
        if inString { return "a string" }
        guard let open = stack.last else { return nil }
        return open == 0x7B ? "an object" : "an array"
    }
}
