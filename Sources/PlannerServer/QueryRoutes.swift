import Hummingbird
import Planner
import PlannerApp

/// `GET /api/v1/QUERY?…` for every ``PlannerQuery``: the parameters are the CLI's options
/// (dashes as underscores) and the body is exactly what `parkplan QUERY … --format json`
/// prints, because both run ``PlannerQuery/answer(_:today:store:)`` and write
/// `ResultTable.jsonDocument()`. Clearance by unit or park as of today comes from the
/// totals the shared store keeps (``KeptClearanceTotals``), the same bytes without
/// reading every parcel, brought up to date first with the writes of other processes
/// (``SharedStore/keptTotals()``).
struct QueryRoutes {
    let store: SharedStore

    func register(on router: Router<PlannerRequestContext>) {
        for query in PlannerQuery.allCases {
            router.get("api/v1/\(query.rawValue)") { request, _ in
                let parameters = QueryParameters(request.uri.queryParameters.map { (name: String($0.key), value: String($0.value)) })
                let store = self.store
                let text = try await Blocking.run {
                    try query.answer(parameters, kept: try store.keptTotals()) { moment in store.reading(asRecorded: moment) }.jsonDocument()
                }
                return Response.json(text)
            }
        }
    }
}
