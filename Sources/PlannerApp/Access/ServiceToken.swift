import Crypto
import Foundation

/// The bearer tokens that sign users in: 32 random bytes, shown once; only their
/// SHA-256 is kept (``hash(_:)``), so a stolen store gives no token.
public enum ServiceToken {
    /// A new token: "pp_" and 64 lower-case hex digits (256 random bits from the system's
    /// secure generator).
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return "pp_" + hex(bytes)
    }

    /// The token's SHA-256, lower-case hex: what the store keeps and looks up.
    public static func hash(_ token: String) -> String {
        hex(Array(SHA256.hash(data: Data(token.utf8))))
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
