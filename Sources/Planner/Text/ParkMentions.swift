import Foundation

/// The parks a plan's text names, read as a planner reads it: every park name met (with or
/// without diacritics, ``NameIndex/mentions(in:)``), then each designated phrase
/// ("khu công nghiệp X", "cụm công nghiệp X", "khu kinh tế X", "khu phi thuế quan X"):
/// - an industrial cluster ("cụm công nghiệp") is not a park: a park is not linked for a
///   name met only inside cluster phrases, unless the park is itself a cluster;
/// - a name that is the stem of several parks' names told apart by a numeral ("Deep C" for
///   DEEP C I and DEEP C II) names all of them;
/// - a designated name that names no park is listed (``Found/unmatched``).
public struct ParkMentions: Sendable {
    /// What a text names.
    public struct Found: Hashable, Sendable {
        /// Ids of the parks named, in order of first mention.
        public var parkIds: [String]
        /// Designated names that name no park ("khu công nghiệp Thủy Nguyên"), as written.
        public var unmatched: [String]
    }

    private let index: NameIndex
    private let clusters: Set<String>

    /// Reads texts against `parks`.
    public init(parks: [IndustrialPark]) {
        index = NameIndex(parks: parks)
        clusters = Set(parks.filter { $0.kind == .industrialCluster }.map(\.id))
    }

    /// Reads texts against `index` (kinds unknown: no park counts as a cluster).
    public init(index: NameIndex) {
        self.index = index
        clusters = []
    }

    /// The designators, the cluster's first.
    static let clusterDesignator = "cụm công nghiệp"
    static let designators = [clusterDesignator, "khu công nghiệp", "khu kinh tế", "khu phi thuế quan"]
    /// Abbreviations, with the designator each stands for.
    static let abbreviations = ["CCN": clusterDesignator, "KCN": "khu công nghiệp", "KKT": "khu kinh tế"]
    /// Lower-case words a cluster's name may be preceded by ("cụm công nghiệp phụ trợ X").
    static let maxQualifierWords = 2
    /// Words that tell parks of one stem apart.
    static let numerals: Set<String> = ["i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "5"]

    /// What `text` names.
    public func find(in text: String) -> Found {
        var ids = index.mentions(in: text)
        var unmatched: [String] = []
        var inClusters: [String: Int] = [:]
        for phrase in Self.phrases(in: text) {
            let isCluster = phrase.designator.hasPrefix(Self.clusterDesignator)
            let named = resolve(phrase.name)
            if isCluster {
                for id in named where !clusters.contains(id) { inClusters[id, default: 0] += 1 }
                if !named.contains(where: clusters.contains) { unmatched.append(phrase.designator + " " + phrase.name) }
                continue
            }
            if named.isEmpty { unmatched.append(phrase.designator + " " + phrase.name) }
            for id in named where !ids.contains(id) { ids.append(id) }
        }
        // A park met only as a cluster's name is not linked.
        for (id, clusterCount) in inClusters {
            let entry = index.entries.first { $0.id == id }
            let total = entry.map { e in e.names.map { Self.occurrences(of: VietnameseName.key($0), in: text) }.max() ?? 0 } ?? 0
            if total <= clusterCount { ids.removeAll { $0 == id } }
        }
        return Found(parkIds: ids, unmatched: unmatched)
    }

    /// The parks a designated name means: the one it names, or every park whose name is
    /// that stem followed by a numeral.
    private func resolve(_ name: String) -> [String] {
        switch index.lookup(name) {
        case .found(let id): return [id]
        case .ambiguous(let ids): return ids
        case .notFound:
            let stem = VietnameseName.key(name)
            guard !stem.isEmpty else { return [] }
            return index.entries.filter { e in
                e.names.contains { n in
                    let key = VietnameseName.key(n)
                    return key.hasPrefix(stem + " ") && Self.numerals.contains(String(key.dropFirst(stem.count + 1)))
                }
            }.map(\.id)
        }
    }

    /// How often the folded `key` stands as whole words in `text`.
    static func occurrences(of key: String, in text: String) -> Int {
        guard !key.isEmpty else { return 0 }
        return (" " + VietnameseName.key(text) + " ").components(separatedBy: " " + key + " ").count - 1
    }

    /// Each designator met in `text` with the name after it: the words that begin with a
    /// capital letter or a digit (a cluster's up to two lower-case qualifiers kept with the
    /// designator: "cụm công nghiệp phụ trợ"),
    /// up to the first other word or punctuation; designators with no name are skipped.
    static func phrases(in text: String) -> [(designator: String, name: String)] {
        var found: [(String.Index, String, String)] = []
        let searched = designators.map { ($0, $0, String.CompareOptions([.caseInsensitive, .diacriticInsensitive])) }
            + abbreviations.map { ($0.key, $0.value, String.CompareOptions()) }
        for (written, designator, options) in searched {
            var from = text.startIndex
            while let r = text.range(of: written, options: options, range: from..<text.endIndex) {
                from = r.upperBound
                // "Ban Quản lý Khu kinh tế Hải Phòng" is an agency, not a zone.
                let before = VietnameseName.key(String(text[..<r.lowerBound].suffix(12)))
                if before.hasSuffix("quan ly") { continue }
                // An abbreviation stands alone ("KCN", not inside a word).
                if options.isEmpty, r.upperBound < text.endIndex, text[r.upperBound].isLetter { continue }
                let words = text[r.upperBound...].prefix { !",;.()/:\n\t".contains($0) }.split(separator: " ")
                var name: [Substring] = []
                var skipped: [Substring] = []
                for (k, w) in words.enumerated() {
                    let first = w.first!
                    if first.isUppercase || first.isNumber { name.append(w); continue }
                    // "Nomura – Hải Phòng": a dash between capitalised words belongs to the name.
                    if !name.isEmpty, w == "–" || w == "-", k + 1 < words.count, words[k + 1].first!.isUppercase { name.append(w); continue }
                    if name.isEmpty && designator == clusterDesignator && skipped.count < maxQualifierWords { skipped.append(w); continue }
                    break
                }
                if !name.isEmpty {
                    found.append((r.lowerBound, (([designator] + skipped.map(String.init)).joined(separator: " ")), name.joined(separator: " ")))
                }
            }
        }
        return found.sorted { $0.0 < $1.0 }.map { ($0.1, $0.2) }
    }
}
