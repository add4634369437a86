import Geo
import NIOCore
import Planner
import PostgresNIO

extension PostGISStore: ClearanceReading {
    /// Each parcel active on `asOf` (of the parks `parkIds`, or all) with its status on that
    /// day, its shares of `level` (none for `nil`) and, when it has none of that level, its
    /// boundary for apportioning; sorted by id. Areas in m² (EPSG:9210).
    public func clearanceRecords(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws -> [ParcelClearanceRecord] {
        try recordsAndParcels(asOf: asOf, level: level, parkIds: parkIds).map(\.record)
    }

    /// ``clearanceRecords(asOf:level:parkIds:)`` and the boundaries of the records that carry
    /// none, from the same read (the rows carry their geometry already; asking for them
    /// again by id sent every id back to the server).
    public func clearanceRecordsAndBoundaries(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws
        -> (records: [ParcelClearanceRecord], boundaries: [String: Geometry]) {
        let read = try recordsAndParcels(asOf: asOf, level: level, parkIds: parkIds)
        var boundaries: [String: Geometry] = [:]
        for (record, parcel) in read where record.boundary == nil { boundaries[record.id] = parcel.boundary }
        return (read.map(\.record), boundaries)
    }

    /// The records of the parcels read, each beside its parcel.
    private func recordsAndParcels(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws
        -> [(record: ParcelClearanceRecord, parcel: Parcel)] {
        try connection.session("reading parcels for clearance") { db in
            try loadParcels(db, attributes: false, shareLevel: level.map { .level($0) } ?? .none)
        }.compactMap { p in
            if let parkIds, !(p.parkId.map(parkIds.contains) ?? false) { return nil }
            guard p.isActive(on: asOf) else { return nil }
            let needsBoundary = level != nil && p.units.isEmpty
            let inForce = p.clearance.eventInForce(on: asOf)
            return (ParcelClearanceRecord(
                id: p.id, parkId: p.parkId, areaM2: p.areaM2, households: p.households,
                compensationPlannedVND: p.compensationPlannedVND, compensationPaidVND: p.compensationPaidVND,
                plannedHandover: p.plannedHandover, status: p.clearance.status(asOf: asOf), units: p.units,
                boundary: needsBoundary ? p.boundary : nil, recordedBy: inForce?.by, statusSince: inForce?.date), p)
        }
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
