import Geo

/// Which parks lie inside which: a park is *nested* in another (an industrial park in the
/// economic zone around it, Tiên Thanh in the southern coastal zone) when more than half of
/// its area lies in the other and it is the smaller of the two. A zone counts the parcels
/// of the parks nested in it in its own totals; a parcel goes to the nested park rather than
/// the zone (``ParkLocator``). Planar areas, EPSG:9210.
///
/// Complexity: an envelope test on every pair of parks, one GEOS intersection for the pairs
/// whose envelopes meet (a city's few hundred parks: milliseconds).
public struct ParkNesting: Sendable, Hashable {
    /// For each park id, the ids of the parks it lies in (its zones), in the order the parks were given.
    public let containers: [String: [String]]
    /// For each zone id, the ids of the parks nested in it, in the order the parks were given.
    public let nested: [String: [String]]

    /// No park nested in any other.
    public init() {
        containers = [:]
        nested = [:]
    }

    /// Finds the nesting among `parks` (boundaries in EPSG:9210).
    /// - Throws: ``GeoError`` when GEOS fails on a boundary.
    public init(parks: [IndustrialPark]) throws {
        let engine = GeometryEngine.current
        let areas = parks.map(\.boundary.area)
        let envelopes = parks.map(\.boundary.envelope)
        var natives: [Int: NativeGeometry] = [:]
        func native(_ i: Int) throws -> NativeGeometry {
            if let g = natives[i] { return g }
            let g = try engine.native(parks[i].boundary)
            natives[i] = g
            return g
        }
        var containers: [String: [String]] = [:], nested: [String: [String]] = [:]
        for (i, inner) in parks.enumerated() where areas[i] > 0 {
            for (j, outer) in parks.enumerated() where j != i && areas[j] > areas[i] && inner.id != outer.id {
                guard let a = envelopes[i], let b = envelopes[j], a.intersects(b) else { continue }
                let shared = try native(i).intersection(try native(j)).area()
                guard shared > 0.5 * areas[i] else { continue }
                containers[inner.id, default: []].append(outer.id)
                nested[outer.id, default: []].append(inner.id)
            }
        }
        self.containers = containers
        self.nested = nested
    }

    /// True when `inner` is nested in `outer`.
    public func isNested(_ inner: String, in outer: String) -> Bool { containers[inner]?.contains(outer) ?? false }

    /// The groups a parcel of `parkId` counts in: its park first, then the zones around it.
    public func groups(of parkId: String) -> [String] { [parkId] + (containers[parkId] ?? []) }

    /// `parkIds` with the parks nested in them added (a zone asked for brings its parks' parcels).
    public func withNested(_ parkIds: Set<String>) -> Set<String> {
        parkIds.union(parkIds.flatMap { nested[$0] ?? [] })
    }
}
