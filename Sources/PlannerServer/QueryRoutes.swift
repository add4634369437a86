import Hummingbird
import Planner
import PlannerApp

/// `GET /api/v1/QUERY?…` for every ``PlannerQuery``: the parameters are the CLI's options
/// (dashes as underscores) and the body is exactly what `parkplan QUERY … --format json`
/// prints, because both run ``PlannerQuery/answer(_:today:kept:store:)`` and write
/// `ResultTable.jsonDocument()`. Clearance by unit or park as of today comes from the
/// totals the shared store keeps (``KeptClearanceTotals``, through
/// ``PlannerQuery/document(_:today:kept:store:)``): the same bytes, written once per write,
/// without reading every parcel.
struct QueryRoutes {
    let store: SharedStore

    func register(on router: Router<PlannerRequestContext>) {
        for query in PlannerQuery.allCases {
            router.get("api/v1/\(query.rawValue)") { request, _ in
                let parameters = QueryParameters(request.uri.queryParameters.map { (name: String($0.key), value: String($0.value)) })
                let store = self.store
                // The kept clearance answer, already written: no store read, no wait, no thread hop.
                if let text = query.keptDocument(parameters, kept: store.clearanceTotals) { return Response.json(text) }
                let text = try await Blocking.run {
                    try query.document(parameters, kept: store.clearanceTotals) { moment in store.reading(asRecorded: moment) }
                }
                return Response.json(text)
            }
        }
    }
}
