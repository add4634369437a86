import Geo
import GRDB
import Planner

/// Reading what the clearance progress query needs, and nothing more, for a city's
/// million parcels: no attributes JSON, no full histories, geometry only where a parcel
/// must be apportioned on the fly or the query looks for overlaps.
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
            try Self.clearanceRecords(db, asOf: asOf, asRecorded: asRecorded, level: level, parkIds: parkIds, keepingBoundaries: false).records
        }
    }

    /// ``clearanceRecords(asOf:level:parkIds:)`` with the boundaries of the records that carry
    /// none, decoded from the rows the same pass reads anyway: reading them again by id
    /// (``parcelBoundaries(ids:)``, every parcel's for the overlaps) was a fifth of
    /// `clearance --by district` at 100 000 parcels.
    public func clearanceRecordsAndBoundaries(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws
        -> (records: [ParcelClearanceRecord], boundaries: [String: Geometry]) {
        try reading(ParcelRecord.self) { db in
            try Self.clearanceRecords(db, asOf: asOf, asRecorded: asRecorded, level: level, parkIds: parkIds, keepingBoundaries: true)
        }
    }

    /// ``clearanceRecords(asOf:level:parkIds:)`` with the stored pairs of parcels that
    /// overlap (`parcel_overlaps`, schema v5) and the boundaries of the records in them
    /// that carry none, in one read: the double count overlays those few parcels only,
    /// instead of decoding and screening every boundary (about half of `clearance --by
    /// district` at 100 000 parcels). Pairs naming a parcel not read are left for the query
    /// to drop.
    public func clearanceRecordsAndOverlaps(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws
        -> (records: [ParcelClearanceRecord], overlaps: [ParcelOverlapPair], boundaries: [String: Geometry]) {
        try reading(ParcelRecord.self) { db in
            let records = try Self.clearanceRecords(db, asOf: asOf, asRecorded: asRecorded, level: level, parkIds: parkIds,
                                                    keepingBoundaries: false).records
            let pairs = try Self.overlapPairs(db)
            let paired = Set(pairs.flatMap { [$0.a, $0.b] })
            let missing = records.indices.filter { records[$0].boundary == nil && paired.contains(records[$0].id) }.map { records[$0].id }
            return (records, pairs, try Self.boundaries(ids: missing, db))
        }
    }

    /// ``clearanceRecordsAndBoundaries(asOf:level:parkIds:)`` and the stored pairs of parcels
    /// that overlap, in one read: the quarterly report's sums, maps and outlines from one pass
    /// over the parcels.
    public func clearanceRecordsOverlapsAndBoundaries(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws
        -> (records: [ParcelClearanceRecord], overlaps: [ParcelOverlapPair], boundaries: [String: Geometry]) {
        try reading(ParcelRecord.self) { db in
            let (records, boundaries) = try Self.clearanceRecords(db, asOf: asOf, asRecorded: asRecorded, level: level, parkIds: parkIds,
                                                                  keepingBoundaries: true)
            return (records, try Self.overlapPairs(db), boundaries)
        }
    }

    /// The boundaries (EPSG:9210) of the parcels with these ids (ids not stored are left
    /// out).
    public func parcelBoundaries<S: Sequence>(ids: S) throws -> [String: Geometry] where S.Element == String {
        try reading(ParcelRecord.self) { db in try Self.boundaries(ids: Array(Set(ids)), db) }
    }

    /// The boundaries of the parcels with these (distinct) ids, read in batches of
    /// ``boundaryBatch`` ids through the parcel id index: one query per id spent most of
    /// `clearance --by district` building 100 000 statements (5.5 s of 6.7 s at 100 000
    /// parcels, tools/bench/run); the batches take about 0.3 s.
    static func boundaries(ids: [String], _ db: Database) throws -> [String: Geometry] {
        var out: [String: Geometry] = [:]
        out.reserveCapacity(ids.count)
        for batch in batches(ids) {
            let rows = try Row.fetchCursor(db, ParcelRecord.select(ParcelRecord.Columns.parcelId, Column(ParcelRecord.CodingKeys.geom),
                                                                   ParcelRecord.Columns.fid)
                .filter(batch.contains(ParcelRecord.Columns.parcelId)))
            while let row = try rows.next() {
                guard let geom = row[1] as GeoPackageGeometry? else { continue }
                out[row[0]] = try StoreError.inRow(ParcelRecord.databaseTableName, row[2]) { StoredGeometry.simplified(try geom.geometry()) }
            }
        }
        return out
    }

    /// Ids asked for in one query by ``parcelBoundaries(ids:)`` (well below SQLite's
    /// limit of 32 766 bound values).
    static let boundaryBatch = 2_000

    /// The records and, when `keepingBoundaries`, the boundary of every record that carries
    /// none (parcels without geometry left out, as ``parcelBoundaries(ids:)`` leaves them).
    private static func clearanceRecords(_ db: Database, asOf: LocalDate, asRecorded: RecordedTime?, level: UnitLevel?,
                                         parkIds: Set<String>?, keepingBoundaries: Bool) throws
        -> (records: [ParcelClearanceRecord], boundaries: [String: Geometry]) {
        typealias Share = UnitShareRecord<ParcelShares>
        let statuses = try StatusesInForce(db, asOf: asOf, asRecorded: asRecorded)
        let shares = try level.map { level in
            try KeyedRecords(ByPosition<Share>.fetchCursor(db, Share.select(Share.positionalSelection)
                .filter(Share.Columns.unitLevel == level.rawValue).order(Share.Columns.ownerId, Share.Columns.fid))) { $0.record.ownerId }
        }
        let lineage = try StoredLineage(db, asRecorded: asRecorded)
        // Keeping every boundary, the pass reads them; otherwise it leaves the geometry
        // blobs where they are and reads the few it needs by id afterwards.
        let parcels = try ByPosition<ParcelRecord>.fetchCursor(db, keepingBoundaries ? ParcelRecord.withoutAttributes
                                                                                      : ParcelRecord.withoutAttributesOrGeometry)
        var names = NamePool()
        var out: [ParcelClearanceRecord] = []
        var boundaries: [String: Geometry] = [:]
        // The records whose boundary is read afterwards: position in `out`, and whether the
        // boundary gives the area (none stored).
        var unread: [(at: Int, givesArea: Bool)] = []
        while let p = try parcels.next()?.record {
            let (status, recordedBy, since) = try statuses.inForce(of: p.parcelId)
            var units: [UnitShare] = []
            try shares?.forEach(matching: p.parcelId) { units.append($0.record.unitShare(&names, level: level)) }
            if let parkIds, !(p.parkId.map(parkIds.contains) ?? false) { continue }
            guard lineage.isActive(p.parcelId, retired: StoredDay.parse(p.retiredOn), on: asOf) else { continue }
            let needsBoundary = level != nil && units.isEmpty
            let kept = keepingBoundaries && !needsBoundary && p.geom != nil
            let boundary = keepingBoundaries && (needsBoundary || p.areaM2 == nil || kept)
                ? try StoreError.inRow(ParcelRecord.databaseTableName, p.fid) { StoredGeometry.simplified(try p.geom?.geometry()) }
                : nil
            if kept { boundaries[p.parcelId] = boundary }
            if !keepingBoundaries && (needsBoundary || p.areaM2 == nil) { unread.append((out.count, p.areaM2 == nil)) }
            out.append(ParcelClearanceRecord(
                id: p.parcelId, parkId: p.parkId.map { names.intern($0) }, areaM2: p.areaM2 ?? boundary?.area ?? 0,
                households: p.households, compensationPlannedVND: p.compensationPlannedVnd,
                compensationPaidVND: p.compensationPaidVnd, plannedHandover: StoredDay.parse(p.plannedHandover),
                status: status, units: units, boundary: needsBoundary ? boundary : nil, recordedBy: recordedBy, statusSince: since))
        }
        if !unread.isEmpty {
            let read = try Self.boundaries(ids: unread.map { out[$0.at].id }, db)
            for (i, givesArea) in unread {
                let boundary = read[out[i].id]
                if givesArea { out[i].areaM2 = boundary?.area ?? 0 }
                if level != nil && out[i].units.isEmpty { out[i].boundary = boundary }
            }
        }
        // SQLite orders ids byte by byte; parcels() sorts by Swift's String order. They
        // agree on ASCII ids; sort again only when they do not.
        // (By position: zipping the records copied each one, a retain per field.)
        if out.indices.dropFirst().contains(where: { !(out[$0 - 1].id < out[$0].id) }) { out.sort { $0.id < $1.id } }
        return (out, boundaries)
    }
}
