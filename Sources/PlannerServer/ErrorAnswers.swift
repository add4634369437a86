import Hummingbird
import Planner
import PlannerApp
import PlannerStore

/// The one place a failure becomes an HTTP answer: what the user asked wrong is a 4xx
/// naming the parameter or rule; only the server's own faults are 5xx.
enum ErrorAnswers {
    /// The HTTP error for `error`; nil when it is the server's own fault (answered 500).
    static func answer(for error: any Error) -> (any HTTPResponseError)? {
        switch error {
        case let e as any HTTPResponseError: return e
        case let e as OptionRefusal: return APIError(.badRequest, e.reason, parameter: e.parameter)
        case let e as ParkLookupError: return APIError(.badRequest, e.description, parameter: "park")
        case let e as ClearanceRefusal: return APIError(.conflict, e.description)
        case let e as RightsRefusal:
            var answer = APIError(.forbidden, e.description)
            answer.extra = [("rule", .string(e.rule))]
            return answer
        case let e as LedgerVersionConflict: return APIError(.preconditionFailed, e.description)
        case let e as NotStored: return APIError(.notFound, e.message)
        case let e as any UseCaseRefusal: return APIError(.badRequest, e.description)
        case let e as StoreError where e.kind == .conflict: return APIError(.notFound, e.message)
        default: return nil
        }
    }
}
