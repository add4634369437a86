import Foundation

/// Normalisation of Vietnamese names for storage (NFC) and for matching without
/// diacritics ("An Hoa" finds "An Hòa", "dinh vu" finds "Đình Vũ").
public enum VietnameseName {
    /// The generic words that begin park names, already folded, longest first:
    /// "khu công nghiệp", "KCN", "khu kinh tế", "industrial park"…
    public static let genericPrefixes: [String] = [
        "khu cong nghiep va khu phi thue quan", "khu phi thue quan", "khu cong nghiep",
        "khu kinh te ven bien", "khu kinh te", "cum cong nghiep", "industrial park", "industrial zone",
        "economic zone", "industrial cluster", "non tariff zone", "kcn", "kkt", "ccn",
    ]

    /// The text in Unicode NFC (precomposed), the form names are stored in.
    public static func nfc(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }

    /// The folded key used for matching: lowercase, tone and vowel marks removed (NFD,
    /// combining marks dropped), đ → d, anything not a letter or digit turned into a
    /// space, spaces collapsed. With `dropGenericPrefix`, a leading generic word such as
    /// "khu công nghiệp" or "KCN" is removed too.
    public static func key(_ text: String, dropGenericPrefix: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let mapped: Unicode.Scalar = scalar == "đ" ? "d" : scalar
            if mapped.properties.isAlphabetic || mapped.properties.numericType != nil {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(mapped)
            } else {
                pendingSpace = true
            }
        }
        let folded = String(out)
        return dropGenericPrefix ? withoutGenericPrefix(folded) : folded
    }

    /// A folded key without its leading generic word ("khu cong nghiep tien thanh" →
    /// "tien thanh"); unchanged when nothing would be left.
    static func withoutGenericPrefix(_ folded: String) -> String {
        for prefix in genericPrefixes where folded.hasPrefix(prefix + " ") {
            return String(folded.dropFirst(prefix.count + 1))
        }
        return folded
    }
}
