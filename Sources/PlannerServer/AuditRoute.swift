import Hummingbird
import PlannerApp

/// `GET /api/v1/audit[?limit=N]` (admins): the audit log, newest first, as
/// `parkplan audit --format json` prints it.
struct AuditRoute {
    let store: SharedStore
    let signIn: SignIn

    func register(on router: Router<PlannerRequestContext>) {
        router.get("api/v1/audit") { request, context in
            let user = try await signIn.user(request, context)
            let parameters = QueryParameters(request.uri.queryParameters.map { (name: String($0.key), value: String($0.value)) })
            try parameters.refuseUnknown(["limit"])
            let listing = AuditListing(limit: try AuditListing.limit(parameters.number("limit")))
            let access = store.access
            let text = try await Blocking.run { try listing.run(access, for: user).table.jsonDocument() }
            return Response.json(text)
        }
    }
}
