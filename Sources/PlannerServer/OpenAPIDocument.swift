import Foundation
import Hummingbird

/// `GET /openapi.json`: the hand-written OpenAPI 3 document of the API, a resource of
/// this module (`Resources/openapi.json`).
enum OpenAPIDocument {
    /// The document's bytes, read once.
    static let bytes: Data? = Bundle.module.url(forResource: "openapi", withExtension: "json").flatMap { try? Data(contentsOf: $0) }

    static func response() throws -> Response {
        guard let bytes else { throw APIError(.internalServerError, "the OpenAPI document is missing from the build") }
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
