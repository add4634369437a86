/// A parcel whose status on a day reads differently now from what the record said at an
/// earlier moment: a correction recorded since (a void, a late entry).
public struct RecordCorrection: Hashable, Sendable {
    /// The parcel.
    public var parcelId: String
    /// Its park, when any.
    public var parkId: String?
    /// Its area, m² (EPSG:9210).
    public var areaM2: Double
    /// Its status on the day as the record said at the earlier moment.
    public var reported: ClearanceStatus
    /// Its status on the day as the record says now.
    public var corrected: ClearanceStatus

    /// Creates a correction.
    public init(parcelId: String, parkId: String?, areaM2: Double, reported: ClearanceStatus, corrected: ClearanceStatus) {
        self.parcelId = parcelId
        self.parkId = parkId
        self.areaM2 = areaM2
        self.reported = reported
        self.corrected = corrected
    }

    /// Every parcel whose status differs between `reported` (the record as it was) and
    /// `corrected` (as it is now), records of the same day in parcel id order (a parcel
    /// missing from one side counts as not started there), in parcel id order.
    public static func between(reported: [ParcelClearanceRecord], corrected: [ParcelClearanceRecord]) -> [RecordCorrection] {
        let then = Dictionary(reported.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [RecordCorrection] = []
        var seen = Set<String>()
        for now in corrected {
            seen.insert(now.id)
            let before = then[now.id]?.status ?? .notStarted
            if before != now.status {
                out.append(RecordCorrection(parcelId: now.id, parkId: now.parkId, areaM2: now.areaM2, reported: before, corrected: now.status))
            }
        }
        for old in reported where !seen.contains(old.id) && old.status != .notStarted {
            out.append(RecordCorrection(parcelId: old.id, parkId: old.parkId, areaM2: old.areaM2, reported: old.status, corrected: .notStarted))
        }
        return out.sorted { $0.parcelId < $1.parcelId }
    }
}
