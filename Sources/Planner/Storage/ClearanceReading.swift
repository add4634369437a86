import Geo

/// The lean reads the clearance questions need, so a city's million parcels are
/// answered without decoding whole ``Parcel`` values.
public protocol ClearanceReading: Sendable {
    /// Every parcel's ``ParcelClearanceRecord`` on `asOf`, in parcel id order, with its
    /// shares of `level` (none for `nil`); only parcels of `parkIds`, when given.
    func clearanceRecords(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws -> [ParcelClearanceRecord]
    /// The boundaries (EPSG:9210) of the parcels with these ids; ids not stored are left out.
    func parcelBoundaries(ids: [String]) throws -> [String: Geometry]
    /// ``clearanceRecords(asOf:level:parkIds:)`` and the boundaries (EPSG:9210) of those of
    /// its records that carry none (``ParcelClearanceRecord/boundary`` `nil`), by id, as
    /// ``parcelBoundaries(ids:)`` gives them: what the clearance query sums and looks for
    /// overlaps in. A store that reads both in one pass says so by implementing it.
    func clearanceRecordsAndBoundaries(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws
        -> (records: [ParcelClearanceRecord], boundaries: [String: Geometry])
    /// ``clearanceRecords(asOf:level:parkIds:)``, the pairs of its records that overlap
    /// (``ParcelOverlapPair``, by its rule) and the boundaries (EPSG:9210) of the parcels in
    /// those pairs that carry none: all the clearance totals' double count needs. A store
    /// that keeps the pairs says so by implementing it.
    func clearanceRecordsAndOverlaps(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws
        -> (records: [ParcelClearanceRecord], overlaps: [ParcelOverlapPair], boundaries: [String: Geometry])
    /// ``clearanceRecordsAndOverlaps(asOf:level:parkIds:)`` with the boundary of every
    /// record (EPSG:9210; by id for those that carry none): the double count and every
    /// outline from one read, for a question that needs both (the quarterly report, which
    /// read the parcels once for the sums and once more for the maps). A store that keeps
    /// the pairs says so by implementing it.
    func clearanceRecordsOverlapsAndBoundaries(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws
        -> (records: [ParcelClearanceRecord], overlaps: [ParcelOverlapPair], boundaries: [String: Geometry])
    /// Every parcel's clearance history as the record stood at the store's moment
    /// (``ClearanceLedger/history(asRecorded:)``), by parcel id; parcels with no event then
    /// are left out, retired ones are not. Read once by a question asked about many days (the
    /// report's quarterly trend), instead of ``clearanceRecords(asOf:level:parkIds:)`` per day.
    /// Each event carries its status and day only (`by` and `note` are `nil`): what the
    /// trend sums by; a parcel's whole ledger is ``ClearanceRecording/ledger(parcelId:)``'s.
    func clearanceHistories() throws -> [String: ClearanceHistory]
}

extension ClearanceReading {
    /// The records, then the boundaries of those that carry none, in two reads.
    public func clearanceRecordsAndBoundaries(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws
        -> (records: [ParcelClearanceRecord], boundaries: [String: Geometry]) {
        let records = try clearanceRecords(asOf: asOf, level: level, parkIds: parkIds)
        return (records, try parcelBoundaries(ids: records.filter { $0.boundary == nil }.map(\.id)))
    }

    /// The records and every boundary, the pairs found among them
    /// (``clearanceRecordsFindingOverlaps(asOf:level:parkIds:)``).
    public func clearanceRecordsAndOverlaps(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws
        -> (records: [ParcelClearanceRecord], overlaps: [ParcelOverlapPair], boundaries: [String: Geometry]) {
        try clearanceRecordsFindingOverlaps(asOf: asOf, level: level, parkIds: parkIds)
    }

    /// The records and every boundary, the pairs found among them
    /// (``clearanceRecordsFindingOverlaps(asOf:level:parkIds:)``).
    public func clearanceRecordsOverlapsAndBoundaries(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws
        -> (records: [ParcelClearanceRecord], overlaps: [ParcelOverlapPair], boundaries: [String: Geometry]) {
        try clearanceRecordsFindingOverlaps(asOf: asOf, level: level, parkIds: parkIds)
    }

    /// The records and every boundary (``clearanceRecordsAndBoundaries(asOf:level:parkIds:)``),
    /// the pairs found among them (``ParcelOverlapPair/find(boundaries:ids:threads:)``): the
    /// answer of a store that keeps no pairs, or whose kept pairs are out of date.
    public func clearanceRecordsFindingOverlaps(asOf: LocalDate, level: UnitLevel?, parkIds: Set<String>?) throws
        -> (records: [ParcelClearanceRecord], overlaps: [ParcelOverlapPair], boundaries: [String: Geometry]) {
        let (records, boundaries) = try clearanceRecordsAndBoundaries(asOf: asOf, level: level, parkIds: parkIds)
        let pairs = try ParcelOverlapPair.find(boundaries: records.map { $0.boundary ?? boundaries[$0.id] }, ids: records.map(\.id))
        return (records, pairs, boundaries)
    }
}
