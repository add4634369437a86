import Foundation

/// Reads a password from the PostgreSQL password file (`PGPASSFILE`, else `~/.pgpass`):
/// lines `host:port:database:user:password`, `*` matching anything, `\:` and `\\` escaped;
/// the first matching line wins, as in libpq.
enum PgPassFile {
    static func password(host: String, port: Int, database: String, user: String,
                         environment: [String: String]) -> String? {
        let path = environment["PGPASSFILE"]
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.pgpass"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let wanted = [host, String(port), database, user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(String(line))
            guard fields.count == 5 else { continue }
            let matches = zip(fields.prefix(4), wanted).allSatisfy { field, value in
                field == "*" || field == value || (value == "127.0.0.1" && field == "localhost")
            }
            if matches { return fields[4] }
        }
        return nil
    }

    /// Splits one line at unescaped colons, undoing `\:` and `\\`.
    private static func split(_ line: String) -> [String] {
        var fields = [""], escaped = false
        for c in line {
            if escaped { fields[fields.count - 1].append(c); escaped = false }
            else if c == "\\" { escaped = true }
            else if c == ":" { fields.append("") }
            else { fields[fields.count - 1].append(c) }
        }
        return fields
    }
}
