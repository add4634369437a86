import Hummingbird
import Planner
import PlannerApp

/// `GET /api/v1/QUERY?…` for every ``PlannerQuery``: the parameters are the CLI's options
/// (dashes as underscores) and the body is exactly what `parkplan QUERY … --format json`
/// prints, because both run ``PlannerQuery/answer(_:today:kept:store:)`` and write
/// `ResultTable.jsonDocument()`. Clearance by unit or park as of today comes from the
/// totals the shared store keeps (``KeptClearanceTotals``, through
/// ``PlannerQuery/document(_:today:kept:store:)``): the same bytes, written once per write,
/// without reading every parcel, brought up to date first with the writes of other
/// processes and instances (``SharedStore/keptTotals()``: one read of the ledger's mark).
struct QueryRoutes {
    let store: SharedStore

    func register(on router: Router<PlannerRequestContext>) {
        for query in PlannerQuery.allCases {
            router.get("api/v1/\(query.rawValue)") { request, _ in
                let parameters = QueryParameters(request.uri.queryParameters.map { (name: String($0.key), value: String($0.value)) })
                let store = self.store
                // For clearance, the ledger's mark read (other writers' changes taken in), then
                // the kept answer already written: no parcel read, no wait for a write.
                let kept = query.usesKeptTotals ? try await Blocking.run { try store.keptTotals() } : nil
                if let kept, let text = query.keptDocument(parameters, kept: kept) { return Response.json(text) }
                let text = try await Blocking.run {
                    try query.document(parameters, kept: kept) { moment in store.reading(asRecorded: moment) }
                }
                return Response.json(text)
            }
        }
    }
}
