import ArgumentParser
import Planner

/// A day typed as `YYYY-MM-DD`; anything else is a usage error (exit 64) naming the option.
extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) {
        guard let day = try? LocalDate(iso: argument) else { return nil }
        self = day
    }

    public static var defaultCompletionKind: CompletionKind { .default }
}
