import Geo
import NIOCore
import Planner
import PostgresNIO

extension PostGISStore: ClearanceReading {
    /// Each parcel active on `asOf` (of the parks `parkIds`, or all) with its status on that
    /// day, its shares of `level` (none for `nil`) and, when it has none of that level, its
    /// boundary for apportioning; sorted by id. Areas in m² (EPSG:9210).
    public func clearanceRecords(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws -> [ParcelClearanceRecord] {
        try recordsAndBoundaries(asOf: asOf, level: level, parkIds: parkIds).map(\.record)
    }

    /// ``clearanceRecords(asOf:level:parkIds:)`` and the boundaries of the records that carry
    /// none, from the same read (the rows carry their geometry already; asking for them
    /// again by id sent every id back to the server).
    public func clearanceRecordsAndBoundaries(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws
        -> (records: [ParcelClearanceRecord], boundaries: [String: Geometry]) {
        let read = try recordsAndBoundaries(asOf: asOf, level: level, parkIds: parkIds)
        var boundaries: [String: Geometry] = [:]
        for (record, boundary) in read where record.boundary == nil { boundaries[record.id] = boundary }
        return (read.map(\.record), boundaries)
    }

    /// The records read lean, each beside its parcel's boundary: the parcels' own columns
    /// without attributes or land use, the status in force picked by the server
    /// (``StoredStatusesInForce``, one row per parcel instead of its whole ledger), the
    /// shares of `level`, the lineage; never whole ``Parcel`` values.
    private func recordsAndBoundaries(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws
        -> [(record: ParcelClearanceRecord, boundary: Geometry)] {
        var read = try connection.session("reading parcels for clearance") { db in
            let shares = try level.map { try Self.unitShares("parcel_units", level: $0, db) } ?? [:]
            let statuses = try StoredStatusesInForce(db, asOf: asOf, asRecorded: asRecorded)
            let lineage = try StoredLineageRows(db, asRecorded: asRecorded)
            var binds = PostgresBindings()
            if let parkIds { binds.append(parkIds.sorted()) }
            var out: [(record: ParcelClearanceRecord, boundary: Geometry)] = []
            for (id, park, households, planned, paid, handover, retired, geom) in try db.rows("""
                SELECT parcel_id, park_id, households, compensation_planned_vnd, compensation_paid_vnd,
                       to_char(planned_handover, 'YYYY-MM-DD'), to_char(retired_on, 'YYYY-MM-DD'), ST_AsBinary(geom)
                FROM parcels \(parkIds == nil ? "" : "WHERE park_id = ANY($1)")
                """, binds, as: (String, String?, Int?, Double?, Double?, String?, String?, ByteBuffer?).self) {
                guard lineage.isActive(id, retiredOn: try StoredValues.day(retired), on: asOf) else { continue }
                let boundary = try StoredValues.polygonal(geom)
                let units = shares[id] ?? []
                let inForce = statuses.byParcel[id]
                out.append((ParcelClearanceRecord(
                    id: id, parkId: park, areaM2: boundary.area, households: households,
                    compensationPlannedVND: planned, compensationPaidVND: paid, plannedHandover: try StoredValues.day(handover),
                    status: inForce?.status ?? .notStarted, units: units, boundary: level != nil && units.isEmpty ? boundary : nil,
                    recordedBy: inForce?.recordedBy, statusSince: inForce?.since), boundary))
            }
            return out
        }
        read.sort { $0.record.id < $1.record.id }
        return read
    }

    /// The boundaries of the parcels `ids` that exist (EPSG:9210), read through the id index.
    public func parcelBoundaries(ids: [String]) throws -> [String: Geometry] {
        guard !ids.isEmpty else { return [:] }
        return try connection.session("reading parcel boundaries") { db in
            var binds = PostgresBindings()
            binds.append(ids)
            var out: [String: Geometry] = [:]
            for (id, geom) in try db.rows("SELECT parcel_id, ST_AsBinary(geom) FROM parcels WHERE parcel_id = ANY($1)",
                                          binds, as: (String, ByteBuffer?).self) {
                out[id] = try StoredValues.polygonal(geom)
            }
            return out
        }
    }
}
