import Foundation
import TestSupport
import XCTest

/// Two `parkplan serve` processes on one PostGIS database: 16 clients spread over both,
/// pairs of them (one on each instance) writing the same parcels with `If-Match`. Every
/// acknowledged change is recorded exactly once, nothing is a 5xx, a stale version is 412,
/// and afterwards both instances answer clearance as the CLI computes it.
final class TwoInstanceTests: XCTestCase {
    /// One client's tally: statuses answered, acknowledged notes by parcel.
    struct Tally: Sendable {
        var statuses: [Int] = []
        var acknowledged: [(parcel: String, note: String)] = []
    }

    /// `changes` acknowledged changes over `parcels` on `server`, each sent with the version
    /// last seen; a 412 (the other instance's client came first) takes the state it carries
    /// and tries again. `bases` are the statuses the parcels leave a dispute for (read
    /// before any client starts, so both clients of a pair toggle between the same two).
    static func write(_ server: ServedStore, token: String, parcels: [String], bases: [String: String], changes: Int, client: Int)
        async throws -> Tally {
        var state: [String: (etag: String, status: String, base: String)] = [:]
        for id in parcels {
            let p = try await server.parcel(id)
            state[id] = (p.etag, p.status, bases[id]!)
        }
        var tally = Tally()
        var i = 0, attempts = 0
        while tally.acknowledged.count < changes, attempts < changes * 20 {
            attempts += 1
            let id = parcels[i % parcels.count]
            let s = state[id]!
            let target = ConcurrentWriteTests.next(after: s.status, base: s.base)
            let note = "client \(client) change \(i)"
            let reply = try await server.change(id, to: target, date: ServedStore.today, etag: s.etag, token: token, note: note)
            tally.statuses.append(reply.status)
            if reply.status == 201, let etag = reply.headers["etag"] {
                state[id] = (etag, target, s.base)
                tally.acknowledged.append((id, note))
                i += 1
            } else if reply.status == 412, let etag = reply.headers["etag"], let now = reply.json["status_now"] as? String {
                state[id] = (etag, now, s.base)
            } else {
                break
            }
        }
        return tally
    }

    func testTwoServersOnOneDatabaseRecordEveryChangeOnce() async throws {
        let store = try shippedStore(.postGIS)
        let admin = try ServerUsers.add("loader", role: "admin", store: store)
        let ids = try ServerUsers.parcelIds(store)
        let clients = 16, changes = 100, perPair = 10
        let servers = [try ServedStore(store: store), try ServedStore(store: store)]
        for s in servers {
            let reply = try await s.send("GET", "/api/v1/clearance?by=district")
            XCTAssertEqual(reply.status, 200, reply.text)
        }
        var before: [String: Int] = [:], bases: [String: String] = [:]
        for id in ids.prefix(clients / 2 * perPair) {
            let p = try await servers[0].parcel(id)
            before[id] = p.entries
            bases[id] = p.status == "disputed" ? "inventoried" : p.status
        }

        // Clients 2k and 2k+1 share parcels, one on each instance.
        let tallies = try await withThrowingTaskGroup(of: Tally.self) { group in
            for c in 0..<clients {
                let pair = c / 2
                let mine = Array(ids[(pair * perPair)..<((pair + 1) * perPair)])
                let server = servers[c % 2]
                group.addTask { [bases] in try await Self.write(server, token: admin, parcels: mine, bases: bases, changes: changes, client: c) }
            }
            var all: [Tally] = []
            for try await t in group { all.append(t) }
            return all
        }
        let statuses = tallies.flatMap(\.statuses)
        XCTAssertEqual(statuses.filter { $0 >= 500 }.count, 0, "5xx answers")
        XCTAssertEqual(Set(statuses).subtracting([201, 412]), [], "answers other than 201 and 412")
        let acknowledged = tallies.flatMap(\.acknowledged)
        XCTAssertEqual(acknowledged.count, clients * changes, "every client made its changes")
        print("two instances, 16 clients: \(acknowledged.count) changes, \(statuses.filter { $0 == 412 }.count) stale writes answered 412")

        // Each parcel's ledger grew by exactly its acknowledged changes, each once, as both instances read it.
        for (id, acks) in Dictionary(grouping: acknowledged, by: \.parcel) {
            for s in servers {
                let reply = try await s.send("GET", "/api/v1/parcels/\(id)")
                let rows = try XCTUnwrap(reply.json["rows"] as? [[String: Any]])
                XCTAssertEqual(rows.count, before[id]! + acks.count, id)
                let notes = rows.compactMap { $0["note"] as? String }.filter { $0.hasPrefix("client ") }
                XCTAssertEqual(notes.count, Set(notes).count, "\(id): a change recorded twice")
                XCTAssertEqual(Set(notes), Set(acks.map(\.note)), id)
            }
        }

        // A version read on one instance is stale on the other once that one wrote.
        let id = ids[0]
        let read = try await servers[0].parcel(id)
        let target = read.status == "disputed" ? "inventoried" : "disputed"
        let first = try await servers[1].change(id, to: target, date: ServedStore.today, etag: read.etag, token: admin, reason: "test")
        XCTAssertEqual(first.status, 201, first.text)
        let stale = try await servers[0].change(id, to: read.status, date: ServedStore.today, etag: read.etag, token: admin, reason: "test")
        XCTAssertEqual(stale.status, 412, stale.text)
        XCTAssertEqual(stale.headers["etag"], first.headers["etag"])

        // Both instances' kept totals equal the CLI's full computation.
        for by in ["district", "commune", "park"] {
            let cli = try servers[0].cli(["clearance", "--by", by, "--format", "json"])
            XCTAssertEqual(cli.status, 0, cli.stderr)
            for (n, s) in servers.enumerated() {
                let reply = try await s.send("GET", "/api/v1/clearance?by=\(by)")
                XCTAssertEqual(reply.text, cli.stdout, "instance \(n) by \(by) differs from the CLI")
            }
        }
        for s in servers { s.stop() }
        let audit = try CLIRunner.run(CLIRunner.parkplan, ["audit", "--store", store, "--format", "json", "--limit", "100000"])
        let rows = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [String: Any])?["rows"] as? [Any])
        XCTAssertEqual(rows.count, clients * changes + 1, "one audit row per acknowledged write")
    }
}
