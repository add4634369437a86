import Foundation
import TestSupport
import XCTest

/// The OpenAPI document checked against the running server by schemathesis (PyPI,
/// installed by `tools/setup --with-browser`): it draws requests from `/openapi.json` for
/// every operation, as an admin, and checks no 5xx, documented status codes, content types
/// and bodies. Bounded (a fixed seed, 10 examples an operation, 60 s at most). Fails,
/// never skips, when schemathesis is missing: the contract test is part of the suite.
final class SchemathesisContractTests: XCTestCase {
    func testTheServerKeepsItsOpenAPIContract() throws {
        guard let schemathesis = Self.schemathesis() else {
            return XCTFail("schemathesis is not installed (python3 -m pip install 'schemathesis>=4,<5', or tools/setup --with-browser)")
        }
        let (_, store) = try ShippedStore.copy()
        let admin = try ServerUsers.add("contract", role: "admin", store: store)
        let server = try ServedStore(store: store)
        let run = try CLIRunner.run(schemathesis, [
            "run", "http://127.0.0.1:\(server.port)/openapi.json", "-H", "Authorization: Bearer \(admin)",
            "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
            // One worker: with two, hypothesis describes its filters with `ast.parse` on two
            // threads at once, which CPython 3.11.7 (the machine's) can fail with "AST
            // constructor recursion depth mismatch" (CPython gh-106905), a runtime error
            // of the tool, not a finding about the server.
            "--phases", "examples,coverage,fuzzing", "-n", "10", "--seed", "1", "--max-time", "60", "--workers", "1",
            "--request-timeout", "30", "--no-color",
        ], in: server.folder)
        XCTAssertEqual(run.status, 0, "schemathesis found the server off its contract:\n\(run.stdout.suffix(4000))\n\(run.stderr.suffix(2000))")
        XCTAssertTrue(run.stdout.contains("passed"), "schemathesis reported nothing passed:\n\(run.stdout.suffix(2000))")
    }

    /// The `schemathesis` command on PATH, if any.
    static func schemathesis() -> String? {
        guard let found = try? CLIRunner.run("/usr/bin/env", ["sh", "-c", "command -v schemathesis"]), found.status == 0 else { return nil }
        let path = found.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return path.isEmpty ? nil : path
    }
}
