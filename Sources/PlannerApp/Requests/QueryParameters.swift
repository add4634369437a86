import Foundation
import Planner

/// A query's parameters as a request carries them (`?as_of=2026-06-30&park=an-hoa&park=…`):
/// the CLI's options with dashes as underscores. Each read refuses a bad value with an
/// ``OptionRefusal`` naming the parameter, in the CLI's words.
public struct QueryParameters: Sendable {
    /// The parameters in the order given (a name may repeat, as `--park` does).
    public var pairs: [(name: String, value: String)]

    /// Parameters from name–value pairs.
    public init(_ pairs: [(name: String, value: String)]) { self.pairs = pairs }

    /// Every value of `name`, in order (a repeatable option such as `park`).
    public func all(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }

    /// The one value of `name`, or nil when absent.
    /// - Throws: ``OptionRefusal`` when it is given more than once.
    public func single(_ name: String) throws(OptionRefusal) -> String? {
        let values = all(name)
        guard values.count <= 1 else { throw OptionRefusal(parameter: name, "given \(values.count) times; give it once") }
        return values.first
    }

    /// A day `YYYY-MM-DD`.
    public func date(_ name: String) throws(OptionRefusal) -> LocalDate? {
        guard let text = try single(name) else { return nil }
        do { return try LocalDate(iso: text) } catch { throw OptionRefusal(parameter: name, error.description) }
    }

    /// A moment of the record (`as_recorded`), as ``RecordedTime/parse(_:)`` reads it.
    public func moment(_ name: String) throws(OptionRefusal) -> RecordedTime? {
        guard let text = try single(name) else { return nil }
        do { return try RecordedTime.parse(text) } catch { throw OptionRefusal(parameter: name, error.description) }
    }

    /// A flag (`overdue`): absent or `false`/`0` is off; present empty, `true` or `1` is on.
    public func flag(_ name: String) throws(OptionRefusal) -> Bool {
        guard let text = try single(name) else { return false }
        switch text {
        case "", "true", "1": return true
        case "false", "0": return false
        default: throw OptionRefusal(parameter: name, "'\(text)' is not a flag value; use true or false")
        }
    }

    /// A number (`min_area`).
    public func number(_ name: String) throws(OptionRefusal) -> Double? {
        guard let text = try single(name) else { return nil }
        guard let value = Double(text) else { throw OptionRefusal(parameter: name, "'\(text)' is not a number") }
        return value
    }

    /// Refuses any parameter not among `known`, naming the ones allowed.
    public func refuseUnknown(_ known: [String]) throws(OptionRefusal) {
        if let stray = pairs.first(where: { !known.contains($0.name) }) {
            throw OptionRefusal(parameter: stray.name, "unknown parameter; this query takes \(known.isEmpty ? "none" : known.joined(separator: ", "))")
        }
    }
}
