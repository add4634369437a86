import Foundation
import TestSupport
import XCTest

/// `GET /api/v1/features/LAYER?bbox=…&zoom=Z`: what `export` writes, for the features in
/// the box, simplified below full-detail zoom.
final class FeatureWindowTests: ReadOnlyServerTestCase {
    static let everywhere = "104,18,109,23"

    func features(_ json: [String: Any]) -> [[String: Any]] { json["features"] as? [[String: Any]] ?? [] }

    /// Every coordinate pair of a GeoJSON geometry.
    func coordinates(_ geometry: Any?) -> [[Double]] {
        guard let g = geometry as? [String: Any] else { return [] }
        func walk(_ v: Any) -> [[Double]] {
            if let pair = v as? [Double], pair.count >= 2 { return [pair] }
            if let list = v as? [Any] { return list.flatMap(walk) }
            return []
        }
        if let parts = g["geometries"] as? [Any] { return parts.flatMap { coordinates($0) } }
        return walk(g["coordinates"] ?? [])
    }

    func testAWindowOverEverythingAtFullDetailIsTheExport() async throws {
        try await Self.windowOverEverythingIsTheExport(try server())
    }

    /// On `s`, each layer's window over everything at full detail is what `export` writes.
    static func windowOverEverythingIsTheExport(_ s: ServedStore) async throws {
        for layer in ["parcels", "parks", "units", "zones", "infrastructure"] {
            let reply = try await s.send("GET", "/api/v1/features/\(layer)?bbox=\(everywhere)&zoom=18&as_of=2026-06-30")
            XCTAssertEqual(reply.status, 200, reply.text)
            XCTAssertEqual(reply.headers["content-type"], "application/geo+json")
            let export = try s.cli(["export", "--layer", layer, "--as-of", "2026-06-30"])
            XCTAssertEqual(export.status, 0, export.stderr)
            XCTAssertGreaterThan(export.stdout.count, 100)
            XCTAssertEqual(reply.text, export.stdout, "\(layer): the window over everything differs from `parkplan export \(layer)`")
        }
        let recorded = try await s.send("GET", "/api/v1/features/parcels?bbox=\(everywhere)&zoom=20&as_of=2026-06-30&as_recorded=2026-01-01")
        let export = try s.cli(["export", "--layer", "parcels", "--as-of", "2026-06-30", "--as-recorded", "2026-01-01"])
        XCTAssertEqual(recorded.text, export.stdout)
    }

    func testASmallWindowHoldsOnlyTheFeaturesMeetingIt() async throws {
        let s = try server()
        let all = features(try await s.send("GET", "/api/v1/features/parcels?bbox=\(Self.everywhere)&zoom=18").json)
        let box = (w: 106.57, s: 20.86, e: 106.60, n: 20.88)
        let some = features(try await s.send("GET", "/api/v1/features/parcels?bbox=\(box.w),\(box.s),\(box.e),\(box.n)&zoom=18").json)
        XCTAssertGreaterThan(some.count, 0)
        XCTAssertLessThan(some.count, all.count)
        // The store's index is in EPSG:9210, so the box asked is a little larger there:
        // a feature sent may lie a few metres outside the lon/lat box, never far.
        let margin = 0.002
        for f in some {
            let c = coordinates(f["geometry"])
            let meets = c.map(\.[0]).min()! <= box.e + margin && c.map(\.[0]).max()! >= box.w - margin
                && c.map(\.[1]).min()! <= box.n + margin && c.map(\.[1]).max()! >= box.s - margin
            XCTAssertTrue(meets, "\(f["id"] ?? "?") lies outside the box")
        }
        // Every parcel of the whole layer that lies inside the box is in the answer.
        let inside = all.filter { f in
            let c = coordinates(f["geometry"])
            return c.allSatisfy { $0[0] > box.w && $0[0] < box.e && $0[1] > box.s && $0[1] < box.n }
        }.compactMap { $0["id"] as? String }
        let answered = Set(some.compactMap { $0["id"] as? String })
        XCTAssertFalse(inside.isEmpty)
        for id in inside { XCTAssertTrue(answered.contains(id), "\(id) lies in the box but was not sent") }
    }

    func testLowZoomsSendFewerVerticesOfTheSameFeatures() async throws {
        let s = try server()
        let full = features(try await s.send("GET", "/api/v1/features/units?bbox=\(Self.everywhere)&zoom=18").json)
        let coarse = features(try await s.send("GET", "/api/v1/features/units?bbox=\(Self.everywhere)&zoom=9").json)
        XCTAssertEqual(full.compactMap { $0["id"] as? String }, coarse.compactMap { $0["id"] as? String })
        let fullCount = full.map { coordinates($0["geometry"]).count }.reduce(0, +)
        let coarseCount = coarse.map { coordinates($0["geometry"]).count }.reduce(0, +)
        XCTAssertLessThan(coarseCount, fullCount, "zoom 9 should drop vertices no one can see")
    }
}
