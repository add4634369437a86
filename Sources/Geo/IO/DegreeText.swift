/// Coordinates rounded to a fixed number of decimals, written as JSON numbers with
/// exactly the text of ``GeoJSONWriter/number(_:)`` (integers bare, others in Swift's
/// shortest round-trip form), but built digit by digit: a million parcels' coordinates
/// are the export's hottest numbers.
///
/// For |value| in [0.001, 10⁶) and 0–9 decimals, the rounded value is the double nearest
/// n / 10^p for an integer n, and no shorter decimal lies as close, so its shortest
/// round-trip text is n / 10^p without trailing zeros. Everything else (tiny, huge,
/// non-finite values, more decimals) takes the reference path, ``GeoJSONWriter/number(_:)``.
/// ``GeoJSONWriter`` writes every coordinate through this formatter.
public struct DegreeText: Sendable {
    /// Decimal places kept.
    public let precision: Int
    private let scale: Double

    /// A formatter for `precision` decimals.
    public init(precision: Int = 7) {
        self.precision = precision
        scale = Double.pow10(precision)
    }

    /// The value rounded to ``precision`` decimals, as JSON text.
    public func text(_ v: Double) -> String {
        var out: [UInt8] = []
        append(v, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the value rounded to ``precision`` decimals, as JSON text in UTF-8.
    public func append(_ v: Double, to out: inout [UInt8]) {
        let scaled = (v * scale).rounded()
        let r = scaled / scale
        guard precision <= 9, r.isFinite, abs(r) >= 0.001, abs(r) < 1e6, r != r.rounded() else {
            out.append(contentsOf: GeoJSONWriter.number(v, scale: scale).utf8)
            return
        }
        let n = Int64(scaled)
        var magnitude = n.magnitude
        // Sign, up to 7 integer digits, point, up to 9 decimals: 18 bytes.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var end = 24
            var decimals = precision
            // Decimals from the last, trailing zeros dropped.
            var trailing = true
            while decimals > 0 {
                let digit = UInt8(magnitude % 10)
                magnitude /= 10
                decimals -= 1
                if trailing && digit == 0 { continue }
                trailing = false
                end -= 1
                buffer[end] = 0x30 + digit
            }
            end -= 1
            buffer[end] = UInt8(ascii: ".")
            repeat {
                end -= 1
                buffer[end] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if n < 0 {
                end -= 1
                buffer[end] = UInt8(ascii: "-")
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[end..<24]))
        }
    }
}
