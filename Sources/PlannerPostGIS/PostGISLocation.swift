import Foundation

/// Where a PostGIS store lives: `postgresql://user@host:port/db`, optionally `?schema=NAME`
/// (the PostgreSQL schema that holds the store's tables; default `public`).
///
/// The password is never taken into logs or descriptions: it comes from `PGPASSWORD`, else
/// from `~/.pgpass` (or `PGPASSFILE`), as libpq reads it; a password written into the URL
/// is accepted too but discouraged (it shows in process lists).
public struct PostGISLocation: Sendable, Hashable, CustomStringConvertible {
    /// The role to connect as.
    public var user: String
    /// The server's host name or address.
    public var host: String
    /// The server's TCP port (5432 unless given).
    public var port: Int
    /// The database name.
    public var database: String
    /// The PostgreSQL schema holding the store's tables.
    public var schema: String
    /// The password (from the URL, `PGPASSWORD` or `~/.pgpass`), `nil` when none is known.
    var password: String?

    /// Whether `text` names a PostgreSQL database rather than a file.
    public static func isDatabaseURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// Parses `postgresql://user@host:port/db[?schema=NAME]`, reading the password from the
    /// environment (`PGPASSWORD`, `PGPASSFILE`) or `~/.pgpass`.
    /// - Throws: ``PostGISError`` naming what is missing or malformed (never the password).
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isDatabaseURL(text), let url = URLComponents(string: text) else {
            throw PostGISError("\"\(Self.redacted(text))\" is not a postgresql://user@host:port/database URL")
        }
        guard let host = url.host, !host.isEmpty else { throw PostGISError("\(Self.redacted(text)) names no host") }
        let database = String(url.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw PostGISError("\(Self.redacted(text)) names no database (postgresql://user@host:port/database)")
        }
        let user = url.user ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        let schema = url.queryItems?.first { $0.name == "schema" }?.value ?? "public"
        guard schema.range(of: "^[a-z_][a-z0-9_]*$", options: .regularExpression) != nil else {
            throw PostGISError("schema \"\(schema)\" must be a lower-case SQL name (letters, digits, _)")
        }
        self.user = user
        self.host = host
        self.port = url.port ?? 5432
        self.database = database
        self.schema = schema
        self.password = url.password ?? environment["PGPASSWORD"]
            ?? PgPassFile.password(host: host, port: url.port ?? 5432, database: database, user: user, environment: environment)
    }

    /// The URL without any password, for messages and logs.
    public var description: String {
        "postgresql://\(user)@\(host):\(port)/\(database)" + (schema == "public" ? "" : "?schema=\(schema)")
    }

    /// `text` with any password in it replaced by `***`.
    public static func redacted(_ text: String) -> String {
        text.replacingOccurrences(of: #"//([^:/@]*):[^@/]*@"#, with: "//$1:***@", options: .regularExpression)
    }
}
