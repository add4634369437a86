import ArgumentParser
import Planner
import PlannerApp

/// A utility typed by name: `power`, `water` or `telecom`.
extension Utility: ExpressibleByArgument {}

/// `--utility` where every utility may be asked at once: `all`, or one utility, read by
/// the rule the server's `utility` parameter uses too (``OptionText/utilities(_:)``).
struct UtilityChoice: ExpressibleByArgument {
    /// The utilities asked for.
    let utilities: [Utility]

    /// Every utility.
    static let all = UtilityChoice(utilities: Utility.allCases)

    private init(utilities: [Utility]) { self.utilities = utilities }

    init?(argument: String) {
        guard let asked = try? OptionText.utilities(argument) else { return nil }
        utilities = asked
    }

    static var allValueStrings: [String] { ["all"] + Utility.allCases.map(\.rawValue) }
}
