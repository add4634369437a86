/// An option (CLI `--min-area`) or query parameter (`min_area`) whose value is refused:
/// `reason` says why, without the option's name, so each front names it its own way.
public struct OptionRefusal: UseCaseRefusal, Equatable {
    /// The parameter's name as the API spells it (`min_area`, `as_of`); the CLI's option
    /// is the same with dashes (`--min-area`).
    public var parameter: String
    /// Why the value is refused ("must be a finite number of m² ≥ 0").
    public var reason: String

    /// Creates the refusal.
    public init(parameter: String, _ reason: String) {
        self.parameter = parameter
        self.reason = reason
    }

    /// The CLI's spelling of the option: `--min-area`.
    public var option: String { "--" + parameter.replacingOccurrences(of: "_", with: "-") }

    public var description: String { "\(parameter): \(reason)" }
}
