import ArgumentParser
import Planner

/// `--as-recorded MOMENT`, shared by every command whose answer depends on clearance:
/// answer from the record as it stood at that moment, before any correction recorded
/// since (a bare day means the end of that day, Vietnam time).
struct AsRecordedOption: ParsableArguments {
    @Option(name: .customLong("as-recorded"),
            help: ArgumentHelp("Answer from the record as it stood at this moment: YYYY-MM-DD (end of that day, Vietnam time) or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM].",
                               valueName: "moment"),
            transform: RecordedTime.argument)
    var moment: RecordedTime?
}
