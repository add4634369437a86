import Planner

/// Resolves park ids or names to ids: names match with or without diacritics ("An Hoa"
/// finds "an-hoa"), and an unknown name is refused with the closest names.
public enum ParkResolver {
    /// The ids of `names` among `parks`, in the order given; `nil` when no names are given
    /// (every park).
    /// - Throws: ``ParkLookupError`` for a name matching no park or several.
    public static func ids(_ names: [String], in parks: [IndustrialPark]) throws -> [String]? {
        guard !names.isEmpty else { return nil }
        let index = NameIndex(parks: parks)
        return try names.map { name in
            switch index.lookup(name) {
            case .found(let id): return id
            case .ambiguous(let ids): throw ParkLookupError.ambiguous(name: name, ids: ids)
            case .notFound(let suggestions): throw ParkLookupError.notFound(name: name, suggestions: suggestions)
            }
        }
    }
}
