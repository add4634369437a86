import Geo
import Planner

/// The PostGIS store's rows for each domain value, the columns the GeoPackage store keeps
/// (including its derived `name_key`, `mapped_area_ha` and `area_m2`, for SQL and QGIS users).
enum StoredRows {
    static let parkColumns: [StoredColumn] = [
        .init("park_id"), .init("name"), .init("name_key"), .init("kind"), .init("approved_area_ha"), .init("mapped_area_ha"),
        .init("alternate_names", "%::json"), .init("attributes", "%::json"), .geometry(),
    ]

    static func park(_ p: IndustrialPark) -> [StoredValue] {
        [.text(p.id), .text(p.name), .text(VietnameseName.key(p.name)), .text(p.kind.rawValue), .double(p.approvedAreaHa),
         .double(p.boundaryAreaHa), .text(StoredValues.namesText(p.alternateNames)),
         .text(StoredValues.attributesText(p.attributes)), .bytes(StoredValues.multiPolygonWKB(p.boundary))]
    }

    static let shareColumns: [StoredColumn] = [
        .init("owner_id"), .init("unit_level"), .init("unit_id"), .init("unit_name"), .init("area_m2"), .init("share"),
    ]

    static func share(_ s: UnitShare, owner: String) -> [StoredValue] {
        [.text(owner), .text(s.level.rawValue), .text(s.unitId), .text(s.unitName), .double(s.areaM2), .double(s.share)]
    }

    static let unitColumns: [StoredColumn] = [
        .init("unit_id"), .init("level"), .init("name"), .init("name_key"), .init("attributes", "%::json"), .geometry(),
    ]

    static func unit(_ u: AdministrativeUnit) -> [StoredValue] {
        [.text(u.id), .text(u.level.rawValue), .text(u.name), .text(VietnameseName.key(u.name)),
         .text(StoredValues.attributesText(u.attributes)), .bytes(StoredValues.multiPolygonWKB(u.boundary))]
    }

    static let zoneColumns: [StoredColumn] = [
        .init("zone_id"), .init("land_use"), .init("name"), .init("attributes", "%::json"), .geometry(),
    ]

    static func zone(_ z: LandUseZone) -> [StoredValue] {
        [.text(z.id), .text(z.landUse.rawValue), .text(z.attributes["name"]?.stringValue),
         .text(StoredValues.attributesText(z.attributes)), .bytes(StoredValues.multiPolygonWKB(z.area))]
    }

    static let workColumns: [StoredColumn] = [
        .init("work_id"), .init("utility"), .init("status"), .init("operational_from", "%::date"), .init("service_radius_m"),
        .init("park_id"), .init("task_number"), .init("name"), .init("attributes", "%::json"), .geometry(),
    ]

    static func work(_ w: InfrastructureWork) -> [StoredValue] {
        [.text(w.id), .text(w.utility.rawValue), .text(w.status.rawValue), .text(w.operationalFrom?.description),
         .double(w.serviceRadiusM), .text(w.parkId), .text(w.taskNumber), .text(w.attributes["name"]?.stringValue),
         .text(StoredValues.attributesText(w.attributes)), .bytes(StoredValues.wkb(w.footprint))]
    }

    static let taskColumns: [StoredColumn] = [
        .init("reference"), .init("part"), .init("number"), .init("group_title"), .init("content"), .init("lead_agency"),
        .init("partner_agencies"), .init("period"), .init("period_from"), .init("period_to"), .init("funding"), .init("section"),
    ]

    static func task(_ t: PlanTask) -> [StoredValue] {
        [.text(t.reference), .text(t.part), .text(t.number), .text(t.groupTitle), .text(t.content), .text(t.leadAgency),
         .text(t.partnerAgencies), .text(t.period.text), .int(t.period.fromYear), .int(t.period.toYear), .text(t.funding),
         .text(t.section.rawValue)]
    }

    static let taskParkColumns: [StoredColumn] = [.init("reference"), .init("park_id")]

    static let parcelColumns: [StoredColumn] = [
        .init("parcel_id"), .init("park_id"), .init("land_use"), .init("households"), .init("compensation_planned_vnd"),
        .init("compensation_paid_vnd"), .init("planned_handover", "%::date"), .init("area_m2"), .init("attributes", "%::json"),
        .init("retired_on", "%::date"), .geometry(),
    ]

    static func parcel(_ p: Parcel) -> [StoredValue] {
        [.text(p.id), .text(p.parkId), .text(p.landUse.rawValue), .int(p.households), .double(p.compensationPlannedVND),
         .double(p.compensationPaidVND), .text(p.plannedHandover?.description), .double(p.areaM2),
         .text(StoredValues.attributesText(p.attributes)), .text(p.retiredOn?.description),
         .bytes(StoredValues.multiPolygonWKB(p.boundary))]
    }

    static let lineageColumns: [StoredColumn] = [
        .init("child_id"), .init("parent_id"), .init("resurveyed_on", "%::date"), .init("recorded_at", StoredValues.timestampSQL("%")),
    ]
}
