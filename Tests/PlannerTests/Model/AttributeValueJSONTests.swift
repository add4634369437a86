import Foundation
import Geo
import Testing
import TestSupport
@testable import Planner

/// Stored attributes as JSON text: one encoder, one parser, nothing dropped.
@Suite struct AttributeValueJSONTests {
    typealias Rng = SplitMix

    @Test func booleansStayBooleansAndZeroAndOneStayNumbers() throws {
        let a: [String: AttributeValue] = ["t": .bool(true), "f": .bool(false), "zero": .number(0), "one": .number(1)]
        let text = AttributeValue.object(a).jsonText
        #expect(text == #"{"f":false,"one":1,"t":true,"zero":0}"#)
        #expect(try AttributeValue.object(jsonText: text) == a)
        #expect(try AttributeValue.object(jsonText: #"{"x":1.0,"y":true}"#) == ["x": .number(1), "y": .bool(true)])
    }

    @Test func unicodeAndNFCTextRoundTripByteForByte() throws {
        for s in ["Hải Phòng", "Ha\u{309}i Pho\u{300}ng", "Đình Vũ – Cát Hải", "😀 \u{2028} \u{FEFF}"] {
            let text = AttributeValue.object(["name": .string(s)]).jsonText
            guard case .string(let back)? = try AttributeValue.object(jsonText: text)["name"] else { Issue.record("lost \(s)"); continue }
            #expect(Array(back.utf8) == Array(s.utf8), "NFC and NFD are kept as given")
        }
    }

    @Test func controlCharactersAreEscapedAndReadBack() throws {
        let s = "line\nbreak\ttab\u{0}nul\u{1B}esc\"quote\\slash/"
        let text = AttributeValue.string(s).jsonText
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 }, "no raw control character in JSON text")
        #expect(text == #""line\nbreak\ttab\u0000nul\u001besc\"quote\\slash/""#)
        #expect(try AttributeValue.object(jsonText: #"{"s":\#(text)}"#)["s"] == .string(s))
    }

    @Test func nestedObjectsAndArraysRoundTrip() throws {
        let a: [String: AttributeValue] = [
            "history": .array([.object(["status": .string("surveyed"), "date": .string("2024-01-02"), "by": .null]),
                               .object(["status": .string("handed_over"), "note": .array([.number(1), .array([])])])]),
            "empty": .object([:]),
        ]
        let text = AttributeValue.object(a).jsonText
        #expect(text.hasPrefix(#"{"empty":{},"history":[{"by":null,"date":"2024-01-02","status":"surveyed"}"#))
        #expect(try AttributeValue.object(jsonText: text) == a)
    }

    @Test func largeIntegersAndNegativeZeroKeepTheirValue() throws {
        let big = 9_007_199_254_740_992.0  // 2^53
        let a: [String: AttributeValue] = ["big": .number(big), "beyond": .number(big * 4), "minus": .number(-big), "negzero": .number(-0.0)]
        let text = AttributeValue.object(a).jsonText
        #expect(text == #"{"beyond":3.602879701896397e+16,"big":9007199254740992,"minus":-9007199254740992,"negzero":-0}"#)
        let back = try AttributeValue.object(jsonText: text)
        #expect(back == a)
        #expect(back["negzero"]?.numberValue?.sign == .minus)
        #expect(try AttributeValue.object(jsonText: #"{"n":9007199254740993}"#)["n"] == .number(big), "read as the nearest Double")
    }

    @Test func invalidJSONIsAnErrorNamingTheOffsetNotAnEmptySet() throws {
        let cases: [(String, Int, String)] = [
            (#"{"a":1,}"#, 7, "where an object key should start"),
            (#"{"a":tru}"#, 8, "in the literal true"),
            (#"[1,2]"#, 0, "where a JSON object should start"),
            ("null", 0, "where a JSON object should start"),
            ("", 0, "end of the text"),
            (#"{"a":1} x"#, 8, "after the value"),
        ]
        for (text, offset, reason) in cases {
            #expect(throws: JSONSyntaxError.self, "\(text)") { try AttributeValue.object(jsonText: text) }
            do { _ = try AttributeValue.object(jsonText: text) } catch {
                #expect(error.offset == offset, "\(text)")
                #expect(error.message.contains(reason), "\(text): \(error.message)")
                #expect(error.description.contains("byte \(offset)"))
            }
        }
        #expect(try AttributeValue.object(jsonText: " {} ") == [:])
    }

    @Test func stringListsRoundTripAndRefuseOtherValues() throws {
        let ids = ["P-1", "Hải \"2\"", "", "a\nb"]
        let text = AttributeValue.jsonText(strings: ids)
        #expect(text == #"["P-1","Hải \"2\"","","a\nb"]"#)
        #expect(try AttributeValue.strings(jsonText: text) == ids)
        #expect(try AttributeValue.strings(jsonText: "[]") == [])
        for (bad, offset) in [(#"["a",1]"#, 5), (#"{"a":"b"}"#, 0), (#"["a""#, 4), (#"["a"],"#, 5)] {
            #expect(throws: JSONSyntaxError.self, "\(bad)") { try AttributeValue.strings(jsonText: bad) }
            do { _ = try AttributeValue.strings(jsonText: bad) } catch { #expect(error.offset == offset, "\(bad)") }
        }
    }

    @Test func randomValuesRoundTrip() throws {
        var rng = Rng(state: 0x5EED)
        for _ in 0..<300 {
            let a = Self.randomObject(depth: 3, &rng)
            let text = AttributeValue.object(a).jsonText
            #expect(try AttributeValue.object(jsonText: text) == a, "\(text)")
            #expect(AttributeValue.object(try AttributeValue.object(jsonText: text)).jsonText == text, "the text is canonical")
        }
    }

    @Test func randomStringsAreReadBackByFoundationScalarForScalar() throws {
        // An independent reader as the oracle.
        var rng = Rng(state: 42)
        for _ in 0..<2_000 {
            let s = Self.randomString(&rng)
            let text = AttributeValue.string(s).jsonText
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 })
            let back = try JSONSerialization.jsonObject(with: Data("[\(text)]".utf8)) as! [String]
            #expect(back[0].unicodeScalars.elementsEqual(s.unicodeScalars), "\(s.unicodeScalars.map(\.value))")
        }
    }

    static func randomObject(depth: Int, _ rng: inout Rng) -> [String: AttributeValue] {
        var out: [String: AttributeValue] = [:]
        for _ in 0..<Int.random(in: 0...5, using: &rng) { out[randomString(&rng)] = randomValue(depth: depth, &rng) }
        return out
    }

    static func randomValue(depth: Int, _ rng: inout Rng) -> AttributeValue {
        switch Int.random(in: 0..<(depth > 0 ? 8 : 6), using: &rng) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &rng))
        case 2: return .number(Double(Int.random(in: -1_000_000...1_000_000, using: &rng)))
        case 3: return .number(Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &rng)).finiteOr(0.5))
        case 4: return .number(Double.random(in: -1e6...1e6, using: &rng))
        case 5: return .string(randomString(&rng))
        case 6: return .array((0..<Int.random(in: 0...4, using: &rng)).map { _ in randomValue(depth: depth - 1, &rng) })
        default: return .object(randomObject(depth: depth - 1, &rng))
        }
    }

    static func randomString(_ rng: inout Rng) -> String {
        let alphabet: [Unicode.Scalar] = ["a", "Z", "0", " ", "\"", "\\", "/", "\u{0}", "\u{1F}", "\n", "ả", "ò", "\u{300}", "😀", "\u{7F}", "\u{2028}"]
        var s = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...8, using: &rng) { s.append(alphabet.randomElement(using: &rng)!) }
        return String(s)
    }
}

private extension Double {
    func finiteOr(_ fallback: Double) -> Double { isFinite ? self : fallback }
}
