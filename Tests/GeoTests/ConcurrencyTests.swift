import Foundation
import Testing
@testable import Geo

/// The same queries from many threads at once must give the same answers as one thread.
@Suite struct ConcurrencyTests {
    static let shapes = TestShapes.randomQuads(count: 1_500, span: 3_000, seed: 21)

    /// For each shape i in `range`: the sum of intersection areas with overlapping j > i.
    static func overlapArea(_ index: SpatialIndex, _ range: Range<Int>) throws -> Double {
        let engine = GeometryEngine.current
        var total = 0.0
        for i in range {
            let a = try engine.native(shapes[i])
            let prepared = try PreparedGeometry(a)
            var candidates: [Int] = []
            index.query(a) { if $0 > i { candidates.append($0) } }
            for j in candidates.sorted() {
                let b = try engine.native(shapes[j])
                if try prepared.overlaps(b) { total += try a.intersection(b).area() }
            }
        }
        return total
    }

    @Test func parallelTasksGetTheSameAnswers() async throws {
        let index = try SpatialIndex(geometries: Self.shapes)
        let expected = try Self.overlapArea(index, 0..<Self.shapes.count)
        #expect(expected > 0)
        let results = try await withThrowingTaskGroup(of: Double.self) { group in
            for _ in 0..<8 {
                group.addTask { try Self.overlapArea(index, 0..<Self.shapes.count) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        for r in results { #expect(r == expected) }
    }

    @Test func parallelChunksMatchSingleThread() throws {
        let index = try SpatialIndex(geometries: Self.shapes)
        let n = Self.shapes.count
        let one = try ParallelChunks.map(count: n, chunks: 16, threads: 1) { try Self.overlapArea(index, $0) }
        let many = try ParallelChunks.map(count: n, chunks: 16, threads: 4) { try Self.overlapArea(index, $0) }
        #expect(one == many)
        #expect(one.count == 16)
    }

    @Test func projectionsFromManyThreads() throws {
        let points = (0..<400).map { Coordinate(106.3 + Double($0) * 0.002, 20.6 + Double($0 % 40) * 0.01) }
        let single = try points.map { try $0.transformed(from: .wgs84, to: .haiPhongTM3) }
        let parallel = try ParallelChunks.map(count: points.count, chunks: 8, threads: 4) { range in
            try points[range].map { try $0.transformed(from: .wgs84, to: .haiPhongTM3) }
        }.flatMap { $0 }
        #expect(parallel == single)
    }

    @Test func firstErrorIsRethrown() {
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            _ = try ParallelChunks.map(count: 10, chunks: 5, threads: 2) { r -> Int in
                if r.contains(7) { throw Boom() }
                return r.count
            }
        }
    }
}
