import Foundation
import Planner

/// The options the queries share, read from text: one place for the CLI's arguments and
/// the server's query parameters, so both accept and refuse the same values with the same
/// words. Each check throws an ``OptionRefusal`` naming the parameter.
public enum OptionText {
    /// `park`, `LEVEL` or `LEVEL+park` (`--by`); whether the store holds the level is the
    /// use case's to check.
    public static func grouping(_ text: String) -> ClearanceGrouping {
        if text == "park" { return .park }
        if text.hasSuffix("+park") { return .unitAndPark(UnitLevel(rawValue: String(text.dropLast(5)))) }
        return .unit(UnitLevel(rawValue: text))
    }

    /// `power`, `water`, `telecom` or `all` (`--utility`).
    public static func utilities(_ text: String) throws(OptionRefusal) -> [Utility] {
        if text == "all" { return Utility.allCases }
        guard let one = Utility(rawValue: text) else {
            throw OptionRefusal(parameter: "utility", "unknown utility '\(text)'; use power, water, telecom or all")
        }
        return [one]
    }

    /// A gap mode (`--mode` of `parcel-gaps`).
    public static func gapMode(_ text: String) throws(OptionRefusal) -> GapMode {
        guard let mode = GapMode(rawValue: text) else {
            throw OptionRefusal(parameter: "mode", "unknown mode '\(text)'; use \(GapMode.allCases.map(\.rawValue).joined(separator: " or "))")
        }
        return mode
    }

    /// A plan section (`--section` of `tasks`).
    public static func section(_ text: String) throws(OptionRefusal) -> TaskSection {
        guard let section = TaskSection(rawValue: text) else {
            throw OptionRefusal(parameter: "section", "unknown section '\(text)'; use \(TaskSection.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return section
    }

    /// A least area in m² (`--min-area`): finite and ≥ 0.
    public static func minArea(_ value: Double) throws(OptionRefusal) -> Double {
        guard value.isFinite, value >= 0 else { throw OptionRefusal(parameter: "min_area", "must be a finite number of m² ≥ 0") }
        return value
    }

    /// Land-use codes, comma-separated (`--land-use LUC,RPH`), upper-cased.
    public static func landUses(_ text: String) -> Set<LandUseCode> {
        Set(text.split(separator: ",").map { LandUseCode(rawValue: $0.trimmingCharacters(in: .whitespaces).uppercased()) })
    }
}
