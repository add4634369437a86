import Planner

/// How a person reads each kind: places, alignment, the text of a cell.
/// Machine formats (JSON, CSV, GeoJSON) carry the full value whatever the kind.
extension ResultColumn.Kind {
    /// Whether the kind is a quantity (right-aligned in a terminal table).
    public var isNumeric: Bool {
        switch self {
        case .count, .areaM2, .areaHa, .percent, .share, .moneyVND, .moneyUSD: true
        case .text, .id, .date, .list, .flag: false
        }
    }

    /// The places shown for `value`: ha two, percent one, shares three, m², VND and counts
    /// whole; anything else whole when whole, else two.
    public func decimals(for value: Double) -> Int {
        switch self {
        case .areaHa: 2
        case .percent: 1
        case .share: 3
        case .count, .areaM2, .moneyVND: 0
        case .moneyUSD, .text, .id, .date, .list, .flag: value == value.rounded() ? 0 : 2
        }
    }

    /// A value as a terminal table shows it: null "-", a flag "yes"/"no", a number rounded
    /// once by ``NumberText``, a list's items joined by ", ", an object as JSON.
    public func text(_ value: AttributeValue) -> String {
        switch value {
        case .null: "-"
        case .bool(let b): b ? "yes" : "no"
        case .string(let s): s
        case .array(let items): items.map(text).joined(separator: ", ")
        case .object: JSONText.value(value)
        case .number(let n): NumberText.format(n, as: self)
        }
    }
}
