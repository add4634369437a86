import Planner

/// The report's header, maps and charts.
extension QuarterlyReport {
    /// Title, date and the four headline figures (from the clearance totals).
    func header(_ f: ReportFigures, _ t: ReportText) -> String {
        let n = { (v: Double, d: Int) in NumberText.format(v, decimals: d, lang: lang) }
        let figures: [(String, String)] = [
            (n(f.totals.areaM2 / 10_000, 2) + " ha", t(.totalArea)),
            (n(f.totals.clearedAreaM2 / 10_000, 2) + " ha", t(.clearedArea)),
            (n(f.totals.percentCleared, 1) + " %", t(.clearedShare)),
            (n(Double(f.overdue.count), 0), t(.overdueCount)),
        ]
        return "<header><h1>\(HTMLText.escape(t(.title)))</h1>"
            + "<p class=\"sub\">\(HTMLText.escape(t(.subtitle))) · \(HTMLText.escape(t.quarter(asOf))) · "
            + "\(HTMLText.escape(t(.asOf))) \(HTMLText.escape(t.date(asOf)))"
            + (asRecorded.map { " · \(HTMLText.escape(t(.asRecorded))) \(HTMLText.escape($0.description))" } ?? "")
            + "</p></header>"
            + "<div class=\"figures\">" + figures.map { v, label in
                "<div class=\"figure\"><b>\(HTMLText.escape(v))</b><span>\(HTMLText.escape(label))</span></div>"
            }.joined() + "</div>"
    }

    /// The city map with its caption.
    func cityMap(_ maps: PlanningMaps, _ f: ReportFigures, _ t: ReportText) -> String {
        let map = maps.city(gaps: f.gaps, utility: utility, width: 728, id: "city")
        return "<figure>\(map.svg())<figcaption>\(HTMLText.escape(t(.shareLegend))); "
            + "\(HTMLText.escape(t(.utilityGaps))) \(HTMLText.escape(t.utility(utility).lowercased())).</figcaption></figure>"
    }

    /// Cleared against total area per unit, as horizontal bars (the unit table's numbers).
    func unitChart(_ f: ReportFigures, _ t: ReportText) -> String {
        guard let table = f.byUnit else { return "" }
        let bars = table.rows.map { r in
            BarChart.Bar(label: unitName(table, r, t),
                         value: table.value(r, "cleared_ha")?.numberValue ?? 0,
                         total: (table.value(r, "total_m2")?.numberValue ?? 0) / 10_000)
        }
        return "<h3>\(HTMLText.escape(t(.byUnit)))</h3><figure>\(BarChart(bars: bars, unit: "ha", decimals: 1, lang: lang).svg())</figure>"
    }

    /// The cleared area at each quarter end, against the total parcel area.
    func trendChart(_ f: ReportFigures, _ t: ReportText) -> String {
        guard let last = f.trend.last else { return "" }
        let points = f.trend.map { p in
            TrendChart.Point(label: p.date == asOf && p.date != p.date.endOfQuarter ? t.date(p.date) : t.quarter(p.date),
                             value: p.clearedAreaM2 / 10_000)
        }
        let chart = TrendChart(points: points,
                               reference: (last.totalAreaM2 / 10_000, "\(t(.total)) \(NumberText.format(last.totalAreaM2 / 10_000, decimals: 1, lang: lang)) ha"),
                               unit: "ha", lang: lang)
        return "<h3>\(HTMLText.escape(t(.trend)))</h3><figure>\(chart.svg())"
            + "<figcaption>\(HTMLText.escape(t(.trendNote))).</figcaption></figure>"
    }

    /// For each park with parcels: its figures, its parcels by status and its three gap maps.
    func parkSections(_ maps: PlanningMaps, _ f: ReportFigures, _ t: ReportText) -> String {
        var out = ""
        for (i, park) in maps.data.parks.enumerated() where !(maps.parkParcels[park.id] ?? []).isEmpty {
            let row = f.byPark.rows.first { f.byPark.value($0, "park")?.stringValue == park.id }
            let cells = ReportCells(lang: lang)
            let cleared = cells.number(row.flatMap { f.byPark.value($0, "cleared_ha") }, decimals: 2)
            let total = cells.number(row.flatMap { f.byPark.value($0, "total_m2") }, decimals: 2, divisor: 10_000)
            let percent = cells.number(row.flatMap { f.byPark.value($0, "percent") }, decimals: 1)
            let overdue = f.overdue.filter { $0.parkId == park.id }.count
            out += "<section class=\"park\" data-park=\"\(HTMLText.escape(park.id))\"><h3>\(HTMLText.escape(park.name))</h3>"
                + "<p>\(HTMLText.escape(t(.clearedArea))): <b>\(cleared)</b> / \(total) ha (\(percent) %) · "
                + "\(HTMLText.escape(t(.overdueCount))): \(NumberText.format(Double(overdue), lang: lang))</p>"
                + "<div class=\"park-maps\"><figure>\(maps.parcels(of: park, width: 728, id: "park\(i)").svg())"
                + "<figcaption>\(HTMLText.escape(t(.parcelStatus)))</figcaption></figure><div class=\"gap-maps\">"
            for gap in f.gaps where gap.parkId == park.id {
                let caption = "\(t.utility(gap.utility)): \(t(.notServed)) "
                    + (gap.gapAreaM2 > 0 ? NumberText.hectares(fromSquareMetres: gap.gapAreaM2, lang: lang)
                        + " (" + NumberText.percent(gap.gapShare, lang: lang) + ")" : t(.noGaps))
                out += "<figure>\(maps.gap(gap, of: park, width: 232, id: "park\(i)-\(gap.utility.rawValue)").svg())"
                    + "<figcaption>\(HTMLText.escape(caption))</figcaption></figure>"
            }
            out += "</div></div></section>"
        }
        return out
    }

    /// A unit row's name; the part in no unit is named as such.
    func unitName(_ table: ResultTable, _ row: ResultTable.Row, _ t: ReportText) -> String {
        table.value(row, "unit_name")?.stringValue ?? t(.none)
    }
}
