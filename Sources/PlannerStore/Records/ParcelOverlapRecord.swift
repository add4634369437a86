import GRDB
import Planner

/// A row of `parcel_overlaps`: two parcels whose interiors overlap (``ParcelOverlapPair``),
/// derived from their geometry and kept up to date by every write of parcel geometry
/// (``PlanningStore/refreshOverlapPairs(_:touching:stripSize:)``).
struct ParcelOverlapRecord: Codable, FetchableRecord, PersistableRecord, GeoPackageRecord {
    static let databaseTableName = "parcel_overlaps"
    var fid: Int64?
    /// The parcel whose id sorts first.
    var parcelA: String
    /// The other parcel.
    var parcelB: String

    enum CodingKeys: String, CodingKey { case fid, parcelA = "parcel_a", parcelB = "parcel_b" }

    enum Columns {
        static let parcelA = Column(CodingKeys.parcelA)
        static let parcelB = Column(CodingKeys.parcelB)
    }

    static let insertColumns: [String]? = [CodingKeys.parcelA.rawValue, CodingKeys.parcelB.rawValue]

    func insertValues(_ values: inout [DatabaseValue], columns: [String]) throws {
        values.append(parcelA.databaseValue)
        values.append(parcelB.databaseValue)
    }

    /// A row read by name (GRDB's customised decoding, a fraction of `Decodable`'s cost).
    init(row: Row) {
        fid = row[CodingKeys.fid.rawValue]
        parcelA = row[CodingKeys.parcelA.rawValue]
        parcelB = row[CodingKeys.parcelB.rawValue]
    }

    /// The row of `pair`.
    init(_ pair: ParcelOverlapPair) {
        parcelA = pair.a
        parcelB = pair.b
    }

    /// The pair this row holds.
    var pair: ParcelOverlapPair { ParcelOverlapPair(parcelA, parcelB) }
}
