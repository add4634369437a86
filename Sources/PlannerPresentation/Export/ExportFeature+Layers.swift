import Geo
import Planner

/// Domain values as export features, with styling.
extension ExportFeature {
    /// A park, coloured by its cleared share when known.
    public static func park(_ p: IndustrialPark, clearedShare: Double? = nil) -> ExportFeature {
        var props: [(String, AttributeValue)] = [
            ("id", .string(p.id)), ("name", .string(p.name)), ("kind", .string(p.kind.rawValue)),
            ("approved_area_ha", p.approvedAreaHa.map(AttributeValue.number) ?? .null),
            ("mapped_area_ha", .number(NumberText.rounded(p.boundaryAreaHa, decimals: 2))),
        ]
        if let clearedShare { props.append(("cleared_percent", .number(NumberText.rounded(clearedShare * 100, decimals: 1)))) }
        let described = clearedShare.map { "\(NumberText.plain($0 * 100, decimals: 1)) % cleared" } ?? p.kind.rawValue
        props += FeatureStyle.polygon(fill: clearedShare.map(FeatureStyle.color(share:)) ?? "#3182bd", opacity: 0.35,
                                      strokeWidth: 2, title: p.name,
                                      description: "\(NumberText.plain(p.boundaryAreaHa, decimals: 1)) ha mapped; " + described)
        return ExportFeature(id: p.id, properties: props + extra(p.attributes, props), geometry: p.boundary)
    }

    /// A parcel with its clearance status as it stood on `asOf`.
    public static func parcel(_ p: Parcel, asOf: LocalDate) -> ExportFeature {
        parcel(ParcelExportRecord(p, asOf: asOf), asOf: asOf)
    }

    /// A parcel record taken on `asOf`, styled by its status that day.
    public static func parcel(_ p: ParcelExportRecord, asOf: LocalDate) -> ExportFeature {
        let status = p.status
        let reached = p.statusSince
        let overdue = p.plannedHandover.map { $0 < asOf && status != .handedOver } ?? false
        var props: [(String, AttributeValue)] = [
            ("id", .string(p.id)), ("park", p.parkId.map(AttributeValue.string) ?? .null),
            ("land_use", .string(p.landUse.rawValue)), ("area_m2", .number(NumberText.rounded(p.areaM2, decimals: 2))),
            ("households", p.households.map { .number(Double($0)) } ?? .null),
            ("clearance", .string(status.rawValue)), ("clearance_date", reached.map { .string($0.description) } ?? .null),
            ("as_of", .string(asOf.description)),
            ("planned_handover", p.plannedHandover.map { .string($0.description) } ?? .null),
            ("overdue", .bool(overdue)),
            ("compensation_planned_vnd", p.compensationPlannedVND.map(AttributeValue.number) ?? .null),
            ("compensation_paid_vnd", p.compensationPaidVND.map(AttributeValue.number) ?? .null),
            ("clearance_history", .array(p.ledger.map(\.exportValue))),
        ]
        // A resurvey's child carries its lineage, read back as it was recorded (null otherwise).
        props += [
            ("parent_ids", p.lineage.map { .array($0.parents.map(AttributeValue.string)) } ?? .null),
            ("resurveyed_on", p.lineage.map { .string($0.resurveyedOn.description) } ?? .null),
            ("lineage_recorded_at", p.lineage?.recordedAt.map { .string($0.description) } ?? .null),
        ]
        props += FeatureStyle.polygon(fill: FeatureStyle.color(status), opacity: 0.6, stroke: overdue ? "#000000" : nil,
                                      title: p.id, description: "\(status.rawValue) as of \(asOf)" + (overdue ? ", overdue" : ""))
        return ExportFeature(id: p.id, properties: props, geometry: p.boundary)
    }

    /// An administrative unit outline.
    public static func unit(_ u: AdministrativeUnit) -> ExportFeature {
        let props: [(String, AttributeValue)] = [("id", .string(u.id)), ("name", .string(u.name)), ("level", .string(u.level.rawValue))]
            + FeatureStyle.polygon(fill: FeatureStyle.unit, opacity: 0.05, title: u.name, description: u.level.rawValue)
        return ExportFeature(id: "\(u.level.rawValue):\(u.id)", properties: props, geometry: u.boundary)
    }

    /// A land-use zone.
    public static func zone(_ z: LandUseZone) -> ExportFeature {
        let title = z.attributes["name"]?.stringValue ?? z.id
        let props: [(String, AttributeValue)] = [("id", .string(z.id)), ("land_use", .string(z.landUse.rawValue))]
            + FeatureStyle.polygon(fill: "#a6761d", opacity: 0.3, title: title, description: z.landUse.rawValue)
        return ExportFeature(id: z.id, properties: props + extra(z.attributes, props), geometry: z.area)
    }

    /// A work's footprint (point, line or polygon) with its service radius.
    public static func work(_ w: InfrastructureWork) -> ExportFeature {
        let colors: [Utility: String] = [.power: "#ffbf00", .water: "#1f78b4", .telecom: "#6a3d9a"]
        var props: [(String, AttributeValue)] = [
            ("id", .string(w.id)), ("utility", .string(w.utility.rawValue)), ("status", .string(w.status.rawValue)),
            ("operational_from", w.operationalFrom.map { .string($0.description) } ?? .null),
            ("service_radius_m", w.serviceRadiusM.map(AttributeValue.number) ?? .null),
            ("park", w.parkId.map(AttributeValue.string) ?? .null), ("task", w.taskNumber.map(AttributeValue.string) ?? .null),
        ]
        let color = colors[w.utility] ?? "#555555"
        props += [("stroke", .string(color)), ("stroke-width", .number(3)), ("marker-color", .string(color)),
                  ("fill", .string(color)), ("fill-opacity", .number(0.2)),
                  ("title", .string(w.attributes["name"]?.stringValue ?? w.id)),
                  ("description", .string("\(w.utility.rawValue), \(w.status.rawValue)"))]
        return ExportFeature(id: w.id, properties: props + extra(w.attributes, props), geometry: w.footprint)
    }

    /// Kept attributes that do not clash with the properties already written.
    static func extra(_ attributes: [String: AttributeValue], _ written: [(String, AttributeValue)]) -> [(String, AttributeValue)] {
        let taken = Set(written.map(\.0))
        return attributes.filter { !taken.contains($0.key) }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
