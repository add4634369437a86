import Foundation
import Planner

/// Board units named as users type them, resolved against the units the store holds (no
/// list in code): an id (`315`, `phuong-an-hai`), a name in NFC (`An Hải`) or without
/// diacritics (`an hai`), each optionally with its level (`commune:An Hải`).
struct UnitNameResolver {
    let units: [AdministrativeUnit]

    /// The unit `text` names.
    /// - Throws: ``OptionRefusal`` (`units`) when it names none or several, saying which.
    func resolve(_ text: String) throws(OptionRefusal) -> UnitReference {
        let typed = text.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
        var level: UnitLevel?
        var name = typed
        if let colon = typed.firstIndex(of: ":") {
            level = UnitLevel(rawValue: String(typed[..<colon]))
            name = String(typed[typed.index(after: colon)...])
        }
        let candidates = units.filter { level == nil || $0.level == level }
        var found = candidates.filter { $0.id == name }
        if found.isEmpty { found = candidates.filter { $0.name.precomposedStringWithCanonicalMapping == name } }
        if found.isEmpty { found = candidates.filter { VietnameseName.key($0.name) == VietnameseName.key(name) } }
        switch found.count {
        case 1: return UnitReference(level: found[0].level, id: found[0].id)
        case 0:
            throw OptionRefusal(parameter: "units", "no unit \"\(typed)\" in the store; `parkplan layers` lists the unit levels, the units layer their ids and names")
        default:
            throw OptionRefusal(parameter: "units", "\"\(typed)\" names \(found.count) units: "
                                    + found.map { "\($0.level.rawValue):\($0.id) (\($0.name))" }.joined(separator: ", ") + "; name one as LEVEL:ID")
        }
    }
}
