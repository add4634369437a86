import Planner
import PlannerPresentation

/// One layer or query drawn as a standalone SVG picture (EPSG:9210, with scale bar,
/// north arrow and legend).
public struct MapPicture: Sendable {
    /// What is drawn.
    public var subject: MapSubject
    /// The utility of gaps (and of the gaps hatched on the clearance map); `nil` for the default.
    public var utility: Utility?
    /// Only this park (id or name): its extent, parcels and gaps.
    public var park: String?
    /// The picture's width, px.
    public var width: Double
    /// The legend's language.
    public var lang: ReportLanguage
    /// The day statuses and works are taken on.
    public var asOf: LocalDate

    /// Creates the picture.
    public init(subject: MapSubject, utility: Utility? = nil, park: String? = nil, width: Double = 1000, lang: ReportLanguage = .vi,
                asOf: LocalDate) {
        self.subject = subject
        self.utility = utility
        self.park = park
        self.width = width
        self.lang = lang
        self.asOf = asOf
    }

    /// The SVG document, XML declaration first, ending in a newline. Reads lean: the parks,
    /// units, zones and works, and only for the parcels, overlaps and clearance maps each
    /// parcel's record on the day with its boundary; never a whole parcel.
    /// - Throws: ``ParkLookupError``; store and GEOS errors.
    public func svgDocument(_ store: any PlanningReading & ClearanceReading) throws -> String {
        let data = PlanningData(parks: try store.parks(), units: try store.units(level: nil), zones: try store.zones(),
                                works: try store.works(), tasks: try store.tasks())
        let parkId = try park.map { try ParkResolver.ids([$0], in: data.parks)![0] }
        var parcels: [PlanningMaps.MappedParcel] = []
        if [.parcels, .overlaps, .clearance].contains(subject) {
            let (records, boundaries) = try store.clearanceRecordsAndBoundaries(asOf: asOf, level: nil, parkIds: nil)
            parcels = ParcelClearanceRecord.withBoundaries(records, boundaries)
        }
        let maps = PlanningMaps(data: data, parcels: parcels, asOf: asOf, lang: lang)
        let svg = try maps.map(subject, utility: utility, parkId: parkId, width: width).svg(standalone: true)
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n"
    }
}
