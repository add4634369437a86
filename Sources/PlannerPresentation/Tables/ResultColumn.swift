/// One column of a ``ResultTable``: its name (the JSON key, snake_case) and what it holds,
/// which decides how a person reads it (places, alignment) in every rounded format.
public struct ResultColumn: Sendable, Equatable {
    /// What a column holds.
    public enum Kind: Sendable, Equatable, CaseIterable {
        /// Free text (a name, a mode, a status).
        case text
        /// An identifier (a parcel, park, unit or work id).
        case id
        /// A day (ISO 8601 text).
        case date
        /// A list of values (ids, mostly).
        case list
        /// A yes/no.
        case flag
        /// A whole count (parcels, households, days).
        case count
        /// An area in m² (EPSG:9210, planar): shown whole.
        case areaM2
        /// An area in hectares: shown with two places.
        case areaHa
        /// A percentage 0–100: shown with one place.
        case percent
        /// A share 0–1, or a count weighted by area shares: shown with three places.
        case share
        /// An amount in Vietnamese đồng: shown whole.
        case moneyVND
        /// An amount in US dollars: whole when whole, else to the cent.
        case moneyUSD
    }

    /// The column's name: the JSON key, the CSV header, the table heading.
    public var name: String
    /// What it holds.
    public var kind: Kind

    /// Creates a column.
    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }
}

/// Columns by kind, as query tables declare them: `[.id("a"), .areaM2("area_m2")]`.
extension ResultColumn {
    /// A ``Kind/text`` column.
    public static func text(_ name: String) -> ResultColumn { ResultColumn(name: name, kind: .text) }
    /// A ``Kind/id`` column.
    public static func id(_ name: String) -> ResultColumn { ResultColumn(name: name, kind: .id) }
    /// A ``Kind/date`` column.
    public static func date(_ name: String) -> ResultColumn { ResultColumn(name: name, kind: .date) }
    /// A ``Kind/list`` column.
    public static func list(_ name: String) -> ResultColumn { ResultColumn(name: name, kind: .list) }
    /// A ``Kind/flag`` column.
    public static func flag(_ name: String) -> ResultColumn { ResultColumn(name: name, kind: .flag) }
    /// A ``Kind/count`` column.
    public static func count(_ name: String) -> ResultColumn { ResultColumn(name: name, kind: .count) }
    /// A ``Kind/areaM2`` column.
    public static func areaM2(_ name: String) -> ResultColumn { ResultColumn(name: name, kind: .areaM2) }
    /// A ``Kind/areaHa`` column.
    public static func areaHa(_ name: String) -> ResultColumn { ResultColumn(name: name, kind: .areaHa) }
    /// A ``Kind/percent`` column.
    public static func percent(_ name: String) -> ResultColumn { ResultColumn(name: name, kind: .percent) }
    /// A ``Kind/share`` column.
    public static func share(_ name: String) -> ResultColumn { ResultColumn(name: name, kind: .share) }
    /// A ``Kind/moneyVND`` column.
    public static func moneyVND(_ name: String) -> ResultColumn { ResultColumn(name: name, kind: .moneyVND) }
    /// A ``Kind/moneyUSD`` column.
    public static func moneyUSD(_ name: String) -> ResultColumn { ResultColumn(name: name, kind: .moneyUSD) }
}
