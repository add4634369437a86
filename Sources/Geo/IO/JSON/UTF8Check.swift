/// Finds the first byte that does not start a well-formed UTF-8 sequence (overlong
/// forms, surrogates and code points above U+10FFFF count as malformed).
enum UTF8Check {
    /// The first malformed byte of `bytes[range]`, as an index into `bytes`. A sequence
    /// running past the end of the range counts as malformed.
    static func firstInvalidByte(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int? {
        var i = range.lowerBound
        let n = range.upperBound
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int, smallest: UInt32
            if b & 0xE0 == 0xC0 { length = 2; smallest = 0x80 }
            else if b & 0xF0 == 0xE0 { length = 3; smallest = 0x800 }
            else if b & 0xF8 == 0xF0 { length = 4; smallest = 0x10000 }
            else { return i }
            guard i + length <= n else { return i }
            var scalar = UInt32(b) & (0xFF >> (length + 1))
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < smallest || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
    }
}
