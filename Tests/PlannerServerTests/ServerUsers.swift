import Foundation
import Planner
import PlannerApp
import TestSupport
import XCTest

/// Users made through the CLI (`parkplan users add`), their tokens read off the last line.
enum ServerUsers {
    /// Adds a user to `store` and returns its token.
    static func add(_ name: String, role: String, units: [String] = [], store: String) throws -> String {
        var arguments = ["users", "add", name, "--role", role, "--store", store]
        if !units.isEmpty { arguments += ["--units", units.joined(separator: ",")] }
        let r = try CLIRunner.run(CLIRunner.parkplan, arguments)
        guard r.status == 0, let last = r.stdout.split(separator: "\n").last else { throw CLIFailure("users add failed: \(r.stderr)") }
        return String(last)
    }

    /// Each parcel's unit of `level` (the one holding the larger share), read from the store.
    static func parcelUnits(_ store: String, level: UnitLevel) throws -> [String: String] {
        let parcels = try PlanningStores.open(at: store).parcels()
        var out: [String: String] = [:]
        for p in parcels { out[p.id] = ParcelJurisdiction.unit(at: level, among: p.units)?.unitId }
        return out
    }

    /// The parcels' ids, in order.
    static func parcelIds(_ store: String) throws -> [String] {
        try PlanningStores.open(at: store).parcels().map(\.id).sorted()
    }
}

extension ServedStore {
    /// The parcel's ETag and current status (`GET /api/v1/parcels/ID`).
    func parcel(_ id: String) async throws -> (etag: String, status: String, entries: Int) {
        let reply = try await send("GET", "/api/v1/parcels/\(id)")
        guard reply.status == 200, let etag = reply.headers["etag"] else { throw CLIFailure("GET parcel \(id): \(reply.status) \(reply.text)") }
        return (etag, reply.json["status_now"] as? String ?? "", (reply.json["rows"] as? [Any])?.count ?? -1)
    }

    /// Posts a status change of `id` as `token` with `If-Match: etag`.
    func change(_ id: String, to status: String, date: String, etag: String?, token: String?, note: String? = nil, reason: String? = nil) async throws -> Reply {
        var headers: [String: String] = [:]
        if let etag { headers["If-Match"] = etag }
        if let token { headers["Authorization"] = "Bearer \(token)" }
        var body: [String: Any] = ["status": status, "date": date]
        if let note { body["note"] = note }
        if let reason { body["reason"] = reason }
        return try await post("/api/v1/parcels/\(id)/events", json: body, headers: headers)
    }

    /// Today in Vietnam (UTC+7), as the ledger's rules count days.
    static var today: String { LocalDate.today.description }
}
