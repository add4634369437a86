/// Finds things (parks) by id or by name, ignoring case, diacritics and generic words
/// such as "khu công nghiệp", and suggests the closest names for an unknown one.
public struct NameIndex: Sendable {
    /// One thing that can be found: its id and every name it goes by.
    public struct Entry: Hashable, Sendable {
        /// The id returned by look-ups.
        public var id: String
        /// The names (the first is the main name, NFC).
        public var names: [String]
        /// Creates an entry.
        public init(id: String, names: [String]) {
            self.id = id
            self.names = names
        }
    }

    /// The answer to a look-up.
    public enum Lookup: Hashable, Sendable {
        /// Exactly one entry matched; its id.
        case found(String)
        /// Several entries share the name; their ids.
        case ambiguous([String])
        /// Nothing matched; the closest main names, best first (possibly none).
        case notFound(suggestions: [String])
    }

    /// The entries, in the order given.
    public let entries: [Entry]
    /// Folded name key → indices of entries (keys with and without generic prefix).
    let keys: [String: [Int]]

    /// Builds the index.
    public init(entries: [Entry]) {
        self.entries = entries
        var keys: [String: [Int]] = [:]
        for (i, entry) in entries.enumerated() {
            for name in entry.names {
                for key in Set([VietnameseName.key(name), VietnameseName.key(name, dropGenericPrefix: true)]) where !key.isEmpty {
                    if keys[key]?.contains(i) != true { keys[key, default: []].append(i) }
                }
            }
        }
        self.keys = keys
    }

    /// An index of parks by id, name and alternate names.
    public init(parks: [IndustrialPark]) {
        self.init(entries: parks.map { Entry(id: $0.id, names: [$0.name] + $0.alternateNames) })
    }

    /// Looks up an id (exact, then ignoring case) or a name (folded, generic words optional).
    public func lookup(_ query: String) -> Lookup {
        if let e = entries.first(where: { $0.id == query }) { return .found(e.id) }
        let byId = entries.filter { $0.id.lowercased() == query.lowercased() }
        if byId.count == 1 { return .found(byId[0].id) }
        var hits: [Int] = []
        for key in [VietnameseName.key(query), VietnameseName.key(query, dropGenericPrefix: true)] {
            for i in keys[key] ?? [] where !hits.contains(i) { hits.append(i) }
        }
        switch hits.count {
        case 1: return .found(entries[hits[0]].id)
        case 0: return .notFound(suggestions: suggestions(for: query))
        default: return .ambiguous(hits.map { entries[$0].id })
        }
    }

    /// The id when `query` names exactly one entry, else `nil`.
    public func id(for query: String) -> String? {
        if case .found(let id) = lookup(query) { return id }
        return nil
    }

    /// Up to `limit` main names whose folded keys are within a few edits of the query's
    /// (at most max(2, a third of its length)), closest first.
    public func suggestions(for query: String, limit: Int = 3) -> [String] {
        let q = VietnameseName.key(query, dropGenericPrefix: true)
        guard !q.isEmpty else { return [] }
        let allowed = max(2, q.count / 3)
        var scored: [(distance: Int, index: Int)] = []
        for (i, entry) in entries.enumerated() {
            let best = entry.names.map { EditDistance.between(q, VietnameseName.key($0, dropGenericPrefix: true)) }.min() ?? .max
            if best <= allowed { scored.append((best, i)) }
        }
        return scored.sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }
            .prefix(limit).map { entries[$0.index].names.first ?? entries[$0.index].id }
    }
}
