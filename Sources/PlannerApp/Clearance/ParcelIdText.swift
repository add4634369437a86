import Foundation
import Planner

/// A parcel id as a user types it, put the way import stores ids: trimmed, NFC.
enum ParcelIdText {
    /// The stored form of `text`.
    static func normalised(_ text: String) -> String {
        VietnameseName.nfc(text.trimmingCharacters(in: .whitespaces))
    }

    /// Splits a ledger entry id "PARCEL/SEQ" (the parcel id may itself hold "/").
    /// - Throws: ``LedgerEntryIdError`` when there is no "/SEQ" at the end.
    static func entry(_ text: String) throws -> (parcel: String, seq: Int) {
        let t = normalised(text)
        guard let slash = t.lastIndex(of: "/"), let seq = Int(t[t.index(after: slash)...]), seq >= 1,
              slash > t.startIndex else {
            throw LedgerEntryIdError(text: text)
        }
        return (String(t[..<slash]), seq)
    }
}

/// A ledger entry id that is not PARCEL/SEQ.
public struct LedgerEntryIdError: UseCaseRefusal, Equatable {
    /// The text given.
    public var text: String

    public var description: String {
        "\"\(text)\" is not a ledger entry id; entries are named PARCEL/SEQ, e.g. TT-000016/2 (`parkplan clearance history PARCEL` lists them)"
    }
}
