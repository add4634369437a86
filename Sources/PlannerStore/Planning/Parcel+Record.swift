import Planner

extension Parcel {
    /// The parcel as a row of `parcels` (its current status denormalised for map styling).
    var record: NewFeature {
        NewFeature(geometry: StoredGeometry.multiPolygon(boundary), attributes: [
            "parcel_id": .text(id), "park_id": ColumnValue(parkId), "land_use": .text(landUse.rawValue),
            "households": ColumnValue(households), "compensation_planned_vnd": ColumnValue(compensationPlannedVND),
            "compensation_paid_vnd": ColumnValue(compensationPaidVND), "planned_handover": ColumnValue(plannedHandover),
            "clearance": .text(clearance.current.rawValue), "clearance_date": ColumnValue(clearance.currentSince),
            "area_m2": .real(areaM2), "attributes": AttributesJSON.encode(attributes),
        ])
    }

    /// Rows of `clearance_events`, numbered from `firstSeq`.
    func eventRecords(from firstSeq: Int = 1) -> [NewFeature] {
        clearance.events.enumerated().map { i, e in e.record(parcelId: id, seq: firstSeq + i) }
    }

    /// A parcel read from a row of `parcels`, its events and its unit shares.
    init(record f: StoredFeature, events: [ClearanceEvent], units: [UnitShare]) throws {
        let a = f.attributes
        guard let id = a["parcel_id"]?.text, let landUse = a["land_use"]?.text else {
            throw StoreError(.schema, table: "parcels", message: "row fid \(f.fid) lacks parcel_id or land_use")
        }
        let history: ClearanceHistory
        do { history = try ClearanceHistory(events) } catch {
            throw StoreError(.schema, table: "clearance_events", message: "parcel \(id): \(error)")
        }
        self.init(id: id, parkId: a["park_id"]?.text, units: units, landUse: LandUseCode(rawValue: landUse),
                  households: a["households"]?.int, compensationPlannedVND: a["compensation_planned_vnd"]?.double,
                  compensationPaidVND: a["compensation_paid_vnd"]?.double, plannedHandover: a["planned_handover"]?.localDate,
                  clearance: history, boundary: StoredGeometry.simplified(f.geometry),
                  attributes: AttributesJSON.decode(a["attributes"]))
    }
}

extension ClearanceEvent {
    /// The event as a row of `clearance_events`.
    func record(parcelId: String, seq: Int) -> NewFeature {
        NewFeature(geometry: nil, attributes: [
            "parcel_id": .text(parcelId), "seq": .integer(Int64(seq)), "status": .text(status.rawValue),
            "event_date": ColumnValue(date), "recorded_by": ColumnValue(by), "note": ColumnValue(note),
        ])
    }

    /// An event read from a row of `clearance_events`.
    init(record f: StoredFeature) throws {
        let a = f.attributes
        guard let statusText = a["status"]?.text, let status = ClearanceStatus(rawValue: statusText),
              let date = a["event_date"]?.localDate else {
            throw StoreError(.schema, table: "clearance_events", message: "row fid \(f.fid) has no valid status or date")
        }
        self.init(status: status, date: date, by: a["recorded_by"]?.text, note: a["note"]?.text)
    }
}

extension UnitShare {
    /// The share as a row of `parcel_units` or `park_units`.
    func record(ownerId: String) -> NewFeature {
        NewFeature(geometry: nil, attributes: [
            "owner_id": .text(ownerId), "unit_level": .text(level.rawValue), "unit_id": .text(unitId),
            "unit_name": .text(unitName), "area_m2": .real(areaM2), "share": .real(share),
        ])
    }

    /// A share read from a row, with the owner's id.
    static func read(_ f: StoredFeature) -> (ownerId: String, share: UnitShare)? {
        let a = f.attributes
        guard let owner = a["owner_id"]?.text, let level = a["unit_level"]?.text, let unit = a["unit_id"]?.text else { return nil }
        return (owner, UnitShare(unitId: unit, unitName: a["unit_name"]?.text ?? unit, level: UnitLevel(rawValue: level),
                                 areaM2: a["area_m2"]?.double ?? 0, share: a["share"]?.double ?? 0))
    }
}
