import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestSupport

/// A `parkplan serve` process (the built binary) on a free loopback port, serving a
/// private copy of the shipped store; talked to over real HTTP.
final class ServedStore: @unchecked Sendable {
    let folder: URL
    let store: String
    let running: CLIRunner.Running
    let port: Int

    /// Starts the server on `store` (default: a fresh copy of the shipped store), with
    /// `arguments` added to `parkplan serve`'s.
    init(store: String? = nil, arguments: [String] = []) throws {
        if let store {
            self.store = store
            folder = URL(fileURLWithPath: store).deletingLastPathComponent()
        } else {
            (folder, self.store) = try ShippedStore.copy()
        }
        running = try CLIRunner.start(CLIRunner.parkplan, ["serve", "--store", self.store, "--port", "0"] + arguments)
        port = try Self.waitForPort(running)
    }

    deinit { stop() }

    /// Stops the server with SIGTERM (a graceful shutdown) and waits for it.
    func stop() {
        guard running.process.isRunning else { return }
        running.process.terminate()
        running.process.waitUntilExit()
    }

    /// Kills the server with SIGKILL, no chance to finish anything.
    func kill9() {
        guard running.process.isRunning else { return }
        Foundation.kill(running.process.processIdentifier, SIGKILL)
        running.process.waitUntilExit()
    }

    /// The port the server printed ("serving 127.0.0.1:PORT"), waited for up to a minute.
    private static func waitForPort(_ running: CLIRunner.Running) throws -> Int {
        for _ in 0..<600 {
            let out = running.output().stdout
            if let line = out.split(separator: "\n").first(where: { $0.hasPrefix("serving ") }),
               let port = line.split(separator: ":").last.flatMap({ Int($0) }) {
                return port
            }
            guard running.process.isRunning else {
                running.process.waitUntilExit()
                throw CLIFailure("parkplan serve stopped: \(running.output().stderr)")
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw CLIFailure("parkplan serve did not start within a minute")
    }

    /// A reply: status, headers (names lower-cased), body.
    struct Reply: Sendable {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
    }

    /// Sends one request to the server and returns its reply.
    func send(_ method: String = "GET", _ pathAndQuery: String, headers: [String: String] = [:], body: Data? = nil) async throws -> Reply {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(pathAndQuery)")!)
        request.httpMethod = method
        for (k, v) in headers { request.setValue(v, forHTTPHeaderField: k) }
        request.httpBody = body
        request.timeoutInterval = 120
        let (data, response) = try await ServedStore.session.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (k, v) in http.allHeaderFields { fields[String(describing: k).lowercased()] = String(describing: v) }
        return Reply(status: http.statusCode, headers: fields, body: data)
    }

    /// `send` with a JSON body.
    func post(_ path: String, json: [String: Any], headers: [String: String] = [:]) async throws -> Reply {
        var h = headers
        h["Content-Type"] = "application/json"
        return try await send("POST", path, headers: h, body: try JSONSerialization.data(withJSONObject: json))
    }

    /// What `parkplan ARGS --store STORE` prints (the CLI beside the server, same store).
    func cli(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(CLIRunner.parkplan, arguments + ["--store", store])
    }

    static let session: URLSession = {
        let config = URLSessionConfiguration.ephemeral
        config.httpMaximumConnectionsPerHost = 32
        config.urlCache = nil
        return URLSession(configuration: config)
    }()
}
