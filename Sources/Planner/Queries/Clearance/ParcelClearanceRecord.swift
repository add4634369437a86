import Geo

/// What ``ClearanceProgressQuery`` needs of one parcel on the day asked about: its
/// status that day, the numbers it adds to a row, and its shares in the units of the
/// level grouped by. Lean on purpose, so a store can answer for a city's million parcels
/// without decoding whole ``Parcel`` values.
public struct ParcelClearanceRecord: Sendable, Hashable {
    /// The parcel's id.
    public var id: String
    /// Its park, when any.
    public var parkId: String?
    /// Its planar area, m² (EPSG:9210).
    public var areaM2: Double
    /// Households affected; `nil` when not given.
    public var households: Int?
    /// Compensation planned, VND; `nil` when not given.
    public var compensationPlannedVND: Double?
    /// Compensation paid, VND; `nil` when not given.
    public var compensationPaidVND: Double?
    /// The planned hand-over day; `nil` when not given.
    public var plannedHandover: LocalDate?
    /// Its clearance status on the day asked about.
    public var status: ClearanceStatus
    /// Who recorded the status in force (the entry's `by`); `nil` when none.
    public var recordedBy: String?
    /// The day the status in force was reached (its event's date); `nil` when none is in force.
    public var statusSince: LocalDate?
    /// Its shares in the units of the level grouped by, as stored (any other level's
    /// shares may be left out). Empty: apportioned over the units from ``boundary``.
    public var units: [UnitShare]
    /// The parcel, EPSG:9210; needed only when grouping by unit and ``units`` has none
    /// of the level (`nil`: the parcel counts as lying in no unit).
    public var boundary: Geometry?

    /// Creates a record.
    public init(id: String, parkId: String?, areaM2: Double, households: Int? = nil,
                compensationPlannedVND: Double? = nil, compensationPaidVND: Double? = nil,
                plannedHandover: LocalDate? = nil, status: ClearanceStatus, units: [UnitShare] = [],
                boundary: Geometry? = nil, recordedBy: String? = nil, statusSince: LocalDate? = nil) {
        self.id = id
        self.parkId = parkId
        self.areaM2 = areaM2
        self.households = households
        self.compensationPlannedVND = compensationPlannedVND
        self.compensationPaidVND = compensationPaidVND
        self.plannedHandover = plannedHandover
        self.status = status
        self.units = units
        self.boundary = boundary
        self.recordedBy = recordedBy
        self.statusSince = statusSince
    }

    /// The record of a parcel as it stood on `asOf`, keeping its shares of `level` only
    /// (none for `nil`) and its boundary for apportioning.
    public init(_ parcel: Parcel, asOf: LocalDate, level: UnitLevel?) {
        self.init(id: parcel.id, parkId: parcel.parkId, areaM2: parcel.areaM2, households: parcel.households,
                  compensationPlannedVND: parcel.compensationPlannedVND, compensationPaidVND: parcel.compensationPaidVND,
                  plannedHandover: parcel.plannedHandover, status: parcel.clearance.status(asOf: asOf),
                  units: level.map { l in parcel.units.filter { $0.level == l } } ?? [], boundary: parcel.boundary,
                  recordedBy: parcel.clearance.eventInForce(on: asOf)?.by, statusSince: parcel.clearance.eventInForce(on: asOf)?.date)
    }
}

extension ParcelClearanceRecord {
    /// The same parcel's record on `day`: its status, who recorded it and since when taken
    /// from `history` (its clearance history; `nil` for none) by the one rule,
    /// ``ClearanceHistory/eventInForce(on:)``, as ``init(_:asOf:level:)`` takes them; the
    /// other figures as they are.
    public func on(_ day: LocalDate, history: ClearanceHistory?) -> ParcelClearanceRecord {
        var out = self
        out.take(day, history: history)
        return out
    }

    /// Makes this record the parcel's record on `day` (``on(_:history:)``) in place: a pass
    /// over many days changes one copy instead of copying the record for each.
    public mutating func take(_ day: LocalDate, history: ClearanceHistory?) {
        let event = history?.eventInForce(on: day)
        status = event?.status ?? .notStarted
        recordedBy = event?.by
        statusSince = event?.date
    }

    /// Each record with its boundary (EPSG:9210): the one it carries, else its entry in
    /// `boundaries` (as ``ClearanceReading/clearanceRecordsAndBoundaries(asOf:level:parkIds:)``
    /// gives them), else empty, as a stored parcel without geometry counts. The record keeps
    /// no boundary of its own, so each outline is held once.
    public static func withBoundaries(_ records: [ParcelClearanceRecord], _ boundaries: [String: Geometry])
        -> [(record: ParcelClearanceRecord, boundary: Geometry)] {
        records.map { r in
            var record = r
            record.boundary = nil
            return (record, r.boundary ?? boundaries[r.id] ?? .empty)
        }
    }

    /// The parcels that lie in a park, by park id, each park's in the order given.
    public static func byPark(_ parcels: [(record: ParcelClearanceRecord, boundary: Geometry)])
        -> [String: [(record: ParcelClearanceRecord, boundary: Geometry)]] {
        var out: [String: [(record: ParcelClearanceRecord, boundary: Geometry)]] = [:]
        for p in parcels {
            guard let park = p.record.parkId else { continue }
            out[park, default: []].append(p)
        }
        return out
    }
}
