import Planner

/// The tables behind the maps and charts, cell by cell from the queries' ``ResultTable``s.
extension QuarterlyReport {
    /// Units, parks, policy figures, coverage gaps, overdue parcels, overlaps and works on uncleared land.
    func tables(_ data: PlanningData, _ f: ReportFigures, _ t: ReportText) -> String {
        [unitsTable(f, t), parksTable(data, f, t), policyTable(f, t), gapsTable(data, f, t), overdueTable(data, f, t),
         overlapsTable(data, f, t), conflictsTable(data, f, t)].compactMap { $0?.html() }.joined()
    }

    private var cells: ReportCells { ReportCells(lang: lang) }

    /// The clearance columns shown for a unit or park row: parcels touching it (whole),
    /// households when asked, total ha, cleared ha, %.
    private func clearanceCells(_ table: ResultTable, households: Bool = true, _ v: (String) -> AttributeValue?) -> [String] {
        [cells.number(v("parcels"), decimals: 0)]
            + (households ? [cells.number(v("households"), decimals: 0)] : [])
            + [cells.number(v("total_m2"), decimals: 2, divisor: 10_000), cells.number(v("cleared_ha"), decimals: 2),
               cells.number(v("percent"), decimals: 1)]
    }

    private func clearanceColumns(_ t: ReportText, households: Bool = true) -> [HTMLTable.Column] {
        [.init(heading: t(.parcels), numeric: true)] + (households ? [.init(heading: t(.households), numeric: true)] : [])
            + [.init(heading: t(.totalHa), numeric: true), .init(heading: t(.clearedHa), numeric: true),
               .init(heading: t(.percent), numeric: true)]
    }

    func unitsTable(_ f: ReportFigures, _ t: ReportText) -> HTMLTable? {
        guard let table = f.byUnit else { return nil }
        var out = HTMLTable(caption: t(.unitsTable) + (f.unitLevel.map { " (\(t.level($0)))" } ?? ""),
                            columns: [.init(heading: t(.unit)), .init(heading: t(.name))] + clearanceColumns(t), emptyText: t(.noRows))
        out.rows = table.rows.map { r in
            (r.id.isEmpty ? "none" : r.id, [cells.string(table.value(r, "unit")), unitName(table, r, t)] + clearanceCells(table) { table.value(r, $0) })
        }
        out.footer = footer(table, t)
        return out
    }

    func parksTable(_ data: PlanningData, _ f: ReportFigures, _ t: ReportText) -> HTMLTable {
        var out = HTMLTable(caption: t(.parksTable),
                            columns: [.init(heading: t(.park)), .init(heading: t(.approvedHa), numeric: true), .init(heading: t(.mappedHa), numeric: true)]
                                + clearanceColumns(t, households: false) + [.init(heading: t(.occupancy), numeric: true)],
                            emptyText: t(.noRows))
        let clearance = Dictionary(f.byPark.rows.map { (f.byPark.value($0, "park")?.stringValue ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        out.rows = f.parks.rows.map { r in
            let id = f.parks.value(r, "park")?.stringValue ?? r.id
            let c = clearance[id]
            return (id, [cells.string(f.parks.value(r, "name")), cells.number(f.parks.value(r, "approved_ha"), decimals: 1),
                         cells.number(f.parks.value(r, "mapped_ha"), decimals: 1)]
                        + clearanceCells(f.byPark, households: false) { column in c.flatMap { f.byPark.value($0, column) } }
                        + [cells.number(f.parks.value(r, "occupancy_percent"), decimals: 1)])
        }
        out.footer = footer(f.byPark, t, households: false).map { Array($0.prefix(1)) + ["", ""] + $0.dropFirst(2) + [""] }
        return out
    }

    func gapsTable(_ data: PlanningData, _ f: ReportFigures, _ t: ReportText) -> HTMLTable {
        var out = HTMLTable(caption: t(.gapsTable),
                            columns: [.init(heading: t(.park)), .init(heading: t(.utility)), .init(heading: t(.targetHa), numeric: true),
                                      .init(heading: t(.gapHa), numeric: true), .init(heading: t(.gapShare), numeric: true)],
                            emptyText: t(.noRows))
        let table = f.gapsTable
        out.rows = table.rows.map { r in
            let park = table.value(r, "park")?.stringValue ?? ""
            let utility = table.value(r, "utility")?.stringValue.flatMap(Utility.init(rawValue:))
            return (r.id, [data.park(id: park)?.name ?? park, utility.map(t.utility) ?? "–",
                           cells.number(table.value(r, "park_m2"), decimals: 2, divisor: 10_000),
                           cells.number(table.value(r, "gap_ha"), decimals: 2),
                           cells.number(table.value(r, "gap_share").flatMap(\.numberValue).map { .number($0 * 100) }, decimals: 1)])
        }
        return out
    }

    /// The policy figures of `parkplan parks`: occupancy, investment per leased hectare
    /// against Plan 278's 13 M USD/ha, and the clean land reserved against the 2012 plan's
    /// 10–15 % band, each verdict ✓/✗ (– where there is no figure), with the definitions.
    func policyTable(_ f: ReportFigures, _ t: ReportText) -> HTMLTable {
        var out = HTMLTable(caption: t(.policyTable),
                            columns: [.init(heading: t(.park)), .init(heading: t(.occupancy), numeric: true),
                                      .init(heading: t(.investmentPerHa), numeric: true), .init(heading: t(.meetsTarget)),
                                      .init(heading: t(.reservedShare), numeric: true), .init(heading: t(.reserveInBand))],
                            emptyText: t(.noRows))
        let table = f.parks
        out.rows = table.rows.map { r in
            (table.value(r, "park")?.stringValue ?? r.id,
             [cells.string(table.value(r, "name")), cells.number(table.value(r, "occupancy_percent"), decimals: 1),
              cells.number(table.value(r, "investment_per_ha_usd"), decimals: 2, divisor: 1_000_000),
              cells.string(table.value(r, "meets_investment_target")),
              cells.number(table.value(r, "reserved_share_percent"), decimals: 1), cells.string(table.value(r, "reserved_share_in_band"))])
        }
        out.note = t(.policyNote)
        return out
    }

    func overdueTable(_ data: PlanningData, _ f: ReportFigures, _ t: ReportText) -> HTMLTable {
        var out = HTMLTable(caption: t(.overdueTable),
                            columns: [.init(heading: t(.parcel)), .init(heading: t(.park)), .init(heading: t(.commune)),
                                      .init(heading: t(.plannedHandover)), .init(heading: t(.status)),
                                      .init(heading: t(.daysOverdue), numeric: true), .init(heading: t(.areaM2), numeric: true),
                                      .init(heading: t(.households), numeric: true), .init(heading: t(.unpaidMillionVND), numeric: true),
                                      .init(heading: t(.board))],
                            emptyText: t(.noRows))
        let n = { (v: Double?, d: Int) in v.map { NumberText.format($0, decimals: d, lang: self.lang) } ?? "–" }
        out.rows = f.overdue.prefix(overdueRowLimit).map { o in
            (o.parcelId, [o.parcelId, o.parkId.flatMap { data.park(id: $0)?.name } ?? o.parkId ?? "–", o.unitName ?? "–",
                          t.date(o.plannedHandover), t.status(o.status), n(Double(o.daysOverdue), 0), n(o.areaM2, 0),
                          n(o.households.map(Double.init), 0), n(o.unpaidCompensationVND.map { $0 / 1_000_000 }, 1),
                          o.boardUnitName ?? "–"])
        }
        if f.overdue.count > overdueRowLimit {
            out.note = lang == .vi
                ? "Liệt kê \(overdueRowLimit) thửa chậm nhất trong tổng số \(NumberText.format(Double(f.overdue.count), lang: lang)) thửa; danh sách đầy đủ: parkplan clearance --overdue --format csv."
                : "The \(overdueRowLimit) most overdue of \(NumberText.format(Double(f.overdue.count), lang: lang)) parcels; the full list: parkplan clearance --overdue --format csv."
        }
        return out
    }

    func overlapsTable(_ data: PlanningData, _ f: ReportFigures, _ t: ReportText) -> HTMLTable {
        let table = f.overlaps
        var out = HTMLTable(caption: t(.overlapsTable) + " (≥ \(NumberText.format(f.overlapMinAreaM2, lang: lang)) m²)",
                            columns: [.init(heading: t(.featureA)), .init(heading: t(.featureB)), .init(heading: t(.layerA)), .init(heading: t(.layerB)),
                                      .init(heading: t(.overlapHa), numeric: true), .init(heading: t(.shareA), numeric: true),
                                      .init(heading: t(.shareB), numeric: true)],
                            emptyText: t(.noRows))
        let percent = { (v: AttributeValue?) in cells.number(v?.numberValue.map { .number($0 * 100) }, decimals: 1) }
        /// A park's name for a feature of the parks layer, the id otherwise.
        func name(_ id: AttributeValue?, _ layer: AttributeValue?) -> String {
            let text = cells.string(id)
            return layer?.stringValue == "parks" ? data.park(id: text)?.name ?? text : text
        }
        out.rows = table.rows.map { r in
            (r.id, [name(table.value(r, "a"), table.value(r, "layer_a")), name(table.value(r, "b"), table.value(r, "layer_b")),
                    table.value(r, "layer_a")?.stringValue.map(t.layer) ?? "–",
                    table.value(r, "layer_b")?.stringValue.map(t.layer) ?? "–", cells.number(table.value(r, "area_ha"), decimals: 3),
                    percent(table.value(r, "share_a")), percent(table.value(r, "share_b"))])
        }
        return out
    }

    /// Works on land not handed over; the site-on-parcels area only for a work that is an
    /// area (a point or line work covers none: "–", not 0).
    func conflictsTable(_ data: PlanningData, _ f: ReportFigures, _ t: ReportText) -> HTMLTable {
        let table = f.utilityPlans
        var out = HTMLTable(caption: t(.conflictsTable),
                            columns: [.init(heading: t(.work)), .init(heading: t(.utility)), .init(heading: t(.status)),
                                      .init(heading: t(.operationalFrom)), .init(heading: t(.parcels)),
                                      .init(heading: t(.parcelAreaHa), numeric: true), .init(heading: t(.overlapAreaHa), numeric: true)],
                            emptyText: t(.noRows))
        out.rows = table.rows.filter { table.value($0, "kind")?.stringValue == "planned_on_uncleared_land" }.map { r in
            var parcels: [String] = []
            if case .array(let ids)? = table.value(r, "parcels") { parcels = ids.compactMap(\.stringValue) }
            let listed = parcels.prefix(6).joined(separator: ", ") + (parcels.count > 6 ? " … (+\(parcels.count - 6))" : "")
            let utility = table.value(r, "utility")?.stringValue.flatMap(Utility.init(rawValue:))
            let from = table.value(r, "operational_from")?.stringValue.flatMap { try? LocalDate(iso: $0) }
            return (r.id, [cells.string(table.value(r, "work")), utility.map(t.utility) ?? "–",
                           table.value(r, "status")?.stringValue.flatMap(WorkStatus.init(rawValue:)).map(t.workStatus) ?? "–",
                           from.map(t.date) ?? "–", listed,
                           cells.number(table.value(r, "parcel_m2"), decimals: 2, divisor: 10_000),
                           data.work(id: cells.string(table.value(r, "work")))?.footprint.polygons.isEmpty ?? false
                               ? "–" : cells.number(table.value(r, "overlap_m2"), decimals: 2, divisor: 10_000)])
        }
        return out
    }

    /// The totals row of a clearance table (its `totals` member), under the name column.
    private func footer(_ table: ResultTable, _ t: ReportText, households: Bool = true) -> [String]? {
        guard case .object(let totals)? = table.extra.first(where: { $0.0 == "totals" })?.1 else { return nil }
        return [t(.total), ""] + clearanceCells(table, households: households) { totals[$0] }
    }
}
