import Geo
import NIOCore
import Planner
import PostgresNIO

extension PostGISStore {
    /// Which unit shares a parcel read carries.
    enum ShareSelection {
        case all
        case level(UnitLevel)
        case none
    }

    /// Every parcel as the record stood at ``asRecorded``: its ledger (entries recorded by
    /// then), lineage and the selected unit shares, sorted by id (Swift's string order, as
    /// the GeoPackage store sorts). Boundaries in EPSG:9210.
    /// With a `window` (EPSG:9210 metres), only the parcels whose bounding box meets it, found
    /// through the GiST index (`geom && ST_MakeEnvelope(…, 9210)`), and no lineage.
    func loadParcels(_ db: PostGISSession, attributes: Bool, shareLevel: ShareSelection, window: Envelope? = nil) throws -> [Parcel] {
        var binds = PostgresBindings()
        var inWindow = ""
        if let window {
            for bound in [window.minX, window.minY, window.maxX, window.maxY] { binds.append(bound) }
            inWindow = "geom && ST_MakeEnvelope($1, $2, $3, $4, 9210)"
        }
        let shares: [String: [UnitShare]]
        switch shareLevel {
        case .all: shares = try Self.unitShares("parcel_units", level: nil, db)
        case .level(let level): shares = try Self.unitShares("parcel_units", level: level, db)
        case .none: shares = [:]
        }
        let ledgerWhere = inWindow.isEmpty ? "" : "WHERE parcel_id IN (SELECT parcel_id FROM parcels WHERE \(inWindow))"
        let entries = try ledgers(db, ledgerWhere, binds)
        let lineage = window == nil ? try StoredLineageRows(db, asRecorded: asRecorded) : nil
        return try db.rows("SELECT \(Self.parcelColumns(attributes: attributes)) FROM parcels \(inWindow.isEmpty ? "" : "WHERE \(inWindow)")",
                           binds, as: ParcelRow.self)
            .compactMap { try parcel($0, shares: shares, entries: entries, lineage: lineage) }
            .sorted { $0.id < $1.id }
    }

    /// A parcel row as ``parcelColumns(attributes:)`` selects it.
    typealias ParcelRow = (String, String?, String, Int?, Double?, Double?, String?, String?, String?, ByteBuffer?)

    /// The columns of a ``ParcelRow`` (attributes as `NULL` unless asked for).
    static func parcelColumns(attributes: Bool) -> String {
        """
        parcel_id, park_id, land_use, households, compensation_planned_vnd, compensation_paid_vnd,
        to_char(planned_handover, 'YYYY-MM-DD'), \(attributes ? "attributes::text" : "NULL::text"),
        to_char(retired_on, 'YYYY-MM-DD'), ST_AsBinary(geom)
        """
    }

    /// The ledger entries recorded by ``asRecorded`` of the parcels `filter` keeps (`WHERE …`
    /// over `clearance_events`, empty for all), by parcel id in seq order.
    func ledgers(_ db: PostGISSession, _ filter: String, _ binds: PostgresBindings) throws -> [String: [LedgerEntry]] {
        var entries: [String: [LedgerEntry]] = [:]
        for row in try db.rows("SELECT \(StoredLedgerRows.columnsSQL) FROM clearance_events \(filter) ORDER BY parcel_id, seq",
                               binds, as: StoredLedgerRows.Row.self) {
            let entry = try StoredLedgerRows.entry(row)
            if entry.isRecorded(by: asRecorded) { entries[row.0, default: []].append(entry) }
        }
        return entries
    }

    /// The parcel of `row` with its shares, ledger and (when given) lineage as the record
    /// stood; `nil` for a child recorded after ``asRecorded``.
    func parcel(_ row: ParcelRow, shares: [String: [UnitShare]], entries: [String: [LedgerEntry]],
                lineage: StoredLineageRows?) throws -> Parcel? {
        let (id, park, landUse, households, planned, paid, handover, attrs, retired, geom) = row
        let parcel = Parcel(
            id: id, parkId: park, units: shares[id] ?? [], landUse: LandUseCode(rawValue: landUse), households: households,
            compensationPlannedVND: planned, compensationPaidVND: paid, plannedHandover: try StoredValues.day(handover),
            ledger: ClearanceLedger(parcelId: id, entries: entries[id] ?? []), boundary: try StoredValues.polygonal(geom),
            attributes: try StoredValues.attributes(attrs, "parcels", id), retiredOn: try StoredValues.day(retired))
        guard let lineage else { return parcel }
        return lineage.apply(to: parcel)
    }
}
