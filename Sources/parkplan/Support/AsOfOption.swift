import ArgumentParser
import Planner

/// The `--as-of` option: a day, today when not given.
struct AsOfOption: ParsableArguments {
    @Option(help: "Answer as things stood on this day (YYYY-MM-DD; default today).", transform: LocalDate.typed)
    var asOf: LocalDate?

    /// The day asked about.
    var date: LocalDate { asOf ?? .today }
}
