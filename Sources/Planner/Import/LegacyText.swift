import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decodes the text fields of a file read through GDAL into NFC Unicode: UTF-8 (the
/// default, and what GDAL gives when a `.cpg` declared the encoding), or a legacy
/// Vietnamese encoding named by `--encoding`: Windows-1258 (its tone marks are combining
/// characters, composed here), TCVN 5712 (TCVN3) or VISCII, all converted by the C
/// library's iconv (glibc has the three).
struct LegacyText {
    /// The iconv name of the source encoding; `nil` for UTF-8.
    let iconvName: String?

    /// The decoder for `name` ("windows-1258"/"cp1258"/"1258", "tcvn3"/"tcvn5712", "viscii", "utf-8"); `nil` is UTF-8.
    /// - Throws: a ``LegacyTextError`` naming the encodings known.
    init(_ name: String?) throws {
        switch name?.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "") {
        case nil, "utf8": iconvName = nil
        case "windows1258", "cp1258", "1258": iconvName = "CP1258"
        case "tcvn3", "tcvn5712", "tcvn", "tcvn57121": iconvName = "TCVN5712-1"
        case "viscii": iconvName = "VISCII"
        default: throw LegacyTextError(name: name ?? "")
        }
    }

    /// The decoder a Shapefile's `.cpg` asks for when GDAL's own recoding would lose letters
    /// (the Vietnamese encodings); `nil` for any other (GDAL recodes those itself).
    static func fromCodePage(_ text: String) -> LegacyText? {
        let name = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let decoder = try? LegacyText(name), decoder.iconvName != nil else { return nil }
        return decoder
    }

    /// The text of `bytes`, NFC.
    func decode(_ bytes: [UInt8]) -> String {
        let text = iconvName.flatMap { Self.iconv(bytes, from: $0) } ?? String(decoding: bytes, as: UTF8.self)
        return text.precomposedStringWithCanonicalMapping
    }

    /// `bytes` converted from `code` to UTF-8 by iconv, or `nil` when iconv cannot.
    static func iconv(_ bytes: [UInt8], from code: String) -> String? {
        let cd = iconv_open("UTF-8", code)
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 4)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr = inBuf.baseAddress, outPtr = outBuf.baseAddress
                var inLeft = inBuf.count, outLeft = outBuf.count
                guard Glibc.iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1 || inLeft == 0 else { return nil }
                // Flush: CP1258 and TCVN hold the last letter back, waiting for a tone mark.
                guard Glibc.iconv(cd, nil, nil, &outPtr, &outLeft) != -1 else { return nil }
                return outBuf.count - outLeft
            }
        }
        guard let written else { return nil }
        return String(decoding: output[0..<written].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// An `--encoding` that is not one of those known.
struct LegacyTextError: Error, CustomStringConvertible {
    let name: String
    var description: String { "unknown encoding '\(name)': use utf-8, windows-1258, tcvn3 (TCVN 5712) or viscii" }
}
