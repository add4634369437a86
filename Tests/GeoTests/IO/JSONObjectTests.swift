import Testing
@testable import Geo

/// Objects keep document order and unique keys, the last value winning.
@Suite struct JSONObjectTests {
    @Test func repeatedKeysKeepTheFirstPlaceAndTheLastValue() {
        let o = JSONObject([.init(key: "b", value: .number(1)), .init(key: "a", value: .null), .init(key: "b", value: .number(3))])
        #expect(o.keys == ["b", "a"])
        #expect(o["b"] == .number(3))
        #expect(o.count == 2)
    }

    @Test func largeObjectsFindRepeatsToo() throws {
        // Past the pairwise limit a set is used; the result must be the same.
        let keys = (0..<40).map { "k\($0)" }
        let text = "{" + (keys + ["k7", "k39"]).enumerated().map { #""\#($1)":\#($0)"# }.joined(separator: ",") + "}"
        guard case .object(let o) = try JSONParser.parse(text) else { Issue.record("not an object"); return }
        #expect(o.keys == keys)
        #expect(o["k7"] == .number(40))
        #expect(o["k39"] == .number(41))
        #expect(o["k8"] == .number(8))
    }

    @Test func settingReplacesAppendsAndRemoves() {
        var o: JSONObject = ["x": .number(1), "y": .number(2)]
        o["x"] = .string("one")
        o["z"] = .bool(true)
        o["y"] = nil
        #expect(o.keys == ["x", "z"])
        #expect(o["x"] == .string("one"))
        #expect(o["y"] == nil)
    }

    @Test func valueSubscriptsReachIntoObjectsAndArrays() throws {
        let v = try JSONParser.parse(#"{"features":[{"geometry":null}]}"#)
        #expect(v["features"]?[0]?["geometry"] == .null)
        #expect(v["features"]?[1] == nil)
        #expect(v["missing"] == nil)
        #expect(v["features"]?["geometry"] == nil, "an array has no members")
    }
}
