import Foundation
import Geo

// Geo micro-benchmark: index build, window queries and prepared-predicate tests over
// N random small polygons, single-threaded and on all cores. Writes the polygons as
// length-prefixed WKB so the peer (shapely) measures the very same data.
//
// usage: GeoMicroBench [--count N] [--seed S] [--wkb FILE] [--repeat R]

struct Options {
    var count = 100_000
    var seed: UInt64 = 1
    var wkbPath: String?
    var repeats = 3
    init() {
        var args = CommandLine.arguments.dropFirst().makeIterator()
        while let a = args.next() {
            switch a {
            case "--count": count = Int(args.next()!)!
            case "--seed": seed = UInt64(args.next()!)!
            case "--wkb": wkbPath = args.next()!
            case "--repeat": repeats = Int(args.next()!)!
            default: fatalError("unknown argument \(a)")
            }
        }
    }
}

struct SplitMix {
    var state: UInt64
    mutating func next() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
    }
}

/// Random convex quadrilaterals of 10–80 m across, density of a parcel map.
func makePolygons(_ n: Int, seed: UInt64) -> (polygons: [Geometry], span: Double) {
    var rng = SplitMix(state: seed)
    let span = Double(n).squareRoot() * 60
    let polygons = (0..<n).map { _ -> Geometry in
        let cx = 500_000 + rng.next() * span, cy = 2_300_000 + rng.next() * span
        let r = 5 + rng.next() * 35
        var ring = (0..<4).map { k -> Coordinate in
            let angle = Double(k) * .pi / 2 + (rng.next() - 0.5) * 0.6
            let rr = r * (0.7 + 0.3 * rng.next())
            return Coordinate(cx + rr * cos(angle), cy + rr * sin(angle))
        }
        ring.append(ring[0])
        return .polygon(Polygon(exterior: ring))
    }
    return (polygons, span)
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

let options = Options()
let (polygons, span) = makePolygons(options.count, seed: options.seed)
if let path = options.wkbPath {
    var out = Data()
    for g in polygons {
        let wkb = WKBWriter.data(g)
        var len = UInt32(wkb.count).littleEndian
        withUnsafeBytes(of: &len) { out.append(contentsOf: $0) }
        out.append(contentsOf: wkb)
    }
    try out.write(to: URL(fileURLWithPath: path))
}

// Windows: 200 m squares scattered over the same area (deterministic).
var rng = SplitMix(state: options.seed ^ 0xABCDEF)
let windows = (0..<100_000).map { _ -> Envelope in
    let x = 500_000 + rng.next() * span, y = 2_300_000 + rng.next() * span
    return Envelope(minX: x, minY: y, maxX: x + 200, maxY: y + 200)
}

var buildTimes: [Double] = []
for _ in 0..<options.repeats {
    buildTimes.append(try seconds {
        _ = try SpatialIndex(envelopes: polygons.map { $0.envelope! })
    })
}
let index = try SpatialIndex(envelopes: polygons.map { $0.envelope! })

func windowQueries(threads: Int) throws -> (seconds: Double, hits: Int) {
    var hits = 0
    let t = try seconds {
        hits = try ParallelChunks.map(count: windows.count, threads: threads) { range in
            var n = 0
            for w in windows[range] { try index.query(w) { _ in n += 1 } }
            return n
        }.reduce(0, +)
    }
    return (t, hits)
}

/// For every polygon: prepare it, find candidates in the index, test prepared intersects.
func preparedTests(threads: Int) throws -> (seconds: Double, tests: Int, hits: Int) {
    var tests = 0, hits = 0
    let t = try seconds {
        let parts = try ParallelChunks.map(count: polygons.count, threads: threads) { range -> (Int, Int) in
            let engine = GeometryEngine.current
            let natives = try polygons[range].map(engine.native)
            var tests = 0, hits = 0
            for (k, i) in range.enumerated() {
                let prepared = try PreparedGeometry(natives[k])
                var candidates: [Int] = []
                index.query(natives[k]) { if $0 != i { candidates.append($0) } }
                for j in candidates {
                    let other = j >= range.lowerBound && j < range.upperBound
                        ? natives[j - range.lowerBound] : try engine.native(polygons[j])
                    tests += 1
                    if try prepared.intersects(other) { hits += 1 }
                }
            }
            return (tests, hits)
        }
        tests = parts.map(\.0).reduce(0, +)
        hits = parts.map(\.1).reduce(0, +)
    }
    return (t, tests, hits)
}

let cores = ParallelChunks.coreCount
var rows: [(String, Double, String)] = []
rows.append(("index_build_s", median(buildTimes), "\(options.count) envelopes"))
for threads in [1, cores] {
    var times: [Double] = [], hits = 0
    for _ in 0..<options.repeats { let r = try windowQueries(threads: threads); times.append(r.seconds); hits = r.hits }
    rows.append(("window_queries_per_s_\(threads)t", Double(windows.count) / median(times), "hits \(hits)"))
}
for threads in [1, cores] {
    var times: [Double] = [], tests = 0, hits = 0
    for _ in 0..<options.repeats { let r = try preparedTests(threads: threads); times.append(r.seconds); tests = r.tests; hits = r.hits }
    rows.append(("prepared_tests_per_s_\(threads)t", Double(tests) / median(times), "tests \(tests), intersecting \(hits)"))
}
for (name, value, note) in rows {
    print("\(name)\t\(String(format: "%.4g", value))\t\(note)")
}
