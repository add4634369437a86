import Foundation
import GRDB

extension ColumnValue {
    /// The value as SQLite stores it in a column of type `type`.
    /// - Throws: ``StoreError`` (`.invalidInput`) when the value does not fit the column type.
    func databaseValue(for column: Column) throws -> DatabaseValue {
        switch (self, column.type) {
        case (.null, _): return .null
        case (.integer(let v), .integer), (.integer(let v), .real): return v.databaseValue
        case (.integer(let v), .boolean) where v == 0 || v == 1: return v.databaseValue
        case (.real(let v), .real): return v.databaseValue
        case (.text(let v), .text): return v.databaseValue
        case (.boolean(let v), .boolean): return (v ? 1 : 0).databaseValue
        case (.date(let d), .date): return ISODateText.dayText(d).databaseValue
        case (.dateTime(let d), .dateTime): return ISODateText.instantText(d).databaseValue
        default:
            throw StoreError(.invalidInput,
                message: "value \(self) does not fit column '\(column.name)' of type \(column.type.rawValue)")
        }
    }

    /// Reads a stored value as the column's type says; text that is not a valid date
    /// in a DATE/DATETIME column comes back as `.text`.
    init(_ value: DatabaseValue, type: ColumnType) {
        switch value.storage {
        case .null: self = .null
        case .int64(let i):
            switch type {
            case .boolean: self = .boolean(i != 0)
            case .real: self = .real(Double(i))
            default: self = .integer(i)
            }
        case .double(let d): self = .real(d)
        case .string(let s):
            switch type {
            case .date: self = ISODateText.parseDay(s).map(ColumnValue.date) ?? .text(s)
            case .dateTime: self = ISODateText.parseInstant(s).map(ColumnValue.dateTime) ?? .text(s)
            default: self = .text(s)
            }
        case .blob(let b): self = .text(String(decoding: b, as: UTF8.self))
        }
    }
}
