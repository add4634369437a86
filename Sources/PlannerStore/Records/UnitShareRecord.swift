import GRDB
import Planner

/// Which table holds the unit shares of an owner kind.
protocol UnitShareOwner: Sendable {
    /// `parcel_units` or `park_units`.
    static var shareTable: String { get }
}

/// Parcels' shares, in `parcel_units`.
enum ParcelShares: UnitShareOwner { static let shareTable = "parcel_units" }
/// Parks' shares, in `park_units`.
enum ParkShares: UnitShareOwner { static let shareTable = "park_units" }

/// A row of `parcel_units` or `park_units`: the share of one owner (parcel or park) in one
/// administrative unit.
struct UnitShareRecord<Owner: UnitShareOwner>: Codable, FetchableRecord, PersistableRecord, GeoPackageRecord, PositionalRecord {
    static var databaseTableName: String { Owner.shareTable }
    var fid: Int64?
    var ownerId: String
    var unitLevel: String
    var unitId: String
    var unitName: String?
    /// Planar area of the intersection in EPSG:9210, m².
    var areaM2: Double?
    /// Fraction of the owner's area, 0…1.
    var share: Double?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case fid, ownerId = "owner_id", unitLevel = "unit_level", unitId = "unit_id", unitName = "unit_name"
        case areaM2 = "area_m2", share
    }

    enum Columns {
        static var fid: Column { Column(CodingKeys.fid) }
        static var ownerId: Column { Column(CodingKeys.ownerId) }
        static var unitLevel: Column { Column(CodingKeys.unitLevel) }
    }

    /// The row of `share` held by `ownerId`.
    init(_ share: UnitShare, ownerId: String) {
        self.ownerId = ownerId
        unitLevel = share.level.rawValue
        unitId = share.unitId
        unitName = share.unitName
        areaM2 = share.areaM2
        self.share = share.share
    }

    /// A row read by name (GRDB's customised decoding, a fraction of `Decodable`'s cost).
    init(row: Row) {
        fid = row[CodingKeys.fid.rawValue]
        ownerId = row[CodingKeys.ownerId.rawValue]
        unitLevel = row[CodingKeys.unitLevel.rawValue]
        unitId = row[CodingKeys.unitId.rawValue]
        unitName = row[CodingKeys.unitName.rawValue]
        areaM2 = row[CodingKeys.areaM2.rawValue]
        share = row[CodingKeys.share.rawValue]
    }

    /// Every column, in ``CodingKeys`` order.
    static var positionalColumns: [String] { CodingKeys.allCases.map(\.rawValue) }

    /// A row of ``positionalColumns`` read by position.
    init(positional row: Row) {
        fid = row[0]
        ownerId = row[1]
        unitLevel = row[2]
        unitId = row[3]
        unitName = row[4]
        areaM2 = row[5]
        share = row[6]
    }

    /// The bulk insert's columns: every coding key, in order.
    static var insertColumns: [String]? { CodingKeys.allCases.map(\.rawValue) }

    /// The values of ``insertColumns``, listed by hand: a tenth of the cost of GRDB's
    /// `Encodable` container, for the tables of a million rows.
    func insertValues(_ values: inout [DatabaseValue], columns: [String]) {
        values.append(fid.databaseValue)
        values.append(ownerId.databaseValue)
        values.append(unitLevel.databaseValue)
        values.append(unitId.databaseValue)
        values.append(unitName.databaseValue)
        values.append(areaM2.databaseValue)
        values.append(share.databaseValue)
    }

    /// The share (unit names pooled through `names` when given). `level`: the row's level
    /// when the caller selected the rows by it (`unit_level = level.rawValue`, the same
    /// text), so a million rows are not parsed again (``UnitLevel/init(rawValue:)`` trims
    /// and lowercases, and `level.rawValue` is already both).
    func unitShare(_ names: inout NamePool, level: UnitLevel? = nil) -> UnitShare {
        UnitShare(unitId: names.intern(unitId), unitName: names.intern(unitName ?? unitId), level: level ?? UnitLevel(rawValue: unitLevel),
                  areaM2: areaM2 ?? 0, share: share ?? 0)
    }
}
