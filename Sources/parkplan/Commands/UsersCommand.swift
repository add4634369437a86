import ArgumentParser
import Planner
import PlannerApp

/// `parkplan users add|list|revoke`: the users of the served record (`parkplan serve`).
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Users of the served record: add (prints a token once), list, revoke.",
        subcommands: [UsersAddCommand.self, UsersListCommand.self, UsersRevokeCommand.self])
}

/// `parkplan users add NAME --role viewer|board|admin [--units 315,316]`.
struct UsersAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a user; prints its token alone on the last line (shown once, only its hash is stored).",
        discussion: """
            A board records changes only for the parcels that lie in its units: a parcel straddling \
            two units belongs to the one holding the larger share of its area. Units are named by id \
            (315, phuong-an-hai) or name, with or without diacritics (An Hải, an hai), LEVEL:NAME when \
            a name is at two levels.
            """)

    @Argument(help: "The user's name (unique).")
    var name: String

    @Option(help: "viewer (reads), board (records for its units) or admin (everything).")
    var role: String

    @Option(help: "A board's units, comma-separated or repeated (ids or names).")
    var units: [String] = []

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try reportingFailures {
            let (user, token) = try UserEnrolment(name: name, role: role, units: units).run(storeOptions.openAccess())
            let scope = user.units.isEmpty ? "" : " for \(user.units.map(\.description).joined(separator: ", "))"
            print("added \(user.role.rawValue) \(user.name)\(scope); its token (shown once, send as `Authorization: Bearer TOKEN`):")
            print(token)
        }
    }
}

/// `parkplan users list`.
struct UsersListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the users (never their tokens).")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try reportingFailures {
            try outputOptions.emit(UserDirectory().list(storeOptions.openAccess()).table)
        }
    }
}

/// `parkplan users revoke NAME`.
struct UsersRevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke a user's token: it signs in no more.")

    @Argument(help: "The user's name.")
    var name: String

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try reportingFailures {
            let user = try UserDirectory().revoke(name, in: storeOptions.openAccess())
            print("revoked \(user.name) at \(user.revokedAt?.description ?? "-")")
        }
    }
}
