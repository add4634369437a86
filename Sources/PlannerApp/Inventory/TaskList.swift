import Geo
import Planner

/// The plan's tasks with their section, the parks they name, and the names of parks or
/// zones in their text that no stored park answers to (``ParkMentions``).
public struct TaskList: Sendable {
    /// Only this section; `nil` for every task.
    public var section: TaskSection?

    /// Creates the list.
    public init(section: TaskSection? = nil) { self.section = section }

    /// The tasks in the store's order, as of the day the store is read; in the table each
    /// task that names a park is a feature: the union of its parks' outlines (EPSG:9210).
    /// - Throws: store and GEOS errors.
    public func run(_ store: any PlanningReading) throws -> Answer<[PlanTask]> {
        let tasks = try store.tasks().filter { section == nil || $0.section == section }
        let parks = try store.parks()
        let mentions = ParkMentions(parks: parks)
        let unmatched = Dictionary(uniqueKeysWithValues: tasks.map { ($0.reference, mentions.find(in: $0.content).unmatched) })
        return Answer(result: tasks, table: .tasks(tasks, asOf: .today, unmatched: unmatched,
                                                   outlines: try Self.outlines(of: tasks, parks: parks)))
    }

    /// Each task's parks as one geometry (their union, so a park nested in a zone that the
    /// task also names is not drawn twice), by task reference; tasks naming no stored park
    /// are left out. A MultiPolygon each, EPSG:9210.
    /// - Throws: ``GeoError`` when GEOS fails on an outline.
    static func outlines(of tasks: [PlanTask], parks: [IndustrialPark]) throws -> [String: Geometry] {
        let boundaries = Dictionary(parks.map { ($0.id, $0.boundary) }, uniquingKeysWith: { a, _ in a })
        var out: [String: Geometry] = [:]
        for task in tasks {
            let shapes = task.parkIds.compactMap { boundaries[$0] }
            guard !shapes.isEmpty else { continue }
            // Always a MultiPolygon, so a GDAL layer of tasks has one geometry type.
            let union = shapes.count == 1 ? shapes[0] : try Geometry.unaryUnion(shapes)
            out[task.reference] = .multiPolygon(MultiPolygon(union.polygons))
        }
        return out
    }
}
