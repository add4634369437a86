import Foundation
import TestSupport
import XCTest

/// The OpenAPI document served at `/openapi.json` checked against the running server:
/// every operation it lists answers with a status it documents, and a documented body's
/// required members are there.
final class OpenAPIContractTests: XCTestCase {
    /// Values for the path and required query parameters.
    static let examples = ["layer": "parcels", "id": "AH-000001", "seq": "1", "bbox": "104,18,109,23"]

    func testEveryOperationAnswersAsDocumented() async throws {
        let (_, store) = try ShippedStore.copy()
        let admin = try ServerUsers.add("root", role: "admin", store: store)
        let server = try ServedStore(store: store)
        let doc = try await server.send("GET", "/openapi.json").json
        let paths = try XCTUnwrap(doc["paths"] as? [String: [String: Any]])
        var checked = 0
        for (template, operations) in paths.sorted(by: { $0.key < $1.key }) {
            for (method, value) in operations {
                let operation = try XCTUnwrap(value as? [String: Any])
                let parameters = (operation["parameters"] as? [[String: Any]] ?? []).map { resolve($0, in: doc) }
                var path = template
                var query: [String] = []
                for p in parameters where p["required"] as? Bool == true {
                    let name = p["name"] as! String
                    switch p["in"] as? String {
                    case "path": path = path.replacingOccurrences(of: "{\(name)}", with: Self.examples[name]!)
                    case "query": query.append("\(name)=\(Self.examples[name]!)")
                    default: break
                    }
                }
                let url = path + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
                let documented = Set((operation["responses"] as? [String: Any] ?? [:]).keys)
                let secured = operation["security"] != nil
                // Once without a token (a secured operation must say 401), once as an admin.
                for token in secured ? [nil, admin] : [nil] {
                    var headers: [String: String] = ["If-Match": "\"0\""]
                    if let token { headers["Authorization"] = "Bearer \(token)" }
                    let reply = method == "post"
                        ? try await server.post(url, json: ["status": "disputed", "date": ServedStore.today, "reason": "contract test"], headers: headers)
                        : try await server.send("GET", url, headers: headers)
                    XCTAssertTrue(documented.contains(String(reply.status)), "\(method.uppercased()) \(url) answered \(reply.status), documented \(documented.sorted()): \(reply.text.prefix(200))")
                    XCTAssertLessThan(reply.status, 500, url)
                    if let schema = responseSchema(operation, status: reply.status, in: doc), let required = schema["required"] as? [String],
                       let body = try? JSONSerialization.jsonObject(with: reply.body) as? [String: Any] {
                        for key in required { XCTAssertNotNil(body[key], "\(url): \(reply.status) body lacks \"\(key)\"") }
                    }
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 15)
    }

    /// `value` with a `$ref` replaced by what it names.
    func resolve(_ value: [String: Any], in doc: [String: Any]) -> [String: Any] {
        guard let ref = value["$ref"] as? String, ref.hasPrefix("#/") else { return value }
        var node: Any = doc
        for part in ref.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(part)] ?? [:] }
        return resolve(node as? [String: Any] ?? [:], in: doc)
    }

    /// The JSON schema of the response `status` documents (resolved), if any.
    func responseSchema(_ operation: [String: Any], status: Int, in doc: [String: Any]) -> [String: Any]? {
        guard let raw = (operation["responses"] as? [String: Any])?[String(status)] as? [String: Any] else { return nil }
        let response = resolve(raw, in: doc)
        guard let content = response["content"] as? [String: Any], let media = content.values.first as? [String: Any],
              let schema = media["schema"] as? [String: Any] else { return nil }
        let resolved = resolve(schema, in: doc)
        if let all = resolved["allOf"] as? [[String: Any]] {
            return ["required": all.flatMap { resolve($0, in: doc)["required"] as? [String] ?? [] }]
        }
        return resolved
    }
}
