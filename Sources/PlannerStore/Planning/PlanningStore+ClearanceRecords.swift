import Geo
import GRDB
import Planner

/// Reading what the clearance progress query needs, and nothing more, for a city's
/// million parcels: no attributes JSON, no full histories, geometry only where a parcel
/// must be apportioned on the fly.
extension PlanningStore {
    /// Every parcel's ``ParcelClearanceRecord`` on `asOf`, in parcel id order (as
    /// ``parcels()`` lists them, so sums come out the same), with its stored shares of
    /// `level` (none for `nil`). A parcel holding no share of `level` carries its boundary,
    /// so the query apportions it. Only parcels of `parkIds`, when given.
    ///
    /// One pass over three ordered statements merged by parcel id: the parcels, the last
    /// clearance event on or before `asOf` of each parcel (SQL picks it), and the shares
    /// of `level`. O(n + e + s) reads, memory O(n) records.
    /// - Throws: ``StoreError`` for an unknown status or an unreadable geometry.
    public func clearanceRecords(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>? = nil) throws -> [ParcelClearanceRecord] {
        try geoPackage.read { reader in
            try StoreError.converting(path: path, table: PlanningLayer.parcels.table) {
                try Self.clearanceRecords(reader.db, asOf: asOf, level: level, parkIds: parkIds)
            }
        }
    }

    /// The boundaries of the parcels with these ids (ids not stored are left out).
    /// O(k log n) for k ids.
    public func parcelBoundaries<S: Sequence>(ids: S) throws -> [String: Geometry] where S.Element == String {
        try geoPackage.read { reader in
            try StoreError.converting(path: path, table: PlanningLayer.parcels.table) {
                let statement = try reader.db.makeStatement(sql: "SELECT geom FROM parcels WHERE parcel_id = ?")
                var out: [String: Geometry] = [:]
                for id in ids {
                    guard let row = try Row.fetchOne(statement, arguments: [id]) else { continue }
                    out[id] = try Self.boundary(row, 0)
                }
                return out
            }
        }
    }

    private static func clearanceRecords(_ db: Database, asOf: LocalDate, level: UnitLevel?,
                                         parkIds: Set<String>?) throws -> [ParcelClearanceRecord] {
        // The last event on or before the day, per parcel (SQLite takes the bare columns
        // from the row holding max(seq)).
        let statuses = try KeyedRows(Row.fetchCursor(db, sql: """
            SELECT parcel_id, status, max(seq) FROM clearance_events
            WHERE substr(event_date, 1, 10) <= ? GROUP BY parcel_id ORDER BY parcel_id
            """, arguments: [asOf.description]))
        let shares = try level.map { level in
            try KeyedRows(Row.fetchCursor(db, sql: """
                SELECT owner_id, unit_id, unit_name, area_m2, share FROM parcel_units
                WHERE unit_level = ? AND unit_id IS NOT NULL ORDER BY owner_id, fid
                """, arguments: [level.rawValue]))
        }
        let parcels = try Row.fetchCursor(db, sql: """
            SELECT parcel_id, park_id, area_m2, households, compensation_planned_vnd, compensation_paid_vnd,
                   planned_handover, geom
            FROM parcels ORDER BY parcel_id
            """)
        var names = NamePool()
        var out: [ParcelClearanceRecord] = []
        while let row = try parcels.next() {
            guard let id = row[0] as String? else { continue }
            var status = ClearanceStatus.notStarted
            try statuses.forEach(matching: id) { e in
                guard let text = e[1] as String?, let s = ClearanceStatus(rawValue: text) else {
                    throw StoreError(.schema, table: "clearance_events", message: "parcel \(id) has an event with no valid status")
                }
                status = s
            }
            var units: [UnitShare] = []
            try shares?.forEach(matching: id) { s in
                guard let level, let unitId = s[1] as String? else { return }
                units.append(UnitShare(unitId: names.intern(unitId), unitName: names.intern(s[2] as String? ?? unitId),
                                       level: level, areaM2: StoredValue.double(s, 3) ?? 0,
                                       share: StoredValue.double(s, 4) ?? 0))
            }
            let parkId = row[1] as String?
            if let parkIds, !(parkId.map(parkIds.contains) ?? false) { continue }
            let storedArea = StoredValue.double(row, 2)
            let needsBoundary = level != nil && units.isEmpty
            let boundary = needsBoundary || storedArea == nil ? try Self.boundary(row, 7) : nil
            out.append(ParcelClearanceRecord(
                id: id, parkId: parkId.map { names.intern($0) }, areaM2: storedArea ?? boundary?.area ?? 0,
                households: StoredValue.int(row, 3), compensationPlannedVND: StoredValue.double(row, 4),
                compensationPaidVND: StoredValue.double(row, 5), plannedHandover: StoredValue.day(row, 6),
                status: status, units: units, boundary: needsBoundary ? boundary : nil))
        }
        // SQLite orders ids byte by byte; parcels() sorts by Swift's String order. They
        // agree on ASCII ids; sort again only when they do not.
        if zip(out, out.dropFirst()).contains(where: { !($0.id < $1.id) }) { out.sort { $0.id < $1.id } }
        return out
    }

    /// The parcel geometry in column `i` of `row`, as ``parcels()`` reads it.
    static func boundary(_ row: Row, _ i: Int) throws -> Geometry {
        let stored = try row.withUnsafeData(atIndex: i) { blob in try blob.map { try GeoPackageBinary.decode($0).geometry } }
        return StoredGeometry.simplified(stored)
    }
}
