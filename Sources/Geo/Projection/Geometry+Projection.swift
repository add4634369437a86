/// The calling thread's transformers, one per CRS pair, made on first use.
final class TransformerCache {
    private var transformers: [String: CoordinateTransformer] = [:]
    private static let slot = ThreadLocalSlot<TransformerCache>()

    static var current: TransformerCache { slot.value { TransformerCache() } }

    func transformer(from source: CRS, to target: CRS) throws -> CoordinateTransformer {
        let key = source.definition + "\u{1}" + target.definition
        if let t = transformers[key] { return t }
        let t = try CoordinateTransformer(from: source, to: target)
        transformers[key] = t
        return t
    }
}

extension CoordinateTransformer {
    /// The calling thread's cached transformer for a CRS pair. Use it on this thread only.
    public static func cached(from source: CRS, to target: CRS) throws -> CoordinateTransformer {
        try TransformerCache.current.transformer(from: source, to: target)
    }
}

extension Geometry {
    /// The geometry with its coordinates transformed from `source` to `target`
    /// (lon/lat order in and out), using the calling thread's cached transformer.
    public func transformed(from source: CRS, to target: CRS) throws -> Geometry {
        if source == target { return self }
        return try CoordinateTransformer.cached(from: source, to: target).transform(self)
    }
}

extension Coordinate {
    /// The coordinate transformed from `source` to `target` (lon/lat order in and out).
    public func transformed(from source: CRS, to target: CRS) throws -> Coordinate {
        if source == target { return self }
        return try CoordinateTransformer.cached(from: source, to: target).transform(self)
    }
}
