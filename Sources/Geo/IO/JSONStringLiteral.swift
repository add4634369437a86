#if canImport(Foundation)
import Foundation
#endif

/// JSON string literals with the escapes RFC 8259 requires (`"`, `\`, C0 controls), for
/// every writer of JSON text: an importer's GeoJSON text of a GDAL layer, the exports.
///
/// The `append` form writes into a growing text (no intermediate strings): the export of a
/// million parcels spends much of its time here.
public enum JSONStringLiteral {
    /// `s` as a JSON string literal.
    public static func text(_ s: String) -> String {
        var out = ""
        append(s, to: &out)
        return out
    }

    /// Appends `s` as a JSON string literal.
    public static func append(_ s: String, to out: inout String) {
        // Only '"', '\' and C0 controls need escaping; they are single UTF-8 bytes.
        let plain = s.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
        } ?? !s.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
        if plain {
            out += "\""
            out += s
            out += "\""
            return
        }
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
