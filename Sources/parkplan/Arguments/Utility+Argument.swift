import ArgumentParser
import Planner

/// A utility typed by name: `power`, `water` or `telecom`.
extension Utility: ExpressibleByArgument {}

/// `--utility` where every utility may be asked at once: `all`, or one utility.
enum UtilityChoice: ExpressibleByArgument, Equatable {
    case all
    case one(Utility)

    init?(argument: String) {
        if argument == "all" { self = .all } else if let u = Utility(rawValue: argument) { self = .one(u) } else { return nil }
    }

    static var allValueStrings: [String] { ["all"] + Utility.allCases.map(\.rawValue) }

    /// The utilities asked for.
    var utilities: [Utility] {
        switch self {
        case .all: Utility.allCases
        case .one(let u): [u]
        }
    }
}
