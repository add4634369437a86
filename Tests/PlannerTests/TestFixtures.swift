import Foundation
import Geo
@testable import Planner

/// Paths and small hand-made values shared by the Planner tests.
enum TestFixtures {
    /// The package root (two folders above this file's folder).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A file of Tests/Fixtures (see its README for source and licence).
    static func fixture(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/Fixtures/\(name)")
    }

    /// A seed plan from Tests/Fixtures.
    static func seed(_ name: String) throws -> String {
        let url = fixture(name)
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// An axis-aligned square (or rectangle) in EPSG:9210 metres.
    static func box(_ minX: Double, _ minY: Double, _ maxX: Double, _ maxY: Double) -> Geometry {
        .polygon(Envelope(minX: minX, minY: minY, maxX: maxX, maxY: maxY).polygon)
    }

    /// The parks of the team's shared data README, with placeholder boundaries.
    static let readmeParks: [IndustrialPark] = [
        ("XC", "Xuân Cầu", ParkKind.nonTariffZone), ("NTC", "Nam Tràng Cát", .industrialPark),
        ("TT", "Tiên Thanh", .industrialPark), ("AH", "An Hòa", .industrialPark),
        ("NCK", "Nam Cầu Kiền", .industrialPark), ("DEEPC", "DEEP C", .industrialPark),
        ("NMR", "Nomura – Hải Phòng", .industrialPark), ("TD", "Tràng Duệ", .industrialPark),
        ("DVCH", "Khu kinh tế Đình Vũ – Cát Hải", .economicZone),
    ].enumerated().map { i, p in
        IndustrialPark(id: p.0, name: p.1, kind: p.2, boundary: box(Double(i) * 1000, 0, Double(i) * 1000 + 500, 500))
    }
}
