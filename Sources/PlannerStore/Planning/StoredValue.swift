import GRDB
import Planner

/// Reads single columns of a statement row the way ``ColumnValue`` does, without
/// building a value per column: the lean readers behind the store's bulk queries.
enum StoredValue {
    /// An INTEGER as `Int`; `nil` for NULL or any other storage (as ``ColumnValue/int``).
    static func int(_ row: Row, _ i: Int) -> Int? {
        if case .int64(let v) = (row[i] as DatabaseValue).storage { return Int(v) }
        return nil
    }

    /// A REAL or INTEGER as `Double`; `nil` otherwise (as ``ColumnValue/double``).
    static func double(_ row: Row, _ i: Int) -> Double? {
        switch (row[i] as DatabaseValue).storage {
        case .double(let d): d
        case .int64(let v): Double(v)
        default: nil
        }
    }

    /// A DATE column's day: "YYYY-MM-DD" parsed directly, anything else through
    /// ``ColumnValue`` (so odd values read as they always did).
    static func day(_ row: Row, _ i: Int) -> LocalDate? {
        let value = row[i] as DatabaseValue
        if case .string(let s) = value.storage, let d = isoDay(s) { return d }
        return ColumnValue(value, type: .date).localDate
    }

    /// "YYYY-MM-DD" with a valid day, else `nil`.
    static func isoDay(_ s: String) -> LocalDate? {
        var parts = (0, 0, 0)
        var count = 0
        for c in s.utf8 {
            count += 1
            if count == 5 || count == 8 {
                guard c == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard count <= 10, c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
            let d = Int(c - UInt8(ascii: "0"))
            switch count {
            case 1...4: parts.0 = parts.0 * 10 + d
            case 6, 7: parts.1 = parts.1 * 10 + d
            default: parts.2 = parts.2 * 10 + d
            }
        }
        guard count == 10 else { return nil }
        return LocalDate(year: parts.0, month: parts.1, day: parts.2)
    }
}
