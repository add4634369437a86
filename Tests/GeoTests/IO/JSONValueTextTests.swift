import Foundation
import Testing
@testable import Geo

/// The one encoder: compact, keys sorted, RFC 8259 escapes, shortest numbers.
@Suite struct JSONValueTextTests {
    @Test func controlCharactersQuotesAndBackslashesAreEscaped() throws {
        let s = "a\"b\\c/d\u{0}\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1F}\u{7F}é"
        let text = JSONValue.string(s).jsonText
        #expect(text == #""a\"b\\c/d\u0000\u0001\u0008\t\n\u000c\r\u001f"# + "\u{7F}é\"")
        #expect(try JSONParser.parse(text) == .string(s))
        // Foundation reads it as the same string.
        let foundation = try JSONSerialization.jsonObject(with: Data("[\(text)]".utf8)) as! [String]
        #expect(foundation[0].unicodeScalars.elementsEqual(s.unicodeScalars))
    }

    @Test func everyEscapeIsFoundAtEveryPositionOfAWord() {
        // The escaper copies the runs between escapes: each byte to escape, and bytes just
        // outside the ranges, at every offset of strings of 0–40 bytes, alone and with a
        // second escape. The expected text is built byte by byte from a table of the escapes.
        let named: [UInt8: String] = [0x22: #"\""#, 0x5C: #"\\"#, 0x0A: #"\n"#, 0x0D: #"\r"#, 0x09: #"\t"#]
        func reference(_ s: String) -> String {
            var out: [UInt8] = [0x22]
            for b in s.utf8 {
                let control: String? = b < 0x20 ? "\\u00" + (b < 0x10 ? "0" : "") + String(b, radix: 16) : nil
                out += (named[b] ?? control).map { Array($0.utf8) } ?? [b]
            }
            return String(decoding: out + [0x22], as: UTF8.self)
        }
        let specials: [Unicode.Scalar] = ["\u{0}", "\u{1}", "\u{1F}", "\u{20}", "\"", "\u{21}", "\u{23}", "\\", "\u{5B}", "\u{5D}",
                                          "\u{7F}", "é", "\n", "\t"]
        for length in 0...40 {
            for position in 0..<max(1, length) {
                for special in specials {
                    var scalars = Array(repeating: Unicode.Scalar("a"), count: length)
                    if length > 0 { scalars[position] = special }
                    var s = ""
                    s.unicodeScalars.append(contentsOf: scalars)
                    #expect(JSONValue.string(s).jsonText == reference(s), "\(length) \(position) \(special.value)")
                    // And a second escape five bytes on.
                    guard length > 1 else { continue }
                    scalars[(position + 5) % length] = "\u{2}"
                    var two = ""
                    two.unicodeScalars.append(contentsOf: scalars)
                    #expect(JSONValue.string(two).jsonText == reference(two), "\(length) \(position) \(special.value) twice")
                }
            }
        }
    }

    @Test func nonASCIITextIsWrittenAsItIsScalarForScalar() throws {
        let nfd = "Ha\u{309}i Pho\u{300}ng 😀"   // decomposed: must not be normalised
        let text = JSONValue.string(nfd).jsonText
        #expect(Array(text.utf8) == Array("\"\(nfd)\"".utf8))
        guard case .string(let back) = try JSONParser.parse(text) else { Issue.record("not a string"); return }
        #expect(Array(back.utf8) == Array(nfd.utf8))
    }

    @Test func numbersAreShortestAndIntegersHaveNoFraction() {
        let cases: [(Double, String)] = [
            (0, "0"), (-0.0, "-0"), (1, "1"), (-7, "-7"), (439_365_000, "439365000"), (12.5, "12.5"), (0.1, "0.1"),
            (106.6003132, "106.6003132"), (9_007_199_254_740_992, "9007199254740992"), (-9_007_199_254_740_992, "-9007199254740992"),
            (1e300, "1e+300"), (5e-324, "5e-324"), (.nan, "null"), (.infinity, "null"),
        ]
        for (n, text) in cases { #expect(JSONValue.numberText(n) == text, "\(n)") }
    }

    @Test func everyIntegerBeyond2To53ReadsBackWithoutAFraction() throws {
        var x = 9_007_199_254_740_992.0
        while x < 1e30 {
            let text = JSONValue.numberText(x)
            #expect(!text.hasSuffix(".0"), "\(text)")
            #expect(try JSONParser.parse(text) == .number(x), "\(text)")
            x *= 3
        }
    }

    @Test func objectsAreCompactWithSortedKeys() throws {
        let v = try JSONParser.parse(#" { "b" : [ 1 , true , null ] , "a" : { "d" : "x" , "c" : -2.5 } } "#)
        #expect(v.jsonText == #"{"a":{"c":-2.5,"d":"x"},"b":[1,true,null]}"#)
        #expect(JSONValue.object([:]).jsonText == "{}")
        #expect(JSONValue.array([]).jsonText == "[]")
    }
}
