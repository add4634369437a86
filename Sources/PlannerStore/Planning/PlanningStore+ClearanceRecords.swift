import Geo
import GRDB
import Planner

/// Reading what the clearance progress query needs, and nothing more, for a city's
/// million parcels: no attributes JSON, no full histories, geometry only where a parcel
/// must be apportioned on the fly.
extension PlanningStore {
    /// Every parcel's ``ParcelClearanceRecord`` on `asOf`, in parcel id order (as
    /// ``parcels()`` lists them, so sums come out the same), with its stored shares of
    /// `level` (none for `nil`). A parcel holding no share of `level` carries its boundary
    /// (EPSG:9210), so the query apportions it. Only parcels of `parkIds`, when given.
    ///
    /// One pass over three ordered cursors merged by parcel id: the parcels, their
    /// clearance events in (parcel_id, seq) order (the status in force picked by
    /// ``ClearanceHistory/eventInForce(on:among:)``), and the shares of `level`.
    /// O(n + e + s) reads, memory O(n) records.
    /// - Throws: ``StoreError`` for an unknown status or an unreadable geometry.
    public func clearanceRecords(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>? = nil) throws -> [ParcelClearanceRecord] {
        try reading(ParcelRecord.self) { db in
            try Self.clearanceRecords(db, asOf: asOf, asRecorded: asRecorded, level: level, parkIds: parkIds)
        }
    }

    /// The boundaries (EPSG:9210) of the parcels with these ids (ids not stored are left
    /// out). O(k log n) for k ids; for many ids (a city's every parcel, asked by the
    /// clearance totals) one pass over the table instead, O(n).
    public func parcelBoundaries<S: Sequence>(ids: S) throws -> [String: Geometry] where S.Element == String {
        try reading(ParcelRecord.self) { db in
            var out: [String: Geometry] = [:]
            let ids = Array(ids)
            if ids.count > 1_000 {
                let wanted = Set(ids)
                let rows = try ParcelRecord.select(ParcelRecord.Columns.parcelId, Column(ParcelRecord.CodingKeys.geom))
                    .asRequest(of: Row.self).fetchCursor(db)
                while let row = try rows.next() {
                    let id: String = row[0]
                    guard wanted.contains(id), out[id] == nil, let geom: GeoPackageGeometry = row[1] else { continue }
                    out[id] = StoredGeometry.simplified(try geom.geometry())
                }
                return out
            }
            for id in ids {
                guard let geom = try GeoPackageGeometry.fetchOne(db, ParcelRecord.select(Column(ParcelRecord.CodingKeys.geom))
                    .filter(ParcelRecord.Columns.parcelId == id)) else { continue }
                out[id] = StoredGeometry.simplified(try geom.geometry())
            }
            return out
        }
    }

    private static func clearanceRecords(_ db: Database, asOf: LocalDate, asRecorded: RecordedTime?, level: UnitLevel?,
                                         parkIds: Set<String>?) throws -> [ParcelClearanceRecord] {
        typealias Share = UnitShareRecord<ParcelShares>
        let statuses = try StatusesInForce(db, asOf: asOf, asRecorded: asRecorded)
        let shares = try level.map { level in
            try KeyedRecords(Share.filter(Share.Columns.unitLevel == level.rawValue)
                .order(Share.Columns.ownerId, Share.Columns.fid).fetchCursor(db)) { $0.ownerId }
        }
        let lineage = try StoredLineage(db, asRecorded: asRecorded)
        let parcels = try ParcelRecord.withoutAttributes.fetchCursor(db)
        var names = NamePool()
        var out: [ParcelClearanceRecord] = []
        while let p = try parcels.next() {
            let (status, recordedBy) = try statuses.inForce(of: p.parcelId)
            var units: [UnitShare] = []
            try shares?.forEach(matching: p.parcelId) { units.append($0.unitShare(&names)) }
            if let parkIds, !(p.parkId.map(parkIds.contains) ?? false) { continue }
            guard lineage.isActive(p.parcelId, retired: StoredDay.parse(p.retiredOn), on: asOf) else { continue }
            let needsBoundary = level != nil && units.isEmpty
            let boundary = needsBoundary || p.areaM2 == nil
                ? try StoreError.inRow(ParcelRecord.databaseTableName, p.fid) { StoredGeometry.simplified(try p.geom?.geometry()) }
                : nil
            out.append(ParcelClearanceRecord(
                id: p.parcelId, parkId: p.parkId.map { names.intern($0) }, areaM2: p.areaM2 ?? boundary?.area ?? 0,
                households: p.households, compensationPlannedVND: p.compensationPlannedVnd,
                compensationPaidVND: p.compensationPaidVnd, plannedHandover: StoredDay.parse(p.plannedHandover),
                status: status, units: units, boundary: needsBoundary ? boundary : nil, recordedBy: recordedBy))
        }
        // SQLite orders ids byte by byte; parcels() sorts by Swift's String order. They
        // agree on ASCII ids; sort again only when they do not.
        if zip(out, out.dropFirst()).contains(where: { !($0.id < $1.id) }) { out.sort { $0.id < $1.id } }
        return out
    }
}
