import ArgumentParser
import Planner

/// A unit level typed by name (`district`, `commune`, …); whether the store holds it is
/// the use case's to check.
extension UnitLevel: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
}
