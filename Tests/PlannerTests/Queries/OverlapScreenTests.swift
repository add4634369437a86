import Geo
import Testing
@testable import Planner

/// The Swift screen in front of GEOS must never change an answer: on a tessellation of
/// convex and non-convex parcels that share edges exactly, some pushed into a neighbour,
/// the query gives the pairs and areas that GEOS gives over every pair.
@Suite struct OverlapScreenTests {
    /// A grid of cells with jittered shared corners; every third cell gets a notch (a
    /// non-convex parcel), every seventh pushes a corner into its right neighbour.
    static func city(columns: Int, rows: Int, seed: UInt64) -> OverlapLayer {
        var state = seed
        func uniform(_ r: ClosedRange<Double>) -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return r.lowerBound + (r.upperBound - r.lowerBound) * Double(z >> 11) / Double(1 << 53)
        }
        let x0 = 596_000.0, y0 = 2_307_000.0, size = 30.0
        var corner: [[Coordinate]] = []
        for i in 0...columns {
            corner.append((0...rows).map { j in
                Coordinate(x0 + Double(i) * size + uniform(-6...6), y0 + Double(j) * size + uniform(-6...6))
            })
        }
        var features: [OverlapLayer.Feature] = []
        for i in 0..<columns {
            for j in 0..<rows {
                let k = i * rows + j
                var ring = [corner[i][j], corner[i + 1][j], corner[i + 1][j + 1], corner[i][j + 1]]
                if k % 3 == 0 {
                    // A notch on the top edge: a reflex vertex pointing into the cell.
                    let a = ring[2], b = ring[3]
                    ring.insert(Coordinate((a.x + b.x) / 2 + uniform(-3...3), (a.y + b.y) / 2 - uniform(4...9)), at: 3)
                }
                if k % 7 == 0 {
                    // Pushed east into the neighbour by 0.5–4 m.
                    ring[1] = Coordinate(ring[1].x + uniform(0.5...4), ring[1].y + 2)
                }
                features.append(.init(id: String(format: "C-%05d", k), geometry: .polygon(Polygon(exterior: ring + [ring[0]]))))
            }
        }
        return OverlapLayer(name: "parcels", features: features)
    }

    /// Every pair GEOS says shares a positive area ≥ minArea, by brute force over envelope pairs.
    static func bruteForce(_ layer: OverlapLayer, minArea: Double) throws -> [String: Double] {
        let engine = GeometryEngine.current
        let natives = try layer.features.map { try engine.native($0.geometry) }
        var out: [String: Double] = [:]
        for i in layer.features.indices {
            for j in (i + 1)..<layer.features.count where layer.features[i].geometry.envelope!.intersects(layer.features[j].geometry.envelope!) {
                let area = try natives[i].intersection(natives[j]).area()
                if area > 0, area >= minArea { out["\(layer.features[i].id)|\(layer.features[j].id)"] = area }
            }
        }
        return out
    }

    @Test(arguments: [0.0, 1.0, 5.0])
    func screenedQueryGivesWhatGEOSGivesOverEveryPair(minArea: Double) throws {
        let layer = Self.city(columns: 40, rows: 30, seed: 7)
        let expected = try Self.bruteForce(layer, minArea: minArea)
        let found = try OverlapQuery(minAreaM2: minArea).within(layer)
        #expect(expected.count > 20)
        #expect(Set(found.map { "\($0.a)|\($0.b)" }) == Set(expected.keys))
        for f in found {
            let e = try #require(expected["\(f.a)|\(f.b)"])
            #expect(abs(f.areaM2 - e) <= 1e-9 * e)
        }
    }

    @Test func locatorAnswersWhatGEOSCoversAnswersFirstInLayerOrder() throws {
        let layer = Self.city(columns: 20, rows: 20, seed: 3)
        let locator = try FeatureLocator(layer)
        let engine = GeometryEngine.current
        let prepared = try layer.features.map { try engine.prepare($0.geometry) }
        let b = try #require(locator.bounds)
        var points: [Coordinate] = []
        var state: UInt64 = 1
        for _ in 0..<3_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let u = Double(state >> 11) / Double(1 << 53)
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let v = Double(state >> 11) / Double(1 << 53)
            points.append(Coordinate(b.minX + u * b.width, b.minY + v * b.height))
        }
        // Vertices themselves: on the boundary of two to four parcels at once.
        points += layer.features.prefix(50).flatMap { $0.geometry.coordinates }
        let answers = try locator.locate(points)
        var onBoundary = 0
        for (p, answer) in zip(points, answers) {
            let expected = try prepared.indices.first { try prepared[$0].covers(p) }
            #expect(answer == expected, "\(p)")
            if try prepared.indices.filter({ try prepared[$0].covers(p) }).count > 1 { onBoundary += 1 }
        }
        #expect(onBoundary > 50)
        #expect(answers.compactMap { $0 }.count > 2_500)
    }
}
