/// Reads JSON numbers from their UTF-8 bytes exactly: the result is the `Double` nearest
/// to the decimal value, as `strtod` gives. Short numbers (at most 19 significant digits
/// whose value and power of ten are both exact in a `Double`) take Clinger's fast path,
/// one correctly rounded multiplication or division; anything else goes through the
/// standard library's `Double(String)`.
enum JSONNumberText {
    /// Powers of ten exactly representable as `Double`.
    private static let powers: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { r, _ in r * 10 } }

    /// Parses the number starting at `start`; returns it and the offset just past it.
    /// `start` must hold `-` or a digit (the caller has checked).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, fileOffset: Int) throws(JSONSyntaxError) -> (Double, Int) {
        let end = bytes.count
        var i = start
        func fail(_ message: String) -> JSONSyntaxError {
            JSONSyntaxError(kind: .malformed, message: message, offset: fileOffset + i)
        }
        var negative = false
        if bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        guard i < end, isDigit(bytes[i]) else { throw fail("expected a digit in a number") }
        var mantissa: UInt64 = 0, digits = 0, dropped = 0
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if i < end, isDigit(bytes[i]) { throw fail("a number cannot have a leading zero") }
        } else {
            while i < end, isDigit(bytes[i]) {
                accumulate(bytes[i], &mantissa, &digits, &dropped)
                i += 1
            }
        }
        var exponent = dropped
        if i < end, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard i < end, isDigit(bytes[i]) else { throw fail("expected a digit after the decimal point") }
            while i < end, isDigit(bytes[i]) {
                var d = 0
                accumulate(bytes[i], &mantissa, &digits, &d)
                if d == 0 { exponent -= 1 }
                i += 1
            }
        }
        if i < end, bytes[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            var negativeExponent = false
            if i < end, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
                negativeExponent = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            guard i < end, isDigit(bytes[i]) else { throw fail("expected a digit in an exponent") }
            var e = 0
            while i < end, isDigit(bytes[i]) {
                if e < 100_000 { e = e * 10 + Int(bytes[i] - 48) }
                i += 1
            }
            exponent += negativeExponent ? -e : e
        }
        var value: Double
        if digits <= 19, mantissa <= 1 << 53, (-22...22).contains(exponent) {
            value = Double(mantissa)
            if exponent >= 0 { value *= powers[exponent] } else { value /= powers[-exponent] }
            if negative { value = -value }
        } else {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            guard let parsed = Double(text) else { throw fail("unreadable number \(text)") }
            value = parsed
        }
        guard value.isFinite else {
            i = start
            throw fail("number out of range for a Double: \(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(end, start + 40)]), as: UTF8.self))")
        }
        return (value, i)
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }

    /// Adds a digit to the mantissa; digits past the 19th are only counted (`dropped`),
    /// which sends the number down the slow path.
    @inline(__always) private static func accumulate(_ b: UInt8, _ mantissa: inout UInt64, _ digits: inout Int, _ dropped: inout Int) {
        if digits == 0 && b == 48 { return }  // leading zeros of the fraction ("0.00012")
        if digits < 19 {
            mantissa = mantissa * 10 + UInt64(b - 48)
            digits += 1
        } else {
            digits += 1
            dropped += 1
        }
    }
}
