import GRDB
import Planner

/// A row of `parcels` (MultiPolygon, EPSG:9210): one land parcel, its current clearance
/// status denormalised for map styling (the history is in `clearance_events`).
struct ParcelRecord: Codable, FetchableRecord, PersistableRecord, GeoPackageRecord, PositionalRecord {
    static let databaseTableName = "parcels"
    var fid: Int64?
    var geom: GeoPackageGeometry?
    var parcelId: String
    var parkId: String?
    var landUse: String
    var households: Int?
    /// VND.
    var compensationPlannedVnd: Double?
    /// VND.
    var compensationPaidVnd: Double?
    /// "YYYY-MM-DD".
    var plannedHandover: String?
    var clearance: String
    /// "YYYY-MM-DD".
    var clearanceDate: String?
    /// Planar area in EPSG:9210, m².
    var areaM2: Double?
    var attributes: String?
    /// "YYYY-MM-DD" (schema 2): the day the parcel left the record.
    var retiredOn: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case fid, geom, parcelId = "parcel_id", parkId = "park_id", landUse = "land_use", households
        case compensationPlannedVnd = "compensation_planned_vnd", compensationPaidVnd = "compensation_paid_vnd"
        case plannedHandover = "planned_handover", clearance, clearanceDate = "clearance_date", areaM2 = "area_m2", attributes
        case retiredOn = "retired_on"
    }

    enum Columns {
        static let fid = Column(CodingKeys.fid)
        static let parcelId = Column(CodingKeys.parcelId)
        static let clearance = Column(CodingKeys.clearance)
        static let clearanceDate = Column(CodingKeys.clearanceDate)
        static let retiredOn = Column(CodingKeys.retiredOn)
    }

    var geometryValue: GeoPackageGeometry? { geom }

    /// A row read by name (GRDB's customised decoding, a fraction of `Decodable`'s cost
    /// for a city's million parcels); columns left out of the selection read as NULL.
    init(row: Row) {
        fid = row[CodingKeys.fid.rawValue]
        geom = row[CodingKeys.geom.rawValue]
        parcelId = row[CodingKeys.parcelId.rawValue]
        parkId = row[CodingKeys.parkId.rawValue]
        landUse = row[CodingKeys.landUse.rawValue]
        households = row[CodingKeys.households.rawValue]
        compensationPlannedVnd = row[CodingKeys.compensationPlannedVnd.rawValue]
        compensationPaidVnd = row[CodingKeys.compensationPaidVnd.rawValue]
        plannedHandover = row[CodingKeys.plannedHandover.rawValue]
        clearance = row[CodingKeys.clearance.rawValue]
        clearanceDate = row[CodingKeys.clearanceDate.rawValue]
        areaM2 = row[CodingKeys.areaM2.rawValue]
        attributes = row[CodingKeys.attributes.rawValue]
        retiredOn = row[CodingKeys.retiredOn.rawValue]
    }

    /// Every column but the attributes JSON, in ``CodingKeys`` order.
    static let positionalColumns = CodingKeys.allCases.filter { $0 != .attributes }.map(\.rawValue)

    /// A row of ``positionalColumns`` read by position (attributes `nil`).
    init(positional row: Row) {
        fid = row[0]
        geom = row[1]
        parcelId = row[2]
        parkId = row[3]
        landUse = row[4]
        households = row[5]
        compensationPlannedVnd = row[6]
        compensationPaidVnd = row[7]
        plannedHandover = row[8]
        clearance = row[9]
        clearanceDate = row[10]
        areaM2 = row[11]
        retiredOn = row[12]
    }

    /// Every parcel in id order, without the attributes JSON: the lean reads of a city's
    /// million parcels (``positionalColumns``, so they may be read by position).
    static let withoutAttributes = ParcelRecord.select(positionalSelection).order(Columns.parcelId)

    /// ``withoutAttributes`` with the geometry read as NULL: a pass that needs few
    /// boundaries leaves the blobs (a sixth of the layer's bytes) unread.
    static let withoutAttributesOrGeometry = ParcelRecord.select(positionalColumns.map { name -> any SQLSelectable in
        name == CodingKeys.geom.rawValue ? SQL("NULL") : Column(name)
    }).order(Columns.parcelId)

    /// The row of `parcel`.
    init(_ parcel: Parcel) {
        geom = GeoPackageGeometry(StoredGeometry.multiPolygon(parcel.boundary), srsID: PlanningSchema.workingSRS)
        parcelId = parcel.id
        parkId = parcel.parkId
        landUse = parcel.landUse.rawValue
        households = parcel.households
        compensationPlannedVnd = parcel.compensationPlannedVND
        compensationPaidVnd = parcel.compensationPaidVND
        plannedHandover = parcel.plannedHandover?.description
        clearance = parcel.clearance.current.rawValue
        clearanceDate = parcel.clearance.currentSince?.description
        areaM2 = parcel.areaM2
        attributes = AttributesJSON.encode(parcel.attributes)
        retiredOn = parcel.retiredOn?.description
    }

    /// The bulk insert's columns: every coding key, in order.
    static var insertColumns: [String]? { CodingKeys.allCases.map(\.rawValue) }

    /// The values of ``insertColumns``, listed by hand: a tenth of the cost of GRDB's
    /// `Encodable` container, for the tables of a million rows.
    func insertValues(_ values: inout [DatabaseValue], columns: [String]) {
        values.append(fid.databaseValue)
        values.append(geom.databaseValue)
        values.append(parcelId.databaseValue)
        values.append(parkId.databaseValue)
        values.append(landUse.databaseValue)
        values.append(households.databaseValue)
        values.append(compensationPlannedVnd.databaseValue)
        values.append(compensationPaidVnd.databaseValue)
        values.append(plannedHandover.databaseValue)
        values.append(clearance.databaseValue)
        values.append(clearanceDate.databaseValue)
        values.append(areaM2.databaseValue)
        values.append(attributes.databaseValue)
        values.append(retiredOn.databaseValue)
    }

    /// The parcel, with its ledger (its history the ledger's as it now stands) and unit shares.
    /// - Throws: ``StoreError`` naming the row for a bad blob or bad JSON.
    func parcel(ledger: ClearanceLedger, units: [UnitShare]) throws -> Parcel {
        try StoreError.inRow(Self.databaseTableName, fid) {
            Parcel(id: parcelId, parkId: parkId, units: units, landUse: LandUseCode(rawValue: landUse),
                   households: households, compensationPlannedVND: compensationPlannedVnd,
                   compensationPaidVND: compensationPaidVnd, plannedHandover: StoredDay.parse(plannedHandover),
                   ledger: ledger, boundary: StoredGeometry.simplified(try geom?.geometry()),
                   attributes: try AttributesJSON.decode(attributes), retiredOn: StoredDay.parse(retiredOn))
        }
    }
}
