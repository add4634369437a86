import Testing
@testable import Geo

/// ``DegreeText`` writes exactly what ``GeoJSONWriter/number(_:)`` writes.
@Suite struct DegreeTextTests {
    /// A seeded SplitMix64 (``TestShapes/Random``), so a failure can be replayed.
    typealias SplitMix = TestShapes.Random

    static func mismatches(_ values: [Double], precision: Int) -> [Double] {
        let fast = DegreeText(precision: precision), reference = GeoJSONWriter(precision: precision)
        return values.filter { fast.text($0) != reference.number($0) }
    }

    @Test func randomLonLatValuesMatchTheReference() {
        var rng = SplitMix(state: 7)
        var values: [Double] = []
        for _ in 0..<400_000 {
            values.append(Double.random(in: -180...180, using: &rng))
            values.append(Double.random(in: 106...107.5, using: &rng))
            values.append(Double.random(in: -1...1, using: &rng))
        }
        #expect(Self.mismatches(values, precision: 7).isEmpty)
    }

    @Test func roundingEdgesIntegersAndSmallValuesMatchTheReference() {
        var rng = SplitMix(state: 11)
        var values: [Double] = [0, -0.0, 1, -1, 106, -106, 180, -180, 0.5, -0.5, 0.00000005, -0.00000005, 0.00000004999,
                                0.001, -0.001, 0.00099999995, 0.0001, 0.00012345, 1e-12, 999_999.99999995, 1e6, 1e15, 1e16,
                                -2.5e-8, 20.8, 106.6, .nan, .infinity, -.infinity, .greatestFiniteMagnitude, .leastNonzeroMagnitude]
        for _ in 0..<200_000 {
            // x.xxxxxxx5 and its neighbours: the ties and near-ties of rounding.
            let n = Double(Int64.random(in: -1_800_000_000...1_800_000_000, using: &rng))
            let tie = (n + 0.5) / 1e7
            values += [tie, tie.nextUp, tie.nextDown, n / 1e7, (n / 1e7).nextUp, (n / 1e7).nextDown]
            values.append(Double(Int.random(in: -1_000_000...1_000_000, using: &rng)))
            values.append(Double.random(in: -0.01...0.01, using: &rng))
            values.append(Double.random(in: -2e6...2e6, using: &rng))
        }
        #expect(Self.mismatches(values, precision: 7).isEmpty)
    }

    @Test func otherPrecisionsMatchTheReference() {
        var rng = SplitMix(state: 13)
        for precision in [0, 1, 2, 5, 6, 8, 9, 10, 15] {
            var values: [Double] = []
            for _ in 0..<20_000 {
                values.append(Double.random(in: -180...180, using: &rng))
                let n = Double(Int64.random(in: -1_000_000_000...1_000_000_000, using: &rng))
                values.append((n + 0.5) / (0..<precision).reduce(1.0) { v, _ in v * 10 })
            }
            #expect(Self.mismatches(values, precision: precision).isEmpty, "precision \(precision)")
        }
    }
}

extension TestShapes.Random: RandomNumberGenerator {}
