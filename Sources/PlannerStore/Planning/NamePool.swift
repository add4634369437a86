/// One shared copy of each repeated name (units, parks), so a million records do not
/// each carry their own. Names are pooled byte for byte (not by Swift's canonical
/// equivalence), so every name keeps exactly the bytes stored.
struct NamePool {
    private var pool: [String: String] = [:]

    /// The pooled copy of `name`.
    mutating func intern(_ name: String) -> String {
        // Up to 15 UTF-8 bytes, Swift keeps a string inline: nothing to share.
        if name.utf8.count <= 15 { return name }
        if let s = pool[name] { return BinaryOrder.compare(s, name) == 0 ? s : name }
        pool[name] = name
        return name
    }
}
