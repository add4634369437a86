import ArgumentParser

/// `parkplan clearance …`: site-clearance progress and status changes.
struct ClearanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clearance",
        abstract: "Site clearance (GPMB): record status changes.",
        subcommands: [ClearanceSetCommand.self])
}
