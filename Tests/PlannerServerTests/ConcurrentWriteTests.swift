import Foundation
import GRDB
import TestSupport
import XCTest

/// Many writers at once on the real server: every acknowledged change is recorded
/// exactly once, none fails with a 5xx; a `kill -9` during writes loses nothing that was
/// acknowledged and leaves a sound store.
final class ConcurrentWriteTests: XCTestCase {
    /// The statuses a writer alternates between: entering or leaving a dispute is never a
    /// step back, so every change is recorded and none needs a reason.
    static func next(after status: String, base: String) -> String {
        status == "disputed" ? base : "disputed"
    }

    /// One writer's work: `changes` status changes spread over `parcels`, each posted with
    /// the ETag the previous answer gave. Returns the statuses seen and the acknowledged
    /// (parcel, seq) pairs.
    static func write(_ server: ServedStore, token: String, parcels: [String], changes: Int)
        async throws -> (statuses: [Int], acknowledged: [(String, Int, String)]) {
        var state: [String: (etag: String, status: String, base: String)] = [:]
        for id in parcels {
            let p = try await server.parcel(id)
            state[id] = (p.etag, p.status, p.status == "disputed" ? "inventoried" : p.status)
        }
        var statuses: [Int] = []
        var acknowledged: [(String, Int, String)] = []
        for i in 0..<changes {
            let id = parcels[i % parcels.count]
            let s = state[id]!
            let target = next(after: s.status, base: s.base)
            let reply = try await server.change(id, to: target, date: ServedStore.today, etag: s.etag, token: token, note: "change \(i)")
            statuses.append(reply.status)
            if reply.status == 201, let etag = reply.headers["etag"] {
                state[id] = (etag, target, s.base)
                acknowledged.append((id, Int(etag.trimmingCharacters(in: CharacterSet(charactersIn: "\""))) ?? -1, target))
            }
        }
        return (statuses, acknowledged)
    }

    func testSixteenWritersTimesTwoHundredChangesAreEachRecordedOnce() async throws {
        try await sixteenWritersTimesTwoHundredChanges(on: .geoPackage)
    }

    func testSixteenWritersTimesTwoHundredChangesAreEachRecordedOnceOnPostGIS() async throws {
        try await sixteenWritersTimesTwoHundredChanges(on: .postGIS)
    }

    /// 16 writers × 200 changes on distinct parcels through one server on a store of `kind`.
    func sixteenWritersTimesTwoHundredChanges(on kind: TestStoreKind) async throws {
        let store = try shippedStore(kind)
        let admin = try ServerUsers.add("loader", role: "admin", store: store)
        let ids = try ServerUsers.parcelIds(store)
        let writers = 16, changes = 200, perWriter = 25
        XCTAssertGreaterThanOrEqual(ids.count, writers * perWriter)
        let server = try ServedStore(store: store)
        var before: [String: Int] = [:]
        for id in ids.prefix(writers * perWriter) { before[id] = try await server.parcel(id).entries }
        let started = Date()
        let results = try await withThrowingTaskGroup(of: (statuses: [Int], acknowledged: [(String, Int, String)]).self) { group in
            for w in 0..<writers {
                let mine = Array(ids[(w * perWriter)..<((w + 1) * perWriter)])
                group.addTask { try await Self.write(server, token: admin, parcels: mine, changes: changes) }
            }
            var all: [(statuses: [Int], acknowledged: [(String, Int, String)])] = []
            for try await r in group { all.append(r) }
            return all
        }
        let seconds = Date().timeIntervalSince(started)
        let statuses = results.flatMap(\.statuses)
        XCTAssertEqual(statuses.count, writers * changes)
        XCTAssertEqual(statuses.filter { $0 >= 500 }.count, 0, "5xx answers")
        XCTAssertEqual(statuses.filter { $0 == 201 }.count, writers * changes, "every change acknowledged: \(Dictionary(grouping: statuses, by: { $0 }).mapValues(\.count))")
        print("16 writers × 200 changes (\(kind)): \(statuses.count) writes in \(String(format: "%.1f", seconds)) s, \(String(format: "%.0f", Double(statuses.count) / seconds)) writes/s")
        // Every parcel's ledger grew by exactly its acknowledged changes, each once.
        let acknowledged = results.flatMap(\.acknowledged)
        let perParcel = Dictionary(grouping: acknowledged, by: { $0.0 })
        for (id, acks) in perParcel {
            let reply = try await server.send("GET", "/api/v1/parcels/\(id)")
            let rows = try XCTUnwrap(reply.json["rows"] as? [[String: Any]])
            XCTAssertEqual(rows.count, before[id]! + acks.count, id)
            let notes = rows.compactMap { $0["note"] as? String }.filter { $0.hasPrefix("change ") }
            XCTAssertEqual(notes.count, Set(notes).count, "\(id): a change recorded twice")
            XCTAssertEqual(notes.count, acks.count, id)
        }
        server.stop()
        let audit = try CLIRunner.run(CLIRunner.parkplan, ["audit", "--store", store, "--format", "json", "--limit", "100000"])
        let rows = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [String: Any])?["rows"] as? [Any])
        XCTAssertEqual(rows.count, writers * changes, "one audit row per write")
    }

    func testKillNineDuringWritesKeepsEveryAcknowledgedWrite() async throws {
        let (_, store) = try ShippedStore.copy()
        let admin = try ServerUsers.add("loader", role: "admin", store: store)
        let ids = try ServerUsers.parcelIds(store)
        let server = try ServedStore(store: store)
        let collected = Acknowledged()
        // 8 writers that write until the server dies under them.
        let writers = Task.detached { [server, admin, ids, collected] in
            await ConcurrentWriteTests.writeUntilKilled(server, token: admin, ids: ids, into: collected)
        }
        while await collected.count < 150 { try await Task.sleep(nanoseconds: 20_000_000) }
        server.kill9()
        await writers.value
        let acknowledged = await collected.all
        XCTAssertGreaterThanOrEqual(acknowledged.count, 150)

        XCTAssertEqual(try Self.integrity(store), "ok")
        let restarted = try ServedStore(store: store)
        var notesByParcel: [String: Set<String>] = [:]
        for id in Set(acknowledged.map(\.0)) {
            let reply = try await restarted.send("GET", "/api/v1/parcels/\(id)")
            let rows = try XCTUnwrap(reply.json["rows"] as? [[String: Any]])
            notesByParcel[id] = Set(rows.compactMap { $0["note"] as? String })
        }
        for (id, note) in acknowledged {
            XCTAssertTrue(notesByParcel[id]?.contains(note) ?? false, "acknowledged write \(id) \"\(note)\" lost after kill -9")
        }
        restarted.stop()
        XCTAssertEqual(try Self.integrity(store), "ok")
    }

    /// 8 writers, 10 parcels each, writing until the server stops answering.
    static func writeUntilKilled(_ server: ServedStore, token: String, ids: [String], into collected: Acknowledged) async {
        await withTaskGroup(of: Void.self) { group in
            for w in 0..<8 {
                let mine = Array(ids[(w * 10)..<((w + 1) * 10)])
                group.addTask { await writeUntilKilled(server, token: token, parcels: mine, writer: w, into: collected) }
            }
        }
    }

    /// One writer of ``writeUntilKilled(_:token:ids:into:)``.
    static func writeUntilKilled(_ server: ServedStore, token: String, parcels: [String], writer w: Int, into collected: Acknowledged) async {
        var state: [String: (etag: String, status: String, base: String)] = [:]
        for id in parcels {
            guard let p = try? await server.parcel(id) else { return }
            state[id] = (p.etag, p.status, p.status == "disputed" ? "inventoried" : p.status)
        }
        for i in 0..<10_000 {
            let id = parcels[i % parcels.count]
            let s = state[id]!
            let target = next(after: s.status, base: s.base)
            guard let reply = try? await server.change(id, to: target, date: ServedStore.today, etag: s.etag, token: token,
                                                       note: "kill \(w) \(i)") else { return }
            guard reply.status == 201, let etag = reply.headers["etag"] else { return }
            state[id] = (etag, target, s.base)
            await collected.add(id, note: "kill \(w) \(i)")
        }
    }

    /// `PRAGMA integrity_check` of the file (SQLite replays a WAL left by a killed process).
    static func integrity(_ path: String) throws -> String? {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
    }
}

/// The writes the server acknowledged, collected across writers.
actor Acknowledged {
    private(set) var all: [(String, String)] = []
    var count: Int { all.count }
    func add(_ id: String, note: String) { all.append((id, note)) }
}
