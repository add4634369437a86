import Geo
import NIOCore
import Planner
import PostgresNIO

extension PostGISStore: ClearanceReading {
    /// Each parcel active on `asOf` (of the parks `parkIds`, or all) with its status on that
    /// day, its shares of `level` (none for `nil`) and, when it has none of that level, its
    /// boundary for apportioning; sorted by id. Areas in m² (EPSG:9210), the stored
    /// `area_m2` while it belongs to the stored geometry (``storedOverlapsAreCurrent(_:)``),
    /// so only the boundaries to apportion are read; otherwise measured on each boundary.
    public func clearanceRecords(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws -> [ParcelClearanceRecord] {
        try reading("reading parcels for clearance") { db in
            try recordsAndBoundaries(db, asOf: asOf, level: level, parkIds: parkIds, everyBoundary: false).map(\.record)
        }
    }

    /// ``clearanceRecords(asOf:level:parkIds:)`` and the boundaries of the records that carry
    /// none, from the same read (the rows carry their geometry already; asking for them
    /// again by id sent every id back to the server).
    public func clearanceRecordsAndBoundaries(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws
        -> (records: [ParcelClearanceRecord], boundaries: [String: Geometry]) {
        let read = try reading("reading parcels for clearance") { db in
            try recordsAndBoundaries(db, asOf: asOf, level: level, parkIds: parkIds, everyBoundary: true)
        }
        var boundaries: [String: Geometry] = [:]
        for (record, boundary) in read where record.boundary == nil { boundaries[record.id] = boundary }
        return (read.map(\.record), boundaries)
    }

    /// ``clearanceRecords(asOf:level:parkIds:)``, the stored pairs of parcels that overlap
    /// (`parcel_overlaps`, schema v3) and the boundaries of the records in them that carry
    /// none, from one snapshot: the double count overlays those few parcels only, instead
    /// of decoding and screening every boundary. While the stored pairs are out of date
    /// (a parcel written by another program since), the pairs are found from every
    /// boundary (``ClearanceReading/clearanceRecordsFindingOverlaps(asOf:level:parkIds:)``).
    public func clearanceRecordsAndOverlaps(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws
        -> (records: [ParcelClearanceRecord], overlaps: [ParcelOverlapPair], boundaries: [String: Geometry]) {
        let stored = try reading("reading parcels and their overlaps for clearance") { db
            -> (records: [ParcelClearanceRecord], overlaps: [ParcelOverlapPair], boundaries: [String: Geometry])? in
            guard try Self.storedOverlapsAreCurrent(db) else { return nil }
            let records = try recordsAndBoundaries(db, asOf: asOf, level: level, parkIds: parkIds, everyBoundary: false,
                                                   storedAreasAreCurrent: true).map(\.record)
            let pairs = try Self.storedOverlapPairs(db)
            let paired = Set(pairs.flatMap { [$0.a, $0.b] })
            return (records, pairs, try Self.boundaries(ids: records.filter { $0.boundary == nil && paired.contains($0.id) }.map(\.id), db))
        }
        return try stored ?? clearanceRecordsFindingOverlaps(asOf: asOf, level: level, parkIds: parkIds)
    }

    /// ``clearanceRecordsAndBoundaries(asOf:level:parkIds:)`` and the stored pairs of parcels
    /// that overlap, from one snapshot (found from the boundaries while the stored pairs are
    /// out of date, as ``clearanceRecordsAndOverlaps(asOf:level:parkIds:)`` does).
    public func clearanceRecordsOverlapsAndBoundaries(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws
        -> (records: [ParcelClearanceRecord], overlaps: [ParcelOverlapPair], boundaries: [String: Geometry]) {
        let stored = try reading("reading parcels and their overlaps for the report") { db
            -> (records: [ParcelClearanceRecord], overlaps: [ParcelOverlapPair], boundaries: [String: Geometry])? in
            guard try Self.storedOverlapsAreCurrent(db) else { return nil }
            let read = try recordsAndBoundaries(db, asOf: asOf, level: level, parkIds: parkIds, everyBoundary: true,
                                                storedAreasAreCurrent: true)
            var boundaries: [String: Geometry] = [:]
            for (record, boundary) in read where record.boundary == nil { boundaries[record.id] = boundary }
            return (read.map(\.record), try Self.storedOverlapPairs(db), boundaries)
        }
        return try stored ?? clearanceRecordsFindingOverlaps(asOf: asOf, level: level, parkIds: parkIds)
    }

    /// `body` in one read-only `REPEATABLE READ` transaction: every statement of a read
    /// sees one snapshot (the ledger, the shares, the parcels and their pairs agree).
    private func reading<T>(_ doing: String, _ body: (PostGISSession) throws -> T) throws -> T {
        try connection.transaction(doing) { db in
            try db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            return try body(db)
        }
    }

    /// The records read lean, each beside its parcel's boundary when read: the parcels' own
    /// columns without attributes or land use, the status in force picked by the server
    /// (``StoredStatusesInForce``, one row per parcel instead of its whole ledger), the
    /// shares of `level`, the lineage; never whole ``Parcel`` values. Every boundary when
    /// `everyBoundary` or the stored areas are out of date; otherwise only those a record
    /// must carry (no share of `level`, or no stored area), the others' WKB never sent.
    /// The shares and the statuses are read on connections of their own in the same
    /// snapshot (``SnapshotSideRead``), beside the parcels: at 100 000 parcels each read
    /// takes about 0.3 s of decoding, so `clearance --by district` went 1.15 -> 0.80 s.
    /// `storedAreasAreCurrent`: what the caller already read of ``storedOverlapsAreCurrent(_:)``
    /// in this snapshot (`nil`: read it here).
    private func recordsAndBoundaries(_ db: PostGISSession, asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?,
                                      everyBoundary: Bool, storedAreasAreCurrent: Bool? = nil) throws
        -> [(record: ParcelClearanceRecord, boundary: Geometry?)] {
        // The shares and the statuses with the lineage each on a connection of its own, while this one reads the parcels.
        let snapshot = try db.rows("SELECT pg_export_snapshot()", as: String.self).first ?? ""
        let asRecorded = asRecorded
        let sideShares = level.map { level in
            SnapshotSideRead(location, snapshot: snapshot, doing: "reading unit shares for clearance") { db in
                try Self.unitShares("parcel_units", level: level, db)
            }
        }
        let sideStatuses = SnapshotSideRead(location, snapshot: snapshot, doing: "reading statuses for clearance") { db in
            (try StoredStatusesInForce(db, asOf: asOf, asRecorded: asRecorded), try StoredLineageRows(db, asRecorded: asRecorded))
        }
        let storedAreas = try storedAreasAreCurrent ?? Self.storedOverlapsAreCurrent(db)
        var binds = PostgresBindings()
        var geometry = "ST_AsBinary(geom)"
        let leanGeometry = storedAreas && !everyBoundary
        if leanGeometry {
            // The boundary of a record that has no stored area or no share of `level`.
            var needed = ["area_m2 IS NULL"]
            if let level {
                binds.append(level.rawValue)
                needed.append("NOT EXISTS (SELECT 1 FROM parcel_units u WHERE u.unit_level = $1 AND u.owner_id = parcels.parcel_id)")
            }
            geometry = "CASE WHEN \(needed.joined(separator: " OR ")) THEN ST_AsBinary(geom) END"
        }
        var filter = ""
        if let parkIds {
            binds.append(parkIds.sorted())
            filter = "WHERE park_id = ANY($\(binds.count))"
        }
        let rows = try db.rows("""
            SELECT parcel_id, park_id, households, compensation_planned_vnd, compensation_paid_vnd,
                   to_char(planned_handover, 'YYYY-MM-DD'), to_char(retired_on, 'YYYY-MM-DD'), area_m2, \(geometry)
            FROM parcels \(filter)
            """, binds, as: (String, String?, Int?, Double?, Double?, String?, String?, Double?, ByteBuffer?).self)
        let shares = try sideShares?.wait() ?? [:]
        let (statuses, lineage) = try sideStatuses.wait()
        var out: [(record: ParcelClearanceRecord, boundary: Geometry?)] = []
        out.reserveCapacity(rows.count)
        for (id, park, households, planned, paid, handover, retired, area, geom) in rows {
            guard lineage.isActive(id, retiredOn: try StoredValues.day(retired), on: asOf) else { continue }
            let units = shares[id] ?? []
            // The CASE's own condition: a boundary it sent (or a NULL geometry) is read as every read reads it.
            let boundary = !leanGeometry || area == nil || (level != nil && units.isEmpty) ? try StoredValues.polygonal(geom) : nil
            let inForce = statuses.byParcel[id]
            out.append((ParcelClearanceRecord(
                id: id, parkId: park, areaM2: (storedAreas ? area : nil) ?? boundary?.area ?? 0, households: households,
                compensationPlannedVND: planned, compensationPaidVND: paid, plannedHandover: try StoredValues.day(handover),
                status: inForce?.status ?? .notStarted, units: units, boundary: level != nil && units.isEmpty ? boundary : nil,
                recordedBy: inForce?.recordedBy, statusSince: inForce?.since), boundary))
        }
        out.sort { $0.record.id < $1.record.id }
        return out
    }

    /// The boundaries of the parcels `ids` that exist (EPSG:9210), read through the id index.
    public func parcelBoundaries(ids: [String]) throws -> [String: Geometry] {
        guard !ids.isEmpty else { return [:] }
        return try connection.session("reading parcel boundaries") { db in try Self.boundaries(ids: ids, db) }
    }

    /// ``parcelBoundaries(ids:)`` within a session; of the parks when `layer` says so.
    static func boundaries(ids: [String], of layer: PlanningLayer = .parcels, _ db: PostGISSession) throws -> [String: Geometry] {
        guard !ids.isEmpty else { return [:] }
        var binds = PostgresBindings()
        binds.append(ids)
        var out: [String: Geometry] = [:]
        let (table, idColumn) = Self.table(layer)
        for (id, geom) in try db.rows("SELECT \(idColumn), ST_AsBinary(geom) FROM \(table) WHERE \(idColumn) = ANY($1)",
                                      binds, as: (String, ByteBuffer?).self) {
            out[id] = try StoredValues.polygonal(geom)
        }
        return out
    }
}

extension PostGISStore {
    /// Every parcel's clearance history as recorded at ``asRecorded`` (now when `nil`), by
    /// parcel id, from its ledger rows in seq order by the one rule,
    /// ``ClearanceLedger/history(asRecorded:)``, in one read-only snapshot. Each event carries
    /// its status and day only (``ClearanceReading/clearanceHistories()``).
    /// - Throws: ``PostGISError`` naming the parcel and seq of an unreadable row.
    public func clearanceHistories() throws -> [String: ClearanceHistory] {
        let entries = try connection.transaction("reading the clearance ledger") { db in
            try db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            return try ledgers(db, "", PostgresBindings())
        }
        return entries.reduce(into: [:]) { out, parcel in
            let history = ClearanceLedger(parcelId: parcel.key, entries: parcel.value).history(asRecorded: asRecorded)
            if !history.events.isEmpty { out[parcel.key] = ClearanceHistory(recorded: history.events.map { ClearanceEvent(status: $0.status, date: $0.date) }) }
        }
    }
}
