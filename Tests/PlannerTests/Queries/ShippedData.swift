import Foundation
import Geo
@testable import Planner

/// The layers shipped in `geodata/`, imported once with the product's importers:
/// parks and parcels apportioned over the districts, communes kept for on-the-fly apportionment.
enum ShippedData {
    static let loaded: Result<PlanningData, any Error> = Result { try load() }

    static func load() throws -> PlanningData {
        try PlanningData.importing(folder: TestFixtures.packageRoot.appendingPathComponent("geodata"))
    }
}
