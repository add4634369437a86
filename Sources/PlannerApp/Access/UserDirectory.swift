import Planner
import PlannerPresentation

/// The users of the served record: listing (`users list`), revoking (`users revoke`), and
/// signing in by token.
public struct UserDirectory: Sendable {
    /// Creates the directory.
    public init() {}

    /// Every user as a table (never a token or its hash).
    public func list(_ store: any AccessStorage) throws -> Answer<[ServiceUser]> {
        let users = try store.users()
        return Answer(result: users, table: .users(users))
    }

    /// Revokes the user `name` now: its token signs in no more.
    public func revoke(_ name: String, in store: any AccessStorage) throws -> ServiceUser {
        try store.revokeUser(name: name)
    }

    /// The active user `token` signs in.
    /// - Throws: ``SignInFailure`` when the token is missing, unknown or revoked.
    public func signIn(token: String?, in store: any AccessStorage) throws -> ServiceUser {
        guard let token, !token.isEmpty else { throw SignInFailure.missing }
        guard let user = try store.user(tokenHash: ServiceToken.hash(token)) else { throw SignInFailure.unknown }
        guard user.isActive else { throw SignInFailure.revoked(user.name) }
        return user
    }
}

/// Why a request could not be signed in.
public enum SignInFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// No token was given.
    case missing
    /// No user has this token.
    case unknown
    /// The user's token was revoked.
    case revoked(String)

    public var description: String {
        switch self {
        case .missing: "sign in: send `Authorization: Bearer TOKEN` (a token from `parkplan users add`)"
        case .unknown: "sign in: the token is not known"
        case .revoked(let name): "sign in: the token of \(name) was revoked"
        }
    }
}
