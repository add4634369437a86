import Foundation

/// One attribute value of a feature or attribute row, typed the way the GeoPackage
/// column declares it.
public enum ColumnValue: Hashable, Sendable {
    /// SQL NULL.
    case null
    /// An INTEGER value.
    case integer(Int64)
    /// A REAL value.
    case real(Double)
    /// A TEXT value.
    case text(String)
    /// A BOOLEAN value (stored as 0/1).
    case boolean(Bool)
    /// A DATE value: the UTC calendar day containing this instant (stored "YYYY-MM-DD").
    case date(Date)
    /// A DATETIME value, UTC, millisecond precision (stored "YYYY-MM-DDTHH:MM:SS.SSSZ").
    case dateTime(Date)

    /// True for `.null`.
    public var isNull: Bool { self == .null }
}

extension ColumnValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByNilLiteral
{
    /// A TEXT value.
    public init(stringLiteral value: String) { self = .text(value) }
    /// An INTEGER value.
    public init(integerLiteral value: Int64) { self = .integer(value) }
    /// A REAL value.
    public init(floatLiteral value: Double) { self = .real(value) }
    /// A BOOLEAN value.
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    /// SQL NULL.
    public init(nilLiteral: ()) { self = .null }
}
