import Foundation
import Hummingbird
import Planner
import PlannerPresentation

/// An error answered as JSON: `{"error": REASON, "parameter": NAME}` (parameter only when
/// one is at fault), with its HTTP status; never a 5xx for a user's mistake.
struct APIError: HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String
    var parameter: String?
    var headers: HTTPFields = [:]
    /// Extra members of the body (e.g. the parcel's current state on 412).
    var extra: [(String, AttributeValue)] = []

    init(_ status: HTTPResponse.Status, _ message: String, parameter: String? = nil) {
        self.status = status
        self.message = message
        self.parameter = parameter
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var members: [(String, AttributeValue)] = [("error", .string(message))]
        if let parameter { members.append(("parameter", .string(parameter))) }
        members += extra
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: JSONText.object(members) + "\n")))
    }
}
