import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import PostgresNIO

/// One PostgreSQL connection, driven synchronously for the storage protocols.
///
/// The bridge: the connection lives on its own one-thread `MultiThreadedEventLoopGroup`,
/// never shared with a server's event loops. Each statement is sent with postgres-nio's
/// future API and the calling thread waits for the future (`EventLoopFuture.wait()`, which
/// traps if called on an event loop, so a NIO loop is never blocked by mistake); no Swift
/// task is created, so Swift's cooperative threads are not blocked either. Callers are the
/// CLI's main thread or the server's blocking pool (`Blocking.run`, a dispatch queue).
/// Sessions are serialized by a lock, so a transaction's statements never interleave with
/// another caller's on this connection (concurrent writers use one connection each).
final class PostGISConnection: Sendable {
    /// Where it is connected (no password in its description).
    let location: PostGISLocation
    private let group: MultiThreadedEventLoopGroup
    private let connection: PostgresConnection
    private let lock = NIOLock()
    /// postgres-nio logs only at debug and trace; nothing it logs carries the password.
    static let logger = Logger(label: "parkplan.postgis")

    /// Connects to `location` and sets the session's `search_path` to its schema, then `public`
    /// (where the postgis extension lives).
    /// - Throws: ``PostGISError`` saying why the server refused or could not be reached.
    init(_ location: PostGISLocation) throws {
        self.location = location
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: .disable)
        configuration.options.connectTimeout = .seconds(10)
        do {
            connection = try PostgresConnection.connect(on: group.next(), configuration: configuration, id: 1,
                                                        logger: Self.logger).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw PostGISError.from(error, "cannot connect to \(location)")
        }
        try session("setting the schema") { try $0.execute("SET search_path TO \"\(location.schema)\", public") }
    }

    deinit {
        try? connection.close().wait()
        try? group.syncShutdownGracefully()
    }

    /// `body` run with the connection to itself (statements in autocommit).
    /// - Throws: ``PostGISError`` from the server's message, after the store and `doing`;
    ///   the domain's own errors (a refused change) as they are.
    @discardableResult
    func session<T>(_ doing: @autoclosure () -> String, _ body: (PostGISSession) throws -> T) throws -> T {
        try lock.withLock {
            do { return try body(PostGISSession(connection: connection)) } catch let error as PSQLError {
                throw PostGISError.from(error, "\(location): \(doing())")
            } catch let error as PostgresDecodingError {
                throw PostGISError.from(error, "\(location): \(doing())")
            }
        }
    }

    /// `body` run in one transaction (`BEGIN` … `COMMIT`; `ROLLBACK` on any error, so nothing
    /// is half-written).
    @discardableResult
    func transaction<T>(_ doing: @autoclosure () -> String, _ body: (PostGISSession) throws -> T) throws -> T {
        try session(doing()) { db in
            try db.execute("BEGIN")
            do {
                let value = try body(db)
                try db.execute("COMMIT")
                return value
            } catch {
                _ = try? db.execute("ROLLBACK")
                throw error
            }
        }
    }
}

/// The connection as lent to one session: each statement waits for its whole result.
struct PostGISSession {
    let connection: PostgresConnection

    /// Runs one statement (the extended protocol takes one at a time) with `binds`.
    @discardableResult
    func execute(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws -> PostgresQueryResult {
        try connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: PostGISConnection.logger).wait()
    }

    /// The rows of `sql`, each decoded as `columns` (a tuple of Swift types, in column order).
    ///
    /// Each row is decoded as it arrives, on the connection's event loop (postgres-nio's
    /// `onRow` API), while the caller waits. Collecting a whole `PostgresQueryResult` first
    /// copied the rows gathered so far at every network read (in postgres-nio 1.33 the
    /// collecting state appends to an array it still holds): a retain per row per read, most
    /// of `clearance --by district` at 100 000 parcels on PostGIS.
    func rows<each C: PostgresDecodable>(_ sql: String, _ binds: PostgresBindings = PostgresBindings(),
                                          as columns: (repeat each C).Type) throws -> [(repeat each C)] {
        let decoded = DecodedRows<(repeat each C)>()
        _ = try connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: PostGISConnection.logger) { row in
            decoded.values.append(try row.decode(columns))
        }.wait()
        return decoded.values
    }
}

/// The rows one statement decoded: appended to on the connection's event loop only, read by
/// the caller once the statement's future has completed (which orders the two).
private final class DecodedRows<T>: @unchecked Sendable {
    var values: [T] = []
}

extension PostGISError {
    /// The server's own message (PSQLError hides it from `description`), after `context`.
    static func from(_ error: any Error, _ context: String) -> PostGISError {
        if let e = error as? PostGISError { return PostGISError("\(context): \(e.message)") }
        if let e = error as? PSQLError {
            if let message = e.serverInfo?[.message] {
                let detail = e.serverInfo?[.detail].map { " (\($0))" } ?? ""
                return PostGISError("\(context): \(message)\(detail)")
            }
            return PostGISError("\(context): \(e.code)\(e.underlying.map { " (\($0))" } ?? "")")
        }
        return PostGISError("\(context): \(error)")
    }
}
