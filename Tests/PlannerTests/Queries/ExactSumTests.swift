import Testing
@testable import Planner

/// ``ExactSum``: the exact sum, rounded once, whatever the order, and taking an amount off
/// undoes adding it.
@Suite struct ExactSumTests {
    private func sum(_ amounts: [Double]) -> Double {
        var s = ExactSum()
        for a in amounts { s.add(a) }
        return s.value
    }

    @Test func knownSumsAreRoundedOnce() {
        #expect(sum([]) == 0)
        #expect(sum(Array(repeating: 0.1, count: 10)) == 1.0, "a plain loop gives 0.9999999999999999")
        #expect(Array(repeating: 0.1, count: 10).reduce(0, +) != 1.0)
        #expect(sum([1e16, 1.0, -1e16]) == 1.0)
        #expect(sum([1.0, 1e-16, 1e-16]) == 1.0000000000000002, "two tiny amounts together round up")
        // A half-way case, as Python's math.fsum rounds it: 1 + 2^-53 is exactly between two
        // doubles; the amount below it decides.
        #expect(sum([1.0, 0x1p-53, 0x1p-80]) == 1.0000000000000002)
        #expect(sum([1.0, 0x1p-53, -0x1p-80]) == 1.0)
    }

    @Test func theOrderNeverChangesTheBits() {
        var random = SystemRandomNumberGenerator()
        // Areas as the clearance sums hold them: m² times a share, over many magnitudes.
        let amounts = (0..<5_000).map { _ in Double.random(in: 1...50_000, using: &random) * Double.random(in: 0...1, using: &random) }
        let reference = sum(amounts)
        var plainDiffers = false
        for _ in 0..<20 {
            let shuffled = amounts.shuffled(using: &random)
            #expect(sum(shuffled) == reference)
            if shuffled.reduce(0, +) != amounts.reduce(0, +) { plainDiffers = true }
        }
        #expect(plainDiffers, "a plain sum does depend on the order (else this test shows nothing)")
    }

    @Test func takingAnAmountOffUndoesAddingIt() {
        var random = SystemRandomNumberGenerator()
        let amounts = (0..<2_000).map { _ in Double.random(in: 0...10_000, using: &random) }
        var s = ExactSum()
        for a in amounts { s.add(a) }
        // Move half of them out and back in another order: the value is that of the rest, then of all.
        let out = Array(amounts.shuffled(using: &random).prefix(1_000))
        for a in out { s.add(-a) }
        var rest = amounts
        for a in out { rest.remove(at: rest.firstIndex(of: a)!) }
        #expect(s.value == sum(rest))
        for a in out.reversed() { s.add(a) }
        #expect(s.value == sum(amounts))
        for a in amounts { s.add(-a) }
        #expect(s.value == 0)
    }
}
