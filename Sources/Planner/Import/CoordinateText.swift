import Geo

/// Formats positions for messages: degrees to 6 decimals, metres to 2, trailing zeros dropped.
enum CoordinateText {
    static func format(_ c: Coordinate, geographic: Bool) -> String {
        "(\(number(c.x, geographic ? 6 : 2)), \(number(c.y, geographic ? 6 : 2)))"
    }

    static func number(_ v: Double, _ decimals: Int) -> String {
        guard v.isFinite else { return "\(v)" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        var text = String((v * scale).rounded() / scale)
        if text.contains("e") { return text }
        while text.hasSuffix("0") && text.contains(".") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
