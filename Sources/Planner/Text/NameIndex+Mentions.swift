extension NameIndex {
    /// The ids of the entries a free text names, in order of first mention, each once.
    ///
    /// Matches folded names (generic words dropped, so "khu công nghiệp Tiên Thanh" and
    /// "KCN Tien Thanh" both name "Tiên Thanh") on whole words only. Longer names win
    /// where names overlap ("Nam Đình Vũ" is not also "Đình Vũ"). Names shorter than
    /// three letters are ignored.
    public func mentions(in text: String) -> [String] {
        let haystack = " " + VietnameseName.key(text) + " "
        let chars = Array(haystack)
        var candidates: [(start: Int, length: Int, entry: Int)] = []
        for (key, indices) in keys where key.count >= 3 {
            let needle = Array(" " + key + " ")
            var from = 0
            while let at = Self.find(needle, in: chars, from: from) {
                for i in indices { candidates.append((at, needle.count, i)) }
                from = at + 1
            }
        }
        var taken = [Bool](repeating: false, count: chars.count)
        var found: [(start: Int, entry: Int)] = []
        for c in candidates.sorted(by: { ($0.length, -$0.start) > ($1.length, -$1.start) }) {
            let inner = (c.start + 1)..<(c.start + c.length - 1)
            if inner.contains(where: { taken[$0] }) { continue }
            for k in inner { taken[k] = true }
            found.append((c.start, c.entry))
        }
        var ids: [String] = []
        for f in found.sorted(by: { $0.start < $1.start }) where !ids.contains(entries[f.entry].id) {
            ids.append(entries[f.entry].id)
        }
        return ids
    }

    private static func find(_ needle: [Character], in chars: [Character], from: Int) -> Int? {
        guard needle.count <= chars.count, from <= chars.count - needle.count else { return nil }
        for start in from...(chars.count - needle.count) where chars[start] == needle[0] {
            if chars[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}
