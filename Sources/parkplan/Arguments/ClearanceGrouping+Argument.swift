import ArgumentParser
import Planner

/// `--by park`, `--by LEVEL` or `--by LEVEL+park`; whether the store holds the level is
/// the use case's to check.
extension ClearanceGrouping: ExpressibleByArgument {
    public init?(argument: String) {
        if argument == "park" {
            self = .park
        } else if argument.hasSuffix("+park") {
            self = .unitAndPark(UnitLevel(rawValue: String(argument.dropLast(5))))
        } else {
            self = .unit(UnitLevel(rawValue: argument))
        }
    }
}
