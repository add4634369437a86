import Geo

/// A land parcel (thửa đất) inside a park, with its clearance state and history.
public struct Parcel: Hashable, Sendable {
    /// The parcel's id, e.g. "TT-0012".
    public var id: String
    /// The park it belongs to (given, or the park containing most of it); `nil` when it lies in no park.
    public var parkId: String?
    /// The administrative units it lies in with area shares (given, or computed; a parcel on
    /// a boundary is apportioned by area).
    public var units: [UnitShare]
    /// The land-use code (LUC, ONT, NTS, SKK…).
    public var landUse: LandUseCode
    /// Households affected; `nil` when not given.
    public var households: Int?
    /// Compensation planned, VND; `nil` when not given.
    public var compensationPlannedVND: Double?
    /// Compensation paid so far, VND; `nil` when not given.
    public var compensationPaidVND: Double?
    /// The planned hand-over day; `nil` when not given.
    public var plannedHandover: LocalDate?
    /// Every recorded clearance change.
    public var clearance: ClearanceHistory
    /// The parcel, polygonal, in EPSG:9210 (metres).
    public var boundary: Geometry
    /// Properties kept from the source.
    public var attributes: [String: AttributeValue]
    /// Its clearance ledger's entries, both times and voids, in seq order, as the store holds
    /// them; empty for a parcel read from a file that gave only its history (the store
    /// records ``clearance``'s events as entries recorded at import).
    public var ledgerEntries: [LedgerEntry]
    /// The day it left the record (a resurvey merged it away, a re-import no longer has
    /// it); counted until the day before. `nil`: in the record.
    public var retiredOn: LocalDate?
    /// The parcels it came from by a resurvey (split or merge, ``ParcelLineage``); empty
    /// for a parcel of the first survey.
    public var parentIds: [String] = []
    /// The day it entered the record by that resurvey (its parents' retirement); counted
    /// from that day on. `nil`: in the record from the start (or, on import, the resurvey
    /// day the import gives).
    public var resurveyedOn: LocalDate?
    /// When its lineage was recorded (an export read back keeps it); `nil`: recorded by
    /// the import that brings it.
    public var lineageRecordedAt: RecordedTime?

    /// Creates a parcel.
    public init(id: String, parkId: String?, units: [UnitShare] = [], landUse: LandUseCode,
                households: Int? = nil, compensationPlannedVND: Double? = nil, compensationPaidVND: Double? = nil,
                plannedHandover: LocalDate? = nil, clearance: ClearanceHistory = ClearanceHistory(),
                boundary: Geometry, attributes: [String: AttributeValue] = [:], ledgerEntries: [LedgerEntry] = [],
                retiredOn: LocalDate? = nil) {
        self.id = id
        self.parkId = parkId
        self.units = units
        self.landUse = landUse
        self.households = households
        self.compensationPlannedVND = compensationPlannedVND
        self.compensationPaidVND = compensationPaidVND
        self.plannedHandover = plannedHandover
        self.clearance = clearance
        self.boundary = boundary
        self.attributes = attributes
        self.ledgerEntries = ledgerEntries
        self.retiredOn = retiredOn
    }

    /// A parcel as its ledger records it: its history is the ledger's.
    public init(id: String, parkId: String?, units: [UnitShare] = [], landUse: LandUseCode,
                households: Int? = nil, compensationPlannedVND: Double? = nil, compensationPaidVND: Double? = nil,
                plannedHandover: LocalDate? = nil, ledger: ClearanceLedger,
                boundary: Geometry, attributes: [String: AttributeValue] = [:], retiredOn: LocalDate? = nil) {
        self.init(id: id, parkId: parkId, units: units, landUse: landUse, households: households,
                  compensationPlannedVND: compensationPlannedVND, compensationPaidVND: compensationPaidVND,
                  plannedHandover: plannedHandover, clearance: ledger.history(), boundary: boundary,
                  attributes: attributes, ledgerEntries: ledger.entries, retiredOn: retiredOn)
    }

    /// Its ledger entries: ``ledgerEntries`` when known, else its history's events as
    /// entries numbered 1, 2, 3… recorded at `recordedAt` (an import records them so).
    public func ledgerEntries(recordedAt: RecordedTime?) -> [LedgerEntry] {
        guard ledgerEntries.isEmpty else { return ledgerEntries }
        return clearance.events.enumerated().map { i, e in LedgerEntry(seq: i + 1, kind: .event(e), recordedAt: recordedAt, by: e.by) }
    }

    /// True while the parcel is in the record on `day`: entered by then (``resurveyedOn``),
    /// not retired on or before it.
    public func isActive(on day: LocalDate) -> Bool {
        Self.isActive(retiredOn: retiredOn, resurveyedOn: resurveyedOn, on: day)
    }

    /// THE rule of ``isActive(on:)``, for readers that hold a parcel's days without the
    /// parcel: in the record from `resurveyedOn` (`nil`: always) until the day before
    /// `retiredOn` (`nil`: still in it).
    public static func isActive(retiredOn: LocalDate?, resurveyedOn: LocalDate?, on day: LocalDate) -> Bool {
        (retiredOn.map { day < $0 } ?? true) && (resurveyedOn.map { day >= $0 } ?? true)
    }

    /// The parcel's planar area, m² (EPSG:9210).
    public var areaM2: Double { boundary.area }
}
