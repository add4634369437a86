import Geo
import Planner

/// The maps of the planning data, drawn in EPSG:9210 (metres, conformal, so the scale
/// bar is honest): the city's parks coloured by cleared share, one park's parcels by
/// status, a park's coverage gap for one utility, and one map per layer or query for
/// `parkplan map`.
public struct PlanningMaps: Sendable {
    /// One parcel as the maps draw it: its record on ``asOf`` (id, area, status) and its
    /// boundary (EPSG:9210).
    public typealias MappedParcel = (record: ParcelClearanceRecord, boundary: Geometry)

    /// The layers drawn but the parcels (which are ``parcels``).
    public var data: PlanningData
    /// Every parcel drawn, in the store's parcel order (those active on ``asOf``).
    public let parcels: [MappedParcel]
    /// ``parcels`` of each park by park id, each park's own (not those of parks nested in
    /// it), in the same order.
    public let parkParcels: [String: [MappedParcel]]
    /// The day clearance and service are taken on.
    public var asOf: LocalDate
    /// The language of legends and labels.
    public var lang: ReportLanguage
    var text: ReportText { ReportText(lang) }

    /// Creates the map maker, the parcels taken from `data`.
    public init(data: PlanningData, asOf: LocalDate, lang: ReportLanguage) {
        self.init(data: data, parcels: data.parcels.map { (ParcelClearanceRecord($0, asOf: asOf, level: nil), $0.boundary) },
                  asOf: asOf, lang: lang)
    }

    /// Creates the map maker over `data`'s parks, units, zones and works and `parcels` read
    /// lean (each parcel's record on `asOf` and its boundary, EPSG:9210), not `data`'s.
    public init(data: PlanningData, parcels: [MappedParcel], asOf: LocalDate, lang: ReportLanguage) {
        self.data = data
        self.parcels = parcels
        parkParcels = ParcelClearanceRecord.byPark(parcels)
        self.asOf = asOf
        self.lang = lang
    }

    /// The envelope of all parks grown by 4 % (at least 500 m) on each side; `nil` with no parks.
    public var parksExtent: Envelope? { Self.extent(of: data.parks.map(\.boundary)) }

    /// The envelope of `geometries` grown by 4 % of its larger side (at least 200 m).
    public static func extent(of geometries: [Geometry]) -> Envelope? {
        var e: Envelope?
        for g in geometries {
            guard let ge = g.envelope else { continue }
            if e == nil { e = ge } else { e!.expand(toInclude: ge) }
        }
        return e.map { $0.expanded(by: max(200, max($0.width, $0.height) * 0.04)) }
    }

    /// The city map: unit outlines, parks coloured by the share of their parcels handed
    /// over, and the given coverage gaps hatched in red.
    public func city(gaps: [CoverageGap], utility: Utility?, width: Double = 720, id: String = "city") -> SVGMap {
        let extent = parksExtent ?? Envelope(minX: 0, minY: 0, maxX: 1000, maxY: 1000)
        var map = SVGMap(frame: MapFrame(fitting: extent, width: width, padding: 6, maxHeight: width * 1.2), id: id, lang: lang)
        map.add(unitLayer())
        map.add(clearanceShareLayer())
        if let utility {
            map.add(gaps.filter { $0.utility == utility && !$0.gapGeometry.isEmpty }.map {
                MapFeature($0.gapGeometry, style: .hatched(FeatureStyle.gap),
                           title: "\(data.park(id: $0.parkId)?.name ?? $0.parkId): \(text(.gaps)) \(text.utility(utility).lowercased())")
            })
        }
        map.labels = parkLabels()
        map.legend = shareLegend() + [LegendEntry(text(.units), style: .outline(MapPalette.unitOutline, dash: "4 3"), swatch: .line)]
        if let utility { map.legend.append(LegendEntry("\(text(.utilityGaps)): \(text.utility(utility).lowercased())", style: .hatched(FeatureStyle.gap))) }
        map.caption = "EPSG:9210 (VN-2000 / TM-3 105-45) · \(text(.asOf)) \(text.date(asOf))"
        return map
    }

    /// One park's parcels coloured by clearance status on the day, over the park outline.
    public func parcels(of park: IndustrialPark, width: Double = 360, id: String) -> SVGMap {
        let parcels = parkParcels[park.id] ?? []
        var extent = Self.extent(of: [park.boundary] + parcels.map(\.boundary)) ?? Envelope(minX: 0, minY: 0, maxX: 1, maxY: 1)
        // A few parcels in a vast zone: show the parcels, the zone's outline runs off the map.
        if let tight = Self.extent(of: parcels.map(\.boundary)), tight.width * tight.height < 0.1 * extent.width * extent.height {
            extent = tight
        }
        var map = SVGMap(frame: MapFrame(fitting: extent, width: width, padding: 4, maxHeight: width * 0.7), id: id, lang: lang)
        map.add([MapFeature(park.boundary, style: MapStyle(fill: "#ffffff", stroke: MapPalette.parkOutline, strokeWidth: 1.5))])
        addParcelStatus(parcels, to: &map)
        let present = Set(parcels.map(\.record.status))
        map.legend = ClearanceStatus.allCases.filter(present.contains).map {
            LegendEntry(text.status($0), style: .area(FeatureStyle.color($0)))
        }
        return map
    }

    /// One park's outline with its gap for one utility hatched.
    public func gap(_ gap: CoverageGap, of park: IndustrialPark, width: Double = 180, id: String) -> SVGMap {
        let extent = Self.extent(of: [park.boundary]) ?? Envelope(minX: 0, minY: 0, maxX: 1, maxY: 1)
        var map = SVGMap(frame: MapFrame(fitting: extent, width: width, padding: 4, maxHeight: width * 0.9), id: id, lang: lang)
        map.furniture = false
        map.add([MapFeature(park.boundary, style: MapStyle(fill: "#e5f5e0", stroke: MapPalette.parkOutline, strokeWidth: 1))])
        if !gap.gapGeometry.isEmpty {
            map.add([MapFeature(gap.gapGeometry, style: .hatched(MapPalette.color(gap.utility)))])
        }
        return map
    }

    /// The most parcels a map draws one by one; above it they are drawn as a ``MapGrid`` of
    /// ``parcelGridCellPixels`` cells, so no map grows with the city (a million parcels
    /// drawn at full detail made a 239 MB report).
    public static let maxParcelsDrawn = 3_000
    /// The side of a cell of the parcel grid, px.
    public static let parcelGridCellPixels = 2.0

    /// `parcels` coloured by their status on the day, as a layer of `map`: one path each
    /// with its id and status on hover, or past ``maxParcelsDrawn`` a grid of the statuses
    /// (the map's caption then says so and how many parcels it holds).
    func addParcelStatus(_ parcels: [MappedParcel], to map: inout SVGMap) {
        let style = { (s: ClearanceStatus) in MapStyle.area(FeatureStyle.color(s), opacity: 0.9, stroke: "#ffffff", strokeWidth: 0.3) }
        guard parcels.count > Self.maxParcelsDrawn else {
            map.add(parcels.map { p in
                MapFeature(p.boundary, style: style(p.record.status), title: "\(p.record.id): \(text.status(p.record.status))")
            })
            return
        }
        let statuses = ClearanceStatus.allCases
        var grid = MapGrid(frame: map.frame, cellPixels: Self.parcelGridCellPixels,
                           classes: statuses.map { .init(style: style($0), title: text.status($0)) })
        let index = Dictionary(uniqueKeysWithValues: statuses.enumerated().map { ($1, $0) })
        for p in parcels { grid.paint(p.boundary, classIndex: index[p.record.status]!) }
        map.add(.grid(grid))
        let note = "\(NumberText.format(Double(parcels.count), lang: lang)) \(text(.gridCells)): \(NumberText.svg(Self.parcelGridCellPixels))"
        map.caption = map.caption.map { $0 + " · " + note } ?? note
    }

    /// Unit outlines of the data's first level (dashed grey), with their names on hover.
    func unitLayer() -> [MapFeature] {
        guard let level = data.unitLevels.first else { return [] }
        return data.units(at: level).map {
            MapFeature($0.boundary, style: MapStyle(fill: "#fdfdf5", stroke: MapPalette.unitOutline, strokeWidth: 0.8, dash: "4 3"),
                       title: $0.name)
        }
    }

    /// Parks filled by the share of their parcels handed over on the day (as `parkplan parks` computes it).
    func clearanceShareLayer() -> [MapFeature] {
        let query = ParkSummaryQuery(asOf: asOf)
        return data.parks.map { park in
            let share = query.summary(park, records: (parkParcels[park.id] ?? []).map(\.record)).clearedShare
            let fill = share.map(FeatureStyle.color(share:)) ?? MapPalette.noParcels
            let figure = share.map { NumberText.percent($0, lang: lang) } ?? text(.noParcels)
            return MapFeature(park.boundary, style: .area(fill, opacity: share == nil ? 0.6 : 0.85, stroke: MapPalette.parkOutline, strokeWidth: 0.8),
                              title: "\(park.name): \(figure)")
        }
    }

    /// Park names anchored at the centre of each park's envelope, each with its park's
    /// outline so ``LabelPlacement`` keeps the labels off one another and off other parks.
    func parkLabels(size: Double = 10) -> [MapLabel] {
        data.parks.compactMap { p in p.boundary.envelope.map { MapLabel(p.name, at: $0.center, size: size, feature: p.boundary) } }
    }

    /// The five share classes and "no parcels".
    func shareLegend() -> [LegendEntry] {
        let f = { (v: Double) in NumberText.format(v * 100, lang: lang) }
        return MapPalette.shareClasses.map { c in
            LegendEntry("\(f(c.lower))–\(f(c.lower + 0.2)) %", style: .area(c.color))
        } + [LegendEntry(text(.noParcels), style: .area(MapPalette.noParcels, opacity: 0.6))]
    }
}
