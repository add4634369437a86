import ArgumentParser
import Planner
import PlannerApp

/// `--by park`, `--by LEVEL` or `--by LEVEL+park`; whether the store holds the level is
/// the use case's to check.
extension ClearanceGrouping: ExpressibleByArgument {
    public init?(argument: String) { self = OptionText.grouping(argument) }
}
