/// An invalid polygon fixed on import (only with ``ImportOptions/repair``).
public struct GeometryRepair: Hashable, Sendable, CustomStringConvertible {
    /// The file name.
    public var file: String
    /// The feature's position in `features`, from 0.
    public var featureIndex: Int
    /// The feature's id.
    public var featureId: String?
    /// What was wrong, e.g. "Self-intersection at (106.6801, 20.8602)".
    public var problem: String
    /// The area before repair, m² (EPSG:9210), by the shoelace formula: in a bow-tie the
    /// two loops cancel, so this can be far from what was meant.
    public var areaBeforeM2: Double
    /// The area after repair, m² (EPSG:9210).
    public var areaAfterM2: Double

    /// The area the repair added (positive) or removed (negative), m².
    public var areaChangeM2: Double { areaAfterM2 - areaBeforeM2 }

    /// "parcels.geojson: feature 3 (id "P-3"): repaired Self-intersection at (…); area 0.0 → 50.0 m² (+50.0 m²)".
    public var description: String {
        let id = featureId.map { " (id \"\($0)\")" } ?? ""
        func m2(_ v: Double) -> String { (v * 10).rounded() / 10 == 0 ? "0.0" : String((v * 10).rounded() / 10) }
        return "\(file): feature \(featureIndex)\(id): repaired \(problem); area \(m2(areaBeforeM2)) → \(m2(areaAfterM2)) m² (\(areaChangeM2 >= 0 ? "+" : "")\(m2(areaChangeM2)) m²)"
    }
}
