import Foundation

/// Telling the legacy Vietnamese encodings apart when a file declares none. Their bytes
/// cannot be told apart as such (each maps most of 0x80–0xFF to letters), but only the
/// right one reads as Vietnamese: every letter of the Vietnamese alphabet (with at most
/// one tone mark per word), no stray symbols, Latin-1 letters or control characters.
/// VNI is not among them: it has no iconv table here to verify against.
extension LegacyText {
    /// The encodings tried: the `--encoding` value, the name shown and the iconv name.
    static let guessable: [(option: String, label: String, iconv: String)] = [
        ("windows-1258", "Windows-1258", "CP1258"), ("tcvn3", "TCVN3", "TCVN5712-1"), ("viscii", "VISCII", "VISCII"),
    ]

    /// The one encoding under which every sample (a text value that is not UTF-8) reads as
    /// Vietnamese while the others do not; `nil` when none or several do.
    static func guess(_ samples: [[UInt8]]) -> (option: String, label: String)? {
        guard !samples.isEmpty else { return nil }
        let scores = guessable.map { candidate -> Int? in
            var penalty = 0
            for bytes in samples {
                guard let text = iconv(bytes, from: candidate.iconv) else { return nil }
                penalty += oddities(text.precomposedStringWithCanonicalMapping)
            }
            return penalty
        }
        let clean = scores.indices.filter { scores[$0] == 0 }
        guard clean.count == 1 else { return nil }
        return (guessable[clean[0]].option, guessable[clean[0]].label)
    }

    /// Characters and words of `text` that Vietnamese text does not have.
    static func oddities(_ text: String) -> Int {
        var odd = 0
        var tonesInWord = 0
        for ch in text {
            guard ch.isLetter || ch.unicodeScalars.contains(where: { $0.properties.generalCategory == .nonspacingMark }) else {
                if tonesInWord > 1 { odd += 1 }
                tonesInWord = 0
                if !(ch.isASCII && !ch.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })) && !ch.isWhitespace
                    && !"–—‘’“”…·".contains(ch) { odd += 1 }
                continue
            }
            if ch.isASCII { continue }
            let scalars = String(ch).decomposedStringWithCanonicalMapping.unicodeScalars
            guard let base = scalars.first, vietnameseBases.contains(base) || ch == "đ" || ch == "Đ" else { odd += 1; continue }
            let marks = scalars.dropFirst()
            guard marks.allSatisfy({ vietnameseMarks.contains($0) }) else { odd += 1; continue }
            if marks.contains(where: { toneMarks.contains($0) }) { tonesInWord += 1 }
        }
        return odd + (tonesInWord > 1 ? 1 : 0)
    }

    /// Vowels that take diacritics in Vietnamese (ă â ê ô ơ ư decompose to these).
    static let vietnameseBases: Set<Unicode.Scalar> = Set("aeiouyAEIOUY".unicodeScalars)
    /// Breve, circumflex, horn and the five tone marks (grave, acute, tilde, hook, dot below).
    static let vietnameseMarks: Set<Unicode.Scalar> = ["\u{306}", "\u{302}", "\u{31B}", "\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]
    /// The tone marks alone: a Vietnamese syllable carries at most one.
    static let toneMarks: Set<Unicode.Scalar> = ["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]
}
