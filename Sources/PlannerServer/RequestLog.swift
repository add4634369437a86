import Dispatch
import Hummingbird
import Logging

/// One log line per request (method, path, status, milliseconds, client, request id),
/// and the one place an error thrown by a route becomes its answer (``ErrorAnswers``):
/// a user's mistake a 4xx, anything else a 500 whose cause is logged, never sent.
struct RequestLog: RouterMiddleware {
    typealias Context = PlannerRequestContext
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            let answer: any HTTPResponseError
            if let known = ErrorAnswers.answer(for: error) {
                answer = known
            } else {
                logger.error("request \(context.id) failed: \(String(reflecting: error))")
                answer = APIError(.internalServerError, "internal error; the server's log has it under request \(context.id)")
            }
            response = try answer.response(from: request, context: context)
        }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        logger.info("\(request.method) \(request.uri.path) \(response.status.code) \(String(format: "%.1f", ms))ms client=\(context.remoteText) id=\(context.id)")
        return response
    }
}
