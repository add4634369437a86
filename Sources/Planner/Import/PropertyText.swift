import Foundation

/// Text properties as stored: surrounding whitespace trimmed and in Unicode NFC.
/// Most text needs neither (ids, codes, dates are ASCII; Vietnamese names arrive
/// precomposed), so both are skipped when a quick look shows there is nothing to do.
extension String {
    /// The text with leading zeros up to `width` characters.
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

enum PropertyText {
    /// `text` trimmed of whitespace (`CharacterSet.whitespaces`) and in NFC.
    static func normalized(_ text: String) -> String {
        var text = text
        if needsTrimming(text) { text = text.trimmingCharacters(in: .whitespaces) }
        return isNFC(text) ? text : VietnameseName.nfc(text)
    }

    /// The first control character (Unicode general category Cc: U+0000–U+001F and
    /// U+007F–U+009F, a set Unicode keeps fixed) in `text`, or `nil`. Read from the UTF-8
    /// bytes: asking each scalar's general category was 7 % of a parcel import.
    static func controlCharacter(in text: String) -> Unicode.Scalar? {
        let utf8 = text.utf8
        // C1 controls are U+0080–U+009F: in UTF-8, 0xC2 followed by 0x80–0x9F.
        if !utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) { return nil }
        return text.unicodeScalars.first { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }

    /// True when the first or last character is whitespace (`CharacterSet.whitespaces`:
    /// tab and the space separators, Zs).
    static func needsTrimming(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        func space(_ s: Unicode.Scalar) -> Bool {
            s.isASCII ? s == " " || s == "\t" : s.properties.generalCategory == .spaceSeparator
        }
        return space(first) || space(last)
    }

    /// True when `text` is certainly NFC already: every scalar lies below U+0300 (ASCII,
    /// Latin-1, Latin Extended-A/B, IPA, spacing modifiers) or in Latin Extended
    /// Additional (U+1E00–U+1EFF: the precomposed Vietnamese letters). None of these
    /// changes under NFC nor combines with a neighbour in these ranges. Anything else
    /// (combining marks, other scripts) gets the full normalisation.
    static func isNFC(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        return text.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x1E00...0x1EFF).contains($0.value) }
    }
}
