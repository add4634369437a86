import Geo
@testable import Planner

/// Small hand-made layers for the query tests (EPSG:9210 metres, answers known exactly).
enum QueryFixtures {
    static func box(_ minX: Double, _ minY: Double, _ maxX: Double, _ maxY: Double) -> Geometry {
        TestFixtures.box(minX, minY, maxX, maxY)
    }

    static func date(_ iso: String) -> LocalDate { try! LocalDate(iso: iso) }

    static func park(_ id: String, _ boundary: Geometry, approvedHa: Double? = nil,
                     attributes: [String: AttributeValue] = [:]) -> IndustrialPark {
        IndustrialPark(id: id, name: id, kind: .industrialPark, approvedAreaHa: approvedHa, boundary: boundary, attributes: attributes)
    }

    /// A parcel with a history of (status, ISO date) events.
    static func parcel(_ id: String, park: String?, _ boundary: Geometry, history: [(ClearanceStatus, String)] = [],
                       plannedHandover: String? = nil, households: Int? = nil, planned: Double? = nil, paid: Double? = nil,
                       units: [UnitShare] = []) -> Parcel {
        let events = history.map { ClearanceEvent(status: $0.0, date: date($0.1)) }
        return Parcel(id: id, parkId: park, units: units, landUse: .riceLand, households: households,
                      compensationPlannedVND: planned, compensationPaidVND: paid,
                      plannedHandover: plannedHandover.map(date), clearance: try! ClearanceHistory(events), boundary: boundary)
    }

    static func unit(_ id: String, _ boundary: Geometry, level: UnitLevel = .commune) -> AdministrativeUnit {
        AdministrativeUnit(id: id, name: "Unit \(id)", level: level, boundary: boundary)
    }

    /// Many overlapping boxes on a staggered grid: a workload with real candidates for thread tests.
    static func staggeredBoxes(_ count: Int) -> [Geometry] {
        (0..<count).map { i in
            let x = Double(i % 20) * 9 + Double(i / 20 % 3)
            let y = Double(i / 20) * 9
            return box(x, y, x + 10 + Double(i % 3), y + 10)
        }
    }
}
