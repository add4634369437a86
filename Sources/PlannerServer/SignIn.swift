import Hummingbird
import Planner
import PlannerApp

/// Signing a request in by `Authorization: Bearer TOKEN`: no, unknown or revoked token →
/// 401; too many failures from the client's address → 429.
struct SignIn: Sendable {
    let store: SharedStore
    let limiter: SignInLimiter

    /// The active user the request's token signs in.
    func user(_ request: Request, _ context: PlannerRequestContext) async throws -> ServiceUser {
        let address = context.remoteText
        if let wait = await limiter.blocked(address) {
            var error = APIError(.tooManyRequests, "too many failed sign-ins from \(address); try again in \(wait) s")
            error.headers[.retryAfter] = String(wait)
            throw error
        }
        let token = Self.bearer(request.headers[.authorization])
        let access = store.access
        do {
            return try await Blocking.run { try UserDirectory().signIn(token: token, in: access) }
        } catch let failure as SignInFailure {
            await limiter.failed(address)
            var error = APIError(.unauthorized, failure.description)
            error.headers[.wwwAuthenticate] = "Bearer realm=\"parkplan\""
            throw error
        }
    }

    /// The token of an `Authorization: Bearer TOKEN` header; nil for none or another scheme.
    static func bearer(_ header: String?) -> String? {
        guard let header else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return parts[1].trimmingCharacters(in: .whitespaces)
    }
}
