import ArgumentParser
import Planner

/// A day typed as `YYYY-MM-DD`; anything else is a usage error (exit 64) naming the option.
extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) {
        guard let day = try? LocalDate(iso: argument) else { return nil }
        self = day
    }

    public static var defaultCompletionKind: CompletionKind { .default }

    /// The `transform:` of every day option: like ``init(argument:)`` but the usage error
    /// keeps the reason ("no such day (February 2025 has 28 days)").
    static func typed(_ text: String) throws -> LocalDate {
        do { return try LocalDate(iso: text) } catch { throw ValidationError(error.reason) }
    }
}
