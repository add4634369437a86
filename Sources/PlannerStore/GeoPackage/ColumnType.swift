import Foundation

/// The SQL type of a user column in a feature or attribute table (GeoPackage 1.4,
/// table 1 "GeoPackage Data Types"). DATE and DATETIME are stored as ISO-8601 TEXT.
public enum ColumnType: String, Sendable, CaseIterable, Codable {
    /// UTF-8 text.
    case text = "TEXT"
    /// 64-bit signed integer.
    case integer = "INTEGER"
    /// 64-bit IEEE float.
    case real = "REAL"
    /// 0 or 1.
    case boolean = "BOOLEAN"
    /// A calendar day, "YYYY-MM-DD".
    case date = "DATE"
    /// A UTC instant, "YYYY-MM-DDTHH:MM:SS.SSSZ".
    case dateTime = "DATETIME"

    /// The column type for a declared SQLite type, as GDAL and other writers spell it
    /// ("TEXT(20)", "INT", "DOUBLE", "FLOAT", "MEDIUMINT"…); `nil` for BLOB and unknown types.
    public init?(declaredType: String) {
        let t = declaredType.uppercased()
        let base = t.split(separator: "(").first.map(String.init) ?? t
        switch base.trimmingCharacters(in: .whitespaces) {
        case "TEXT": self = .text
        case "INTEGER", "INT", "MEDIUMINT", "SMALLINT", "TINYINT": self = .integer
        case "REAL", "DOUBLE", "FLOAT": self = .real
        case "BOOLEAN": self = .boolean
        case "DATE": self = .date
        case "DATETIME": self = .dateTime
        default: return nil
        }
    }
}
