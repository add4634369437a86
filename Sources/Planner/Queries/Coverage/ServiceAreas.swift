import Geo

/// The service areas of all works (EPSG:9210), computed once, in parallel, with an
/// STRtree over their envelopes: the shared input of the coverage queries.
struct ServiceAreas: Sendable {
    /// Item `i` is the service area of work `i` of the data.
    let areas: [Geometry]
    /// The tree over `areas`' envelopes; ids are work positions.
    let index: SpatialIndex

    init(_ works: [InfrastructureWork], threads: Int?) throws {
        areas = try ParallelQuery.flatMap(count: works.count, threads: threads) { range in
            try range.map { try works[$0].serviceArea() }
        }
        index = try SpatialIndex(geometries: areas)
    }

    /// Positions of the works whose service-area envelope meets `envelope`, ascending.
    func candidates(_ envelope: Envelope?) throws -> [Int] {
        guard let envelope else { return [] }
        return try index.query(envelope)
    }
}
