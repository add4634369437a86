import Foundation
import Testing
@testable import Geo

/// The one JSON parser: escapes, Unicode, numbers read exactly, document order, errors with offsets.
@Suite struct JSONParserTests {
    func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try JSONParser.parse(text)
    }

    func parseBytes(_ bytes: [UInt8]) -> Result<JSONValue, JSONSyntaxError> {
        bytes.withUnsafeBufferPointer { b in Result { () throws(JSONSyntaxError) -> JSONValue in try JSONParser.parse(b) } }
    }

    @Test func escapesAreDecoded() throws {
        #expect(try parse(#""a\"b\\c\/d\be\ff\ng\rh\ti""#) == .string("a\"b\\c/d\u{8}e\u{C}f\ng\rh\ti"))
        #expect(try parse(#""caf\u00e9 \u00C9""#) == .string("café É"))
        #expect(try parse(#""Hải Phòng""#) == .string("Hải Phòng"))
    }

    @Test func surrogatePairsJoinAndLoneSurrogatesAreRefused() throws {
        #expect(try parse(#""\ud83d\ude00!""#) == .string("😀!"))
        #expect(try parse(#""\uD834\uDD1E""#).stringValue?.unicodeScalars.map(\.value) == [0x1D11E])
        for bad in [#""\ud83d""#, #""\ud83dx""#, #""\ude00""#, #""\ud83d\u0041""#] {
            #expect(throws: JSONSyntaxError.self, "\(bad)") { try parse(bad) }
        }
    }

    @Test func numbersAreReadExactly() throws {
        for text in ["0", "-0.0", "1e3", "-2.5E-3", "1E+2", "0.1", "123456789", "9007199254740993", "1.7976931348623157e308",
                     "5e-324", "2.2250738585072014e-308", "123456789012345678901234567890", "0.000000000000000000000000001",
                     "106.6003132", "20.8000001", "439365000"] {
            #expect(try parse(text) == .number(Double(text)!), "\(text)")
        }
        for bad in ["01", "1.", ".5", "-", "1e", "+1", "1e999", "-1e400", "0x10", "NaN"] {
            #expect(throws: JSONSyntaxError.self, "\(bad)") { try parse(bad) }
        }
    }

    @Test func sevenDecimalCoordinatesMatchFoundationBitForBit() throws {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let lon = Double(Int.random(in: 1_020_000_000...1_100_000_000, using: &rng)) / 1e7
            let text = String(format: "%.7f", lon)
            let foundation = (try JSONSerialization.jsonObject(with: Data("[\(text)]".utf8)) as! [NSNumber])[0].doubleValue
            guard case .array(let a) = try parse("[\(text)]"), case .number(let mine) = a[0] else {
                Issue.record("not a number: \(text)")
                return
            }
            #expect(mine.bitPattern == foundation.bitPattern, "\(text)")
            #expect(mine.bitPattern == Double(text)!.bitPattern, "\(text)")
        }
    }

    @Test func nestedValuesAndDuplicateKeysBehaveLikeJSONSerialization() throws {
        let text = #"{"a":[1,{"b":null,"c":[true,false]}],"d":{"e":"f"},"k":1,"k":2}"#
        let value = try parse(text)
        guard case .object(let o) = value else { Issue.record("not an object"); return }
        #expect(o["a"] == .array([.number(1), .object(["b": .null, "c": .array([.bool(true), .bool(false)])])]))
        #expect(o["d"] == .object(["e": .string("f")]))
        let foundation = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        #expect((foundation["k"] as? NSNumber)?.doubleValue == 2)
        #expect(o["k"] == .number(2), "duplicate keys: the same one must win")
        #expect(o.keys == ["a", "d", "k"], "a repeated key keeps its first place")
    }

    @Test func membersKeepDocumentOrder() throws {
        let o = try parse(#"{"z":1,"a":2,"m":{"y":true,"b":false}}"#)
        guard case .object(let object) = o, case .object(let inner)? = object["m"] else { Issue.record("not objects"); return }
        #expect(object.keys == ["z", "a", "m"])
        #expect(inner.keys == ["y", "b"])
        #expect(o != (try parse(#"{"a":2,"z":1,"m":{"y":true,"b":false}}"#)), "order is part of the value")
    }

    @Test func booleansAndNullAreNotNumbers() throws {
        #expect(try parse("[true,false,null,0,1]") == .array([.bool(true), .bool(false), .null, .number(0), .number(1)]))
        #expect(try parse("true").numberValue == nil)
        #expect(try parse("-0").numberValue?.sign == .minus)
    }

    @Test func wholeTextOnly() {
        for bad in ["", " ", "1 2", "{} {}", "[1]]", "nul", "tru", "\"abc"] {
            #expect(throws: JSONSyntaxError.self, "\(bad)") { try parse(bad) }
        }
    }

    @Test func errorsSayWhatAndWhere() {
        guard case .failure(let e) = parseBytes(Array(#"{"a":1 "b":2}"#.utf8)) else { Issue.record("accepted"); return }
        #expect(e.kind == .malformed)
        #expect(e.offset == 7)
        #expect(e.message.contains("'\"'"))
        guard case .failure(let control) = parseBytes(Array("\"a\u{1}b\"".utf8)) else { Issue.record("accepted"); return }
        #expect(control.message.contains("control character"))
        // E1 28 is not UTF-8, inside or outside a string.
        for bytes in [[0x22, 0x4E, 0xE1, 0x28, 0x85, 0x22], [0x5B, 0x31, 0x2C, 0xC3, 0x28, 0x5D]] as [[UInt8]] {
            guard case .failure(let bad) = parseBytes(bytes) else { Issue.record("accepted"); continue }
            #expect(bad.kind == .invalidUTF8)
            #expect(bad.offset == (bytes[2] == 0xE1 ? 2 : 3))
        }
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONSyntaxError.self) { try parse(deep) }
    }
}
