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
        var entries: [String: [LedgerEntry]] = [:]
        let ledgerWhere = inWindow.isEmpty ? "" : "WHERE parcel_id IN (SELECT parcel_id FROM parcels WHERE \(inWindow))"
        for row in try db.rows("SELECT \(StoredLedgerRows.columnsSQL) FROM clearance_events \(ledgerWhere) ORDER BY parcel_id, seq",
                               binds, as: StoredLedgerRows.Row.self) {
            let entry = try StoredLedgerRows.entry(row)
            if entry.isRecorded(by: asRecorded) { entries[row.0, default: []].append(entry) }
        }
        let lineage = window == nil ? try StoredLineageRows(db, asRecorded: asRecorded) : nil
        return try db.rows("""
            SELECT parcel_id, park_id, land_use, households, compensation_planned_vnd, compensation_paid_vnd,
                   to_char(planned_handover, 'YYYY-MM-DD'), \(attributes ? "attributes::text" : "NULL::text"),
                   to_char(retired_on, 'YYYY-MM-DD'), ST_AsBinary(geom)
            FROM parcels \(inWindow.isEmpty ? "" : "WHERE \(inWindow)")
            """, binds, as: (String, String?, String, Int?, Double?, Double?, String?, String?, String?, ByteBuffer?).self)
            .compactMap { id, park, landUse, households, planned, paid, handover, attrs, retired, geom in
                let parcel = Parcel(
                    id: id, parkId: park, units: shares[id] ?? [], landUse: LandUseCode(rawValue: landUse), households: households,
                    compensationPlannedVND: planned, compensationPaidVND: paid, plannedHandover: try StoredValues.day(handover),
                    ledger: ClearanceLedger(parcelId: id, entries: entries[id] ?? []), boundary: try StoredValues.polygonal(geom),
                    attributes: try StoredValues.attributes(attrs, "parcels", id), retiredOn: try StoredValues.day(retired))
                guard let lineage else { return parcel }
                return lineage.apply(to: parcel)
            }.sorted { $0.id < $1.id }
    }
}
