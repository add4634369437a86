import Geo
import Planner

/// The single maps of `parkplan map`: one layer or one query's answer.
extension PlanningMaps {
    /// The map of `subject`, over the whole city or one park.
    /// - Parameters:
    ///   - utility: the utility whose gaps are drawn (`gaps`, `clearance`); `nil` for none.
    ///   - parkId: only this park (its extent, its parcels and gaps); `nil` for every park.
    ///   - overlapMinAreaM2: the smallest overlap drawn, m².
    /// - Throws: ``GeoError`` when a query fails.
    public func map(_ subject: MapSubject, utility: Utility? = nil, parkId: String? = nil, width: Double = 1000,
                    overlapMinAreaM2: Double = 100) throws -> SVGMap {
        let park = parkId.flatMap { data.park(id: $0) }
        let parcels = park.map { parkParcels[$0.id] ?? [] } ?? self.parcels
        let parks = park.map { [$0] } ?? data.parks
        let focus: [Geometry]
        switch subject {
        case .units: focus = park.map { [$0.boundary] } ?? data.units.map(\.boundary)
        case .zones: focus = park.map { [$0.boundary] } ?? data.zones.map(\.area) + data.parks.map(\.boundary)
        case .infrastructure: focus = park.map { [$0.boundary] } ?? data.works.map(\.footprint) + data.parks.map(\.boundary)
        default: focus = parks.map(\.boundary) + (park == nil ? [] : parcels.map(\.boundary))
        }
        let extent = Self.extent(of: focus) ?? Envelope(minX: 0, minY: 0, maxX: 1000, maxY: 1000)
        var map = SVGMap(frame: MapFrame(fitting: extent, width: width, padding: 6, maxHeight: width * 1.3), id: "map", lang: lang)
        map.caption = "EPSG:9210 · \(text(.asOf)) \(text.date(asOf))"
        map.add(unitLayer())
        let outlines = parks.map { MapFeature($0.boundary, style: .outline(MapPalette.parkOutline, width: 1.2), title: $0.name) }
        let parkLegend = LegendEntry(text(.parks), style: .outline(MapPalette.parkOutline, width: 1.2), swatch: .line)
        let unitLegend = LegendEntry(text(.units), style: .outline(MapPalette.unitOutline, dash: "4 3"), swatch: .line)
        switch subject {
        case .parks:
            map.add(parks.map { MapFeature($0.boundary, style: .area(MapPalette.noParcels, opacity: 0.7, stroke: MapPalette.parkOutline), title: $0.name) })
            map.labels = parkLabels()
            map.legend = [LegendEntry(text(.parks), style: .area(MapPalette.noParcels)), unitLegend]
        case .parcels:
            map.add(outlines)
            addParcelStatus(parcels, to: &map)
            map.legend = ClearanceStatus.allCases.map { LegendEntry(text.status($0), style: .area(FeatureStyle.color($0))) }
        case .units:
            map.labels = data.units(at: data.unitLevels.first ?? .district).compactMap { u in
                u.boundary.envelope.map { MapLabel(u.name, at: $0.center, size: 10, feature: u.boundary) }
            }
            map.legend = [unitLegend]
        case .zones:
            map.add(data.zones.map { z in
                MapFeature(z.area, style: .area(MapPalette.color(z.landUse), opacity: 0.8, stroke: "#636363", strokeWidth: 0.4),
                           title: "\(z.id) (\(z.landUse.rawValue))")
            })
            map.add(outlines)
            let codes = Set(data.zones.map(\.landUse.rawValue)).sorted()
            map.legend = codes.map { LegendEntry($0, style: .area(MapPalette.color(LandUseCode(rawValue: $0)))) } + [parkLegend]
        case .infrastructure:
            map.add(outlines)
            map.add(try data.works.map { w in
                MapFeature(try w.serviceArea(), style: MapStyle(fill: MapPalette.color(w.utility), fillOpacity: 0.08,
                                                                stroke: MapPalette.color(w.utility), strokeWidth: 0.5, dash: "2 2"))
            })
            map.add(data.works.map { w in
                MapFeature(w.footprint, style: MapStyle(fill: MapPalette.color(w.utility), fillOpacity: 0.5, stroke: MapPalette.color(w.utility),
                                                        strokeWidth: 2, pointRadius: 4), title: "\(w.id) (\(text.utility(w.utility)))")
            })
            map.legend = Utility.allCases.map { LegendEntry(text.utility($0), style: MapStyle(fill: MapPalette.color($0), stroke: MapPalette.color($0)), swatch: .point) }
                + [parkLegend]
        case .gaps:
            let u = utility ?? .power
            let gaps = try CoverageGapQuery(asOf: asOf, parkIds: parks.map(\.id), utilities: [u]).run(data)
            map.add(parks.map { MapFeature($0.boundary, style: .area("#e5f5e0", opacity: 1, stroke: MapPalette.parkOutline), title: $0.name) })
            map.add(gaps.filter { !$0.gapGeometry.isEmpty }.map { MapFeature($0.gapGeometry, style: .hatched(FeatureStyle.gap), title: $0.parkId) })
            map.labels = park == nil ? parkLabels() : []
            map.legend = [LegendEntry("\(text(.utilityGaps)): \(text.utility(u).lowercased())", style: .hatched(FeatureStyle.gap)), parkLegend]
        case .overlaps:
            let query = OverlapQuery(minAreaM2: overlapMinAreaM2)
            let findings = try query.within(.parks(parks))
                + query.within(OverlapLayer(name: "parcels", features: parcels.map { .init(id: $0.record.id, geometry: $0.boundary) }))
            map.add(outlines)
            map.add(findings.map { MapFeature($0.geometry, style: .area(FeatureStyle.overlap, opacity: 0.7, stroke: FeatureStyle.overlap), title: "\($0.a) × \($0.b)") })
            map.legend = [LegendEntry(text(.overlaps), style: .area(FeatureStyle.overlap, opacity: 0.7)), parkLegend]
        case .clearance:
            let gaps = try utility.map { try CoverageGapQuery(asOf: asOf, parkIds: parks.map(\.id), utilities: [$0]).run(data) } ?? []
            var city = self.city(gaps: gaps, utility: utility, width: width, id: "map")
            city.frame = map.frame
            return city
        }
        return map
    }
}
