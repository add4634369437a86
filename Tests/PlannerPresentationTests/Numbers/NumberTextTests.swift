import Testing
@testable import PlannerPresentation

/// The one formatter: rounding once, half away from zero, from the number as written;
/// grouping; the full double for machines; SVG's tenths.
@Suite struct NumberTextTests {
    @Test(arguments: [
        (0.125, 2, "0.13"), (-0.125, 2, "-0.13"), (2.5, 0, "3"), (-2.5, 0, "-3"), (0.5, 0, "1"),
        (1.005, 2, "1.01"), (2.675, 2, "2.68"), (1.0049999, 2, "1.00"), (0.00005, 4, "0.0001"),
        (999.95, 1, "1 000.0"), (1_234_567.891, 2, "1 234 567.89"), (12, 3, "12.000"), (0, 0, "0"),
    ])
    func halfWayCasesRoundAwayFromZero(value: Double, decimals: Int, expected: String) {
        #expect(NumberText.format(value, decimals: decimals) == expected)
    }

    @Test func negativeZeroIsWrittenZero() {
        #expect(NumberText.format(-0.0) == "0")
        #expect(NumberText.format(-0.004, decimals: 2) == "0.00")
        #expect(NumberText.format(-0.04, decimals: 1) == "0.0")
        #expect(NumberText.svg(-0.04) == "0")
        #expect(NumberText.rounded(-0.001, decimals: 2) == 0)
        #expect(JSONText.number(-0.0) == "0")
    }

    @Test func nonFiniteValuesArePrintedAsToday() {
        for v in [Double.nan, .infinity, -.infinity] {
            #expect(NumberText.format(v, decimals: 2) == "–")
            #expect(NumberText.roundTrip(v) == nil)
            #expect(JSONText.number(v) == "null")
            #expect(NumberText.svg(v) == "0")
            #expect(NumberText.rounded(v, decimals: 2).isNaN == v.isNaN)
        }
    }

    @Test func groupsThousandsWithTheGivenMarks() {
        #expect(NumberText.format(1234.5, decimals: 1, group: ".", mark: ",") == "1.234,5")
        #expect(NumberText.format(-1_234_567) == "-1 234 567")
        #expect(NumberText.plain(1234.56, decimals: 1) == "1234.6")
        #expect(NumberText.grouped(1_000, separator: ",") == "1,000")
        #expect(NumberText.grouped(999, separator: ",") == "999")
    }

    @Test func aValueTooLargeToRoundIsWrittenInFull() {
        #expect(NumberText.format(1e19) == "1e+19")
        #expect(NumberText.format(1e17) == "100 000 000 000 000 000")
    }

    @Test func roundedDoublesAreTheNearestToTheRoundedDecimal() {
        #expect(NumberText.rounded(1234.565, decimals: 2) == 1234.57)
        #expect(NumberText.rounded(0.125, decimals: 2) == 0.13)
        #expect(NumberText.rounded(-7.25, decimals: 1) == -7.3)
        #expect(NumberText.rounded(106.123456789, decimals: 7) == 106.1234568)
    }

    @Test func machinesGetTheFullDouble() {
        #expect(NumberText.roundTrip(1.0595123456789) == "1.0595123456789")
        #expect(NumberText.roundTrip(240_000) == "240000")
        #expect(NumberText.roundTrip(1e15) == "1000000000000000.0")
        #expect(NumberText.roundTrip(0.1 + 0.2) == "0.30000000000000004")
    }

    @Test func svgWritesTenthsWithoutATrailingZero() {
        #expect(NumberText.svg(12.345) == "12.3")
        #expect(NumberText.svg(4.0) == "4")
        #expect(NumberText.svg(-12.25) == "-12.3")
        #expect(NumberText.svg(-0.3) == "-0.3")
        #expect(NumberText.svg(1234.5) == "1234.5")
    }

    /// The fast path (scale and round) and the digits agree away from half-way points.
    @Test func theFastPathAgreesWithTheDigits() {
        var state: UInt64 = 42
        var mismatches: [Double] = []
        for _ in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let v = Double(state >> 11) / Double(1 << 53) * 2_000_000 - 1_000_000
            for places in [0, 1, 2, 3] {
                let fast = RoundedDecimal(v, places: places)!.units
                if fast != RoundedDecimal.unitsFromDigits(v.magnitude, places: places) { mismatches.append(v) }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}
