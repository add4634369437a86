import Planner

extension OutlineLayer {
    /// The layer a question names: "parks", "parcels", "zones" (only `landUses`, when
    /// given) or "units:LEVEL" (a level the store holds, among `levels`).
    /// - Throws: ``UnknownOutlineLayer``, ``UnitLevelNotStored``.
    init(name: String, levels: [UnitLevel], landUses: Set<LandUseCode>?) throws {
        switch name {
        case "parks": self = .parks
        case "parcels": self = .parcels
        case "zones": self = .zones(landUses: landUses)
        case let n where n.hasPrefix("units:"):
            let level = UnitLevel(rawValue: String(n.dropFirst(6)))
            try UnitLevelNotStored.check(level, in: levels)
            self = .units(level)
        default: throw UnknownOutlineLayer(name: name, levels: levels)
        }
    }
}
