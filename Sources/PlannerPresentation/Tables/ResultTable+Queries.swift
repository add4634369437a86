import Geo
import Planner

/// Each query's answer as a ``ResultTable``, with the columns of the JSON contract.
extension ResultTable {
    static func n(_ v: Double) -> AttributeValue { .number(v) }
    static func n(_ v: Double?) -> AttributeValue { v.map(AttributeValue.number) ?? .null }
    static func s(_ v: String?) -> AttributeValue { v.map(AttributeValue.string) ?? .null }

    /// Overlap findings: `a`, `b`, `layer_a`, `layer_b`, `area_m2`, `area_ha`, `share_a`, `share_b`.
    /// `asOf` is the day the layers were read (written as `as_of`).
    public static func overlaps(_ findings: [OverlapFinding], minAreaM2: Double, asOf: LocalDate? = nil) -> ResultTable {
        ResultTable(
            query: "overlaps", asOf: asOf,
            columns: [.id("a"), .id("b"), .text("layer_a"), .text("layer_b"), .areaM2("area_m2"), .areaHa("area_ha"),
                      .share("share_a"), .share("share_b")],
            rows: findings.map { f in
                Row(id: "\(f.layerA):\(f.a)|\(f.layerB):\(f.b)",
                    values: [.string(f.a), .string(f.b), .string(f.layerA), .string(f.layerB), n(f.areaM2),
                             n(f.areaHa), n(f.shareOfA), n(f.shareOfB)],
                    geometry: f.geometry,
                    style: FeatureStyle.polygon(fill: FeatureStyle.overlap, opacity: 0.7, title: "\(f.a) × \(f.b)",
                                                description: "overlap \(NumberText.plain(f.areaM2, decimals: 1)) m² (\(NumberText.plain(f.areaHa, decimals: 4)) ha)"))
            },
            extra: [("min_area_m2", .number(minAreaM2))], mappable: true)
    }

    /// Holes between features that should tile: `park`, `mode`, `area_m2`, `area_ha`.
    /// `asOf` is the day the layers were read (written as `as_of`).
    public static func layerGaps(_ gaps: [LayerGap], asOf: LocalDate? = nil) -> ResultTable {
        ResultTable(
            query: "parcel-gaps", asOf: asOf, columns: [.id("park"), .text("mode"), .areaM2("area_m2"), .areaHa("area_ha")],
            rows: gaps.enumerated().map { i, g in
                Row(id: "\(g.containerId ?? "layer")-gap-\(i + 1)",
                    values: [s(g.containerId), .string(g.mode.rawValue), n(g.areaM2), n(g.areaHa)],
                    geometry: g.geometry,
                    style: FeatureStyle.polygon(fill: FeatureStyle.gap, opacity: 0.6, title: "gap in \(g.containerId ?? "layer")",
                                                description: "\(NumberText.plain(g.areaM2, decimals: 1)) m² not covered by parcels"))
            }, mappable: true)
    }

    /// Clearance progress: `unit` (the group: unit id, or park id when grouped by park),
    /// `unit_name`, `park`, `parcels` and `households` (whole counts of the parcels touching
    /// the group), `parcel_share` and `household_share` (weighted by area share), `total_m2`, `cleared_m2`,
    /// `percent`, area per status, `overdue_parcels` (whole count of the parcels touching the
    /// group past their planned hand-over and not handed over) and `overdue_m2` (their area,
    /// weighted as the other areas; summed whole even with `--dedupe`), compensation,
    /// `double_counted_m2` and `cleared_double_counted_m2` (the part of `total_m2` and
    /// `cleared_m2` counted more than once where parcels overlap; already taken off with
    /// `--dedupe`, which adds `"counted_once": true`), `includes_parks` (a zone's nested
    /// parks, whose parcels its row counts); the totals beside the rows. The overdue parcels
    /// themselves are their own question (``overdue(_:asOf:outlines:)``): the answer by unit
    /// or park stays short whatever the number of parcels.
    ///
    /// `outlines` maps each group's id (unit id, or park id when grouped by park) to its
    /// boundary (EPSG:9210); given, each row is a feature styled by its cleared share. Rows
    /// grouped by unit and park are keyed by row id (`unit|park`): the part of the park in
    /// the unit.
    public static func clearance(_ p: ClearanceProgress, grouping: ClearanceGrouping,
                                 parkNames: [String: String] = [:], outlines: [String: Geometry]? = nil) -> ResultTable {
        let statusColumns = ClearanceStatus.allCases.map { ResultColumn.areaM2("\($0.rawValue)_m2") }
        func values(_ r: ClearanceProgressRow) -> [AttributeValue] {
            let group = grouping == .park ? r.parkId : r.unitId
            let name = grouping == .park ? r.parkId.flatMap { parkNames[$0] } : r.unitName
            return [s(group ?? "(none)"), s(name), s(r.parkId), .number(Double(r.parcelsTouching)), n(r.parcels),
                    .number(Double(r.householdsTouching)), n(r.households), n(r.areaM2), n(r.clearedAreaM2), n(r.clearedAreaHa),
                    n(r.percentCleared)]
                + ClearanceStatus.allCases.map { n(r.areaByStatusM2[$0] ?? 0) }
                + [.number(Double(r.overdueParcels)), n(r.overdueAreaM2), n(r.compensationPlannedVND), n(r.compensationPaidVND),
                   n(r.doubleCountedM2), n(r.clearedDoubleCountedM2), .array(r.includesParks.map(AttributeValue.string))]
        }
        let columns: [ResultColumn] = [.id("unit"), .text("unit_name"), .id("park"), .count("parcels"), .share("parcel_share"),
                                       .count("households"), .share("household_share"), .areaM2("total_m2"), .areaM2("cleared_m2"),
                                       .areaHa("cleared_ha"), .percent("percent")]
            + statusColumns + [.count("overdue_parcels"), .areaM2("overdue_m2"), .moneyVND("compensation_planned_vnd"),
                               .moneyVND("compensation_paid_vnd"), .areaM2("double_counted_m2"), .areaM2("cleared_double_counted_m2"), .list("includes_parks")]
        let totals = ResultTable(query: "", columns: columns, rows: [Row(id: "totals", values: values(p.totals))])
        let mappable = outlines != nil
        func row(_ r: ClearanceProgressRow) -> Row {
            let id = [r.unitId, r.parkId].compactMap { $0 }.joined(separator: "|")
            let group: String?
            switch grouping {
            case .park: group = r.parkId
            case .unit: group = r.unitId
            case .unitAndPark: group = r.unitId != nil && r.parkId != nil ? id : nil
            }
            guard mappable, let group, let outline = outlines?[group] else { return Row(id: id, values: values(r)) }
            let name = grouping == .park ? parkNames[group] ?? group
                : [r.unitName ?? r.unitId, r.parkId.map { parkNames[$0] ?? $0 }].compactMap { $0 }.joined(separator: " · ")
            return Row(id: id, values: values(r), geometry: outline,
                       style: FeatureStyle.polygon(fill: FeatureStyle.color(share: r.percentCleared / 100), opacity: 0.6,
                                                   title: name,
                                                   description: "\(NumberText.plain(r.percentCleared, decimals: 1)) % cleared as of \(p.asOf)"))
        }
        return ResultTable(
            query: "clearance", asOf: p.asOf, columns: columns,
            rows: p.rows.map(row),
            extra: [("group_by", .string(grouping.label)),
                    ("totals", .object(Dictionary(uniqueKeysWithValues: totals.members(totals.rows[0]))))] + (p.countedOnce ? [("counted_once", .bool(true))] : []),
            mappable: mappable)
    }

    /// Coverage gaps: `park`, `utility`, `park_m2` (or cleared land), `covered_m2`,
    /// `gap_m2`, `gap_ha`, `gap_share`, `cleared_only`, `works`.
    public static func coverage(_ gaps: [CoverageGap], asOf: LocalDate, planned: Bool) -> ResultTable {
        ResultTable(
            query: "gaps", asOf: asOf,
            columns: [.id("park"), .text("utility"), .areaM2("park_m2"), .areaM2("covered_m2"), .areaM2("gap_m2"), .areaHa("gap_ha"),
                      .share("gap_share"), .flag("cleared_only"), .list("works")],
            rows: gaps.map { g in
                Row(id: "\(g.parkId):\(g.utility.rawValue)",
                    values: [.string(g.parkId), .string(g.utility.rawValue), n(g.targetAreaM2), n(g.coveredAreaM2),
                             n(g.gapAreaM2), n(g.gapAreaHa), n(g.gapShare), .bool(g.clearedOnly),
                             .array(g.workIds.map(AttributeValue.string))],
                    geometry: g.gapGeometry.isEmpty ? nil : g.gapGeometry,
                    style: FeatureStyle.polygon(fill: FeatureStyle.gap, opacity: 0.5, title: "\(g.parkId): no \(g.utility.rawValue)",
                                                description: "\(NumberText.plain(g.gapShare * 100, decimals: 1)) % of the park has no \(g.utility.rawValue) as of \(asOf)"))
            },
            extra: [("planned", .bool(planned))], mappable: true)
    }

    /// Parks lacking any plan or work for a utility (`no_plan`); parcels handed over, or
    /// planned to be, after their work is due in service (`handover_after_service`, longest
    /// delay first, one row a parcel); works planned on uncleared land
    /// (`planned_on_uncleared_land`, one row a work).
    ///
    /// With `outlines`, every row is a feature: a `no_plan` row the park's outline, a
    /// `handover_after_service` row the late parcel, a `planned_on_uncleared_land` row the
    /// work (point, line or area) with its conflict in the properties.
    public static func utilityPlans(_ report: UtilityPlanningReport, asOf: LocalDate, outlines: UtilityPlanOutlines? = nil) -> ResultTable {
        ResultTable(
            query: "utility-plans", asOf: asOf,
            columns: [.text("kind"), .id("park"), .text("utility"), .id("work"), .id("task"), .text("status"), .date("operational_from"),
                      .list("parcels"), .date("handover"), .text("handover_source"), .count("delay_days"),
                      .areaM2("parcel_m2"), .areaM2("overlap_m2")],
            rows: report.missing.map { m in
                let outline = outlines?.parks[m.parkId]
                return Row(id: "missing:\(m.parkId):\(m.utility.rawValue)",
                    values: [.string("no_plan"), .string(m.parkId), .string(m.utility.rawValue), .null, .null, .null, .null, .array([]),
                             .null, .null, .null, .null, .null],
                    geometry: outline,
                    style: outline.map { FeatureStyle.shape($0, color: FeatureStyle.gap, opacity: 0.3, title: "\(m.parkId): no \(m.utility.rawValue) plan",
                                                            description: "no plan task and no work for \(m.utility.rawValue)") } ?? [])
            } + report.delays.map { d in
                let outline = outlines?.parcels[d.parcelId]
                return Row(id: "delay:\(d.workId):\(d.parcelId)",
                    values: [.string("handover_after_service"), s(d.parkId), .string(d.utility.rawValue), .string(d.workId), s(d.taskReference),
                             .string(d.status.rawValue), .string(d.operationalFrom.description), .array([.string(d.parcelId)]),
                             s(d.handover?.description), .string(d.source.rawValue), d.delayDays.map { .number(Double($0)) } ?? .null,
                             .null, .null],
                    geometry: outline,
                    style: outline.map { FeatureStyle.shape($0, color: FeatureStyle.overlap, opacity: 0.6, title: "\(d.parcelId) late for \(d.workId)",
                                                            description: d.delayDays.map { "handed over \($0) days after \(d.workId) is due (\(d.operationalFrom))" }
                                                                ?? "no hand-over day for land \(d.workId) serves from \(d.operationalFrom)") } ?? [])
            } + report.conflicts.map { c in
                let outline = outlines?.works[c.workId]
                return Row(id: "conflict:\(c.workId)",
                    values: [.string("planned_on_uncleared_land"), s(c.parkId), .string(c.utility.rawValue), .string(c.workId), s(c.taskReference),
                             .string(c.status.rawValue), s(c.operationalFrom?.description), .array(c.parcelIds.map(AttributeValue.string)),
                             .null, .null, .null, n(c.parcelAreaM2), n(c.overlapAreaM2)],
                    geometry: outline,
                    style: outline.map { FeatureStyle.shape($0, color: FeatureStyle.gap, title: "\(c.workId) on uncleared land",
                                                            description: "\(c.parcelIds.count) parcels not handed over as of \(asOf)") } ?? [])
            }, mappable: outlines != nil)
    }

    /// The park summary: areas, cleared and leased shares, investment per hectare against
    /// the 13 M USD/ha target, the reserved clean-land share; `parcels` and the areas count,
    /// for a zone, the parcels of the parks nested in it (`includes_parks`);
    /// `double_counted_m2` and `cleared_double_counted_m2` say how much of them overlapping
    /// parcels count twice.
    public static func parks(_ summaries: [ParkSummary], data: PlanningData, asOf: LocalDate) -> ResultTable {
        ResultTable(
            query: "parks", asOf: asOf,
            columns: [.id("park"), .text("name"), .text("kind"), .areaHa("approved_ha"), .areaHa("mapped_ha"), .count("parcels"),
                      .areaHa("cleared_ha"), .percent("cleared_percent"), .percent("occupancy_percent"),
                      .moneyUSD("investment_per_ha_usd"), .flag("meets_investment_target"), .percent("reserved_share_percent"),
                      .flag("reserved_share_in_band"), .areaM2("double_counted_m2"), .areaM2("cleared_double_counted_m2"),
                      .list("includes_parks")],
            rows: summaries.map { p in
                let park = data.park(id: p.parkId)
                return Row(id: p.parkId,
                    values: [.string(p.parkId), .string(p.name), s(park?.kind.rawValue), n(p.approvedAreaHa), n(p.mappedAreaHa),
                             .number(Double(p.parcels)), n(p.clearedAreaHa),
                             n(p.clearedShare.map { $0 * 100 }), n(p.occupancy.map { $0 * 100 }),
                             n(p.investmentPerHaUSD), p.meetsInvestmentTarget.map(AttributeValue.bool) ?? .null,
                             n(p.reservedShare.map { $0 * 100 }), p.reservedShareInBand.map(AttributeValue.bool) ?? .null,
                             n(p.doubleCountedM2), n(p.clearedDoubleCountedM2), .array(p.includesParks.map(AttributeValue.string))],
                    geometry: park?.boundary,
                    style: FeatureStyle.polygon(fill: p.clearedShare.map(FeatureStyle.color(share:)) ?? "#3182bd", opacity: 0.4,
                                                strokeWidth: 2, title: p.name,
                                                description: p.clearedShare.map { "\(NumberText.plain($0 * 100, decimals: 1)) % cleared as of \(asOf)" }
                                                    ?? "no parcels mapped"))
            }, mappable: true)
    }

    /// Plan tasks: `reference`, `section`, `lead_agency`, `period`, `parks`, `unmatched_names`, `content`.
    /// `asOf` is the day the tasks were read (written as `as_of`).
    /// `unmatched` gives, by task reference, the designated names in its content that name
    /// no stored park (`unmatched_names`). With `outlines` (task reference → its parks'
    /// outlines, EPSG:9210) each task naming a park is a feature; one naming none has no
    /// geometry and is left out of GeoJSON and GeoPackage.
    public static func tasks(_ tasks: [PlanTask], asOf: LocalDate? = nil, unmatched: [String: [String]] = [:],
                             outlines: [String: Geometry]? = nil) -> ResultTable {
        ResultTable(
            query: "tasks", asOf: asOf,
            columns: [.id("reference"), .text("section"), .text("lead_agency"), .text("period"), .list("parks"),
                      .list("unmatched_names"), .text("content")],
            rows: tasks.map { t in
                let outline = outlines?[t.reference]
                return Row(id: t.reference, values: [.string(t.reference), .string(t.section.rawValue), .string(t.leadAgency),
                                                     .string(t.period.text), .array(t.parkIds.map(AttributeValue.string)),
                                                     .array((unmatched[t.reference] ?? []).map(AttributeValue.string)), .string(t.content)],
                           geometry: outline,
                           style: outline.map { FeatureStyle.shape($0, color: "#3182bd", opacity: 0.3, title: "\(t.reference) (\(t.section.rawValue))",
                                                                   description: "\(t.leadAgency), \(t.period.text): \(t.parkIds.joined(separator: ", "))") } ?? [])
            }, mappable: outlines != nil)
    }
}

extension ClearanceGrouping {
    /// "park", "district", "district+park".
    public var label: String {
        switch self {
        case .park: "park"
        case .unit(let l): l.rawValue
        case .unitAndPark(let l): "\(l.rawValue)+park"
        }
    }
}

extension ResultTable {
    /// Parcels whose planned hand-over date has passed without hand-over: `parcel`,
    /// `park`, `planned_handover`, `status`, `days_overdue`, `unit` (the commune holding the
    /// larger share), `unit_name`, `area_m2`, `households`, `unpaid_compensation_vnd`, and the
    /// board responsible: `board_unit` and `board_unit_name` (the unit whose GPMB board
    /// answers for the parcel, ``ResponsibleBoard``: the larger share at the level boards
    /// sit at on the day, the rule the server's write rights use) and `recorded_by` (who
    /// recorded the status in force), most overdue first; with
    /// `outlines` (parcel id → boundary, EPSG:9210) each row is a feature.
    public static func overdue(_ parcels: [OverdueParcel], asOf: LocalDate, outlines: [String: Geometry]? = nil) -> ResultTable {
        ResultTable(
            query: "overdue", asOf: asOf,
            columns: [.id("parcel"), .id("park"), .date("planned_handover"), .text("status"), .count("days_overdue"),
                      .id("unit"), .text("unit_name"), .areaM2("area_m2"), .count("households"), .moneyVND("unpaid_compensation_vnd"),
                      .id("board_unit"), .text("board_unit_name"), .text("recorded_by")],
            rows: parcels.sorted { ($0.daysOverdue, $1.parcelId) > ($1.daysOverdue, $0.parcelId) }.map { o in
                Row(id: o.parcelId,
                    values: [.string(o.parcelId), s(o.parkId), .string(o.plannedHandover.description), .string(o.status.rawValue),
                             .number(Double(o.daysOverdue)), s(o.unitId), s(o.unitName), .number(o.areaM2),
                             o.households.map { .number(Double($0)) } ?? .null,
                             o.unpaidCompensationVND.map(AttributeValue.number) ?? .null,
                             s(o.boardUnitId), s(o.boardUnitName), s(o.recordedBy)],
                    geometry: outlines?[o.parcelId],
                    style: FeatureStyle.polygon(fill: FeatureStyle.color(o.status), opacity: 0.7, stroke: "#000000",
                                                title: o.parcelId, description: "\(o.daysOverdue) days overdue (\(o.status.rawValue))"))
            }, mappable: outlines != nil)
    }
}
