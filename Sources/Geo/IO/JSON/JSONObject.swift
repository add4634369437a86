/// The members of a JSON object in document order. Keys are unique: when a text repeats
/// a key, the last value wins and keeps the place of the first (as `JSONSerialization`
/// and most readers do). Two objects are equal when they hold the same members in the
/// same order.
public struct JSONObject: Hashable, Sendable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    /// One member: a key and its value.
    public struct Member: Hashable, Sendable {
        public var key: String
        public var value: JSONValue

        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members, in document order.
    public private(set) var members: [Member]

    /// Up to this many members, repeated keys are looked for pairwise.
    static let linearLookupLimit = 16

    /// An object of `members`; a repeated key keeps its first place and its last value.
    public init(_ members: [Member] = []) {
        self.members = Self.hasRepeatedKey(members) ? Self.merged(members) : members
    }

    /// An object of the literal's members, in the literal's order.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements.map { Member(key: $0.0, value: $0.1) })
    }

    /// True when two members share a key: pairwise for small objects, by a set beyond
    /// ``linearLookupLimit`` members (so a hostile object of many keys stays linear).
    private static func hasRepeatedKey(_ members: [Member]) -> Bool {
        if members.count <= linearLookupLimit {
            for i in members.indices.dropFirst() {
                for j in 0..<i where members[j].key == members[i].key { return true }
            }
            return false
        }
        var seen = Set<String>(minimumCapacity: members.count)
        return !members.allSatisfy { seen.insert($0.key).inserted }
    }

    /// Each key once, at its first place, with its last value.
    private static func merged(_ members: [Member]) -> [Member] {
        var place: [String: Int] = [:]
        var out: [Member] = []
        for m in members {
            if let i = place[m.key] { out[i].value = m.value } else {
                place[m.key] = out.count
                out.append(m)
            }
        }
        return out
    }

    public var startIndex: Int { members.startIndex }
    public var endIndex: Int { members.endIndex }
    public subscript(position: Int) -> Member { members[position] }

    /// The value of `key`; setting replaces it in place or appends a new member
    /// (setting `nil` removes it). O(n) in the number of members.
    public subscript(key: String) -> JSONValue? {
        get { members.first { $0.key == key }?.value }
        set {
            let existing = members.firstIndex { $0.key == key }
            switch (existing, newValue) {
            case (let i?, let v?): members[i].value = v
            case (let i?, nil): members.remove(at: i)
            case (nil, let v?): members.append(Member(key: key, value: v))
            case (nil, nil): break
            }
        }
    }

    /// The keys, in document order.
    public var keys: [String] { members.map(\.key) }
}
