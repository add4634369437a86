import Foundation
import Geo
import Planner

/// The layers shipped in `geodata/`, imported once with the product's importers: parks
/// and parcels apportioned over the districts, communes kept for on-the-fly apportionment.
enum ShippedData {
    /// The package root (three folders above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let loaded: Result<PlanningData, any Error> = Result { try load() }

    /// A report date inside the shipped histories (events run from 2021 to 2026).
    static let asOf = LocalDate(year: 2025, month: 12, day: 31)!

    static func load() throws -> PlanningData {
        try PlanningData.importing(folder: packageRoot.appendingPathComponent("geodata"))
    }
}
