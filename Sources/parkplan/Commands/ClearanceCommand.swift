import ArgumentParser

/// `parkplan clearance …`: site-clearance progress and status changes.
struct ClearanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clearance",
        abstract: "Site clearance (GPMB): progress as of a date, and status changes.",
        subcommands: [ClearanceProgressCommand.self, ClearanceSetCommand.self, ClearanceVoidCommand.self,
                      ClearanceHistoryCommand.self, ClearanceCorrectionsCommand.self],
        defaultSubcommand: ClearanceProgressCommand.self)
}
