import Geo
import Planner

/// The parcels in a window of the map, found through the GiST index of `parcels.geom`
/// (`geom && ST_MakeEnvelope(minx, miny, maxx, maxy, 9210)`, never a scan of the layer),
/// each with its ledger and status on the day asked, as the GeoPackage store answers
/// through its R-tree.
extension PostGISStore: WindowReading {
    public func parcels(within window: Envelope, asOf: LocalDate) throws -> [ParcelExportRecord] {
        try connection.session("reading parcels in a window") { db in
            try loadParcels(db, attributes: false, shareLevel: .none, window: window)
        }.compactMap { (p: Parcel) -> ParcelExportRecord? in
            if let retired = p.retiredOn, retired <= asOf { return nil }
            var record = ParcelExportRecord(p, asOf: asOf)
            record.lineage = nil
            return record
        }
    }
}
