import Foundation
import Geo
import Planner
import PlannerStore

// City-scale benchmark driver.
//
//   CityBench lookups --store S --points N --out FILE   point look-ups on all cores
//   CityBench overlaps --store S --min-area A --out FILE  self-overlaps, full precision
//   CityBench load --store S --out -                     load the parcel layer and build the index
//   CityBench screen --store S --out FILE                 how the overlap screen (min area 1 m²)
//                                                         sorts the candidate pairs, single thread
//
// Prints tab-separated `measure<TAB>value` lines on standard output (seconds, counts).
// `lookups` writes `x<TAB>y<TAB>parcel id or empty` per point (EPSG:9210, %.17g) so the
// peers can look up the very same points; `overlaps` writes `a<TAB>b<TAB>area_m2`.

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

func option(_ name: String) -> String? {
    let args = CommandLine.arguments
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
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

func report(_ measure: String, _ value: Double) { print("\(measure)\t\(value)") }

func loadParcels(_ store: String) throws -> OverlapLayer {
    let t0 = now()
    let parcels = try PlanningStore.open(at: store).shapes(of: .parcels)
    report("load_s", now() - t0)
    report("parcels", Double(parcels.features.count))
    return parcels
}

func lookups(store: String, count: Int, out: String) throws {
    let parcels = try loadParcels(store)
    let t1 = now()
    let locator = try FeatureLocator(parcels)
    report("index_s", now() - t1)
    guard let b = locator.bounds else { return }
    var rng = SplitMix(state: 42)
    let points = (0..<count).map { _ in
        Coordinate(b.minX + rng.next() * (b.maxX - b.minX), b.minY + rng.next() * (b.maxY - b.minY))
    }
    let t2 = now()
    let hits = try locator.locate(points)
    let elapsed = now() - t2
    report("lookup_s", elapsed)
    report("lookups_per_s", Double(count) / elapsed)
    var text = ""
    text.reserveCapacity(count * 48)
    for (point, hit) in zip(points, hits) {
        text += String(format: "%.17g\t%.17g\t", point.x, point.y) + (hit.map { parcels.features[$0].id } ?? "") + "\n"
    }
    try text.write(toFile: out, atomically: false, encoding: .utf8)
}

func overlaps(store: String, minArea: Double, out: String) throws {
    let parcels = try loadParcels(store)
    let t1 = now()
    let findings = try OverlapQuery(minAreaM2: minArea).within(parcels)
    report("overlaps_s", now() - t1)
    report("pairs", Double(findings.count))
    let text = findings.map { String(format: "%@\t%@\t%.17g", $0.a, $0.b, $0.areaM2) }.joined(separator: "\n")
    try (text + "\n").write(toFile: out, atomically: false, encoding: .utf8)
}

/// Where `clearance --by district` spends its time, phase by phase (seconds).
func clearancePhases(store path: String, asOf day: String) throws {
    let asOf = try LocalDate(iso: day)
    var t = now()
    let store = try PlanningStore.open(at: path)
    report("open_s", now() - t); t = now()
    let data = PlanningData(parks: try store.parks(), units: try store.units(level: nil))
    report("parks_units_s", now() - t); t = now()
    let (records, overlaps, boundaries) = try store.clearanceRecordsAndOverlaps(asOf: asOf, level: .district, parkIds: nil)
    report("records_s", now() - t); t = now()
    var query = ClearanceProgressQuery(asOf: asOf, grouping: .unit(.district), nesting: try ParkNesting(parks: data.parks))
    query.listsOverdue = false
    let progress = try query.run(records, units: data.units(at: .district), boundaries: boundaries, overlaps: overlaps)
    report("query_s", now() - t)
    report("rows", Double(progress.rows.count))
}

let args = CommandLine.arguments
guard args.count > 1, let store = option("--store"), let out = option("--out") else {
    FileHandle.standardError.write("usage: CityBench lookups|overlaps|load|screen --store S --out FILE [--points N] [--min-area A]\n".data(using: .utf8)!)
    exit(2)
}
do {
    switch args[1] {
    case "lookups": try lookups(store: store, count: Int(option("--points") ?? "1000000")!, out: out)
    case "load":
        let parcels = try loadParcels(store)
        let t = now()
        let locator = try FeatureLocator(parcels)
        report("index_s", now() - t)
        report("indexed", Double(locator.layer.features.count))
    case "screen":
        let parcels = try loadParcels(store)
        var t = now()
        let outlines = parcels.features.map { ConvexOutline($0.geometry) }
        report("outlines_s", now() - t); t = now()
        let index = try SpatialIndex(geometries: parcels.features.map(\.geometry))
        report("index_s", now() - t); t = now()
        var cands = 0, noOutline = 0, disjoint = 0, bounded = 0, exact = 0, triDisjoint = 0, triBounded = 0, noTri = 0
        var lists: [[Int]] = []
        for i in parcels.features.indices {
            let c = try index.query(parcels.features[i].geometry.envelope!).filter { $0 > i }
            lists.append(c)
        }
        report("queries_s", now() - t); t = now()
        for i in parcels.features.indices {
            for j in lists[i] {
                cands += 1
                guard let a = outlines[i], let b = outlines[j] else { noOutline += 1; continue }
                if a.interiorsDisjoint(from: b) { disjoint += 1; continue }
                if a.sharedAreaBound(with: b) + a.areaTolerance(with: b) < 1 { bounded += 1; continue }
                if let ta = Triangulation(parcels.features[i].geometry), let tb = Triangulation(parcels.features[j].geometry) {
                    if ta.interiorsDisjoint(from: tb) { triDisjoint += 1; continue }
                    if ta.sharedArea(with: tb) + a.areaTolerance(with: b) < 1 { triBounded += 1; continue }
                } else { noTri += 1 }
                exact += 1
            }
        }
        report("filter_s", now() - t)
        for (name, value) in [("candidate_pairs", cands), ("no_outline", noOutline), ("hulls_disjoint", disjoint),
                              ("hulls_below_min_area", bounded), ("triangles_disjoint", triDisjoint),
                              ("triangles_below_min_area", triBounded), ("no_triangulation", noTri), ("exact_path", exact)] {
            report(name, Double(value))
        }
    case "overlaps": try overlaps(store: store, minArea: Double(option("--min-area") ?? "1")!, out: out)
    case "clearance": try clearancePhases(store: store, asOf: option("--as-of") ?? "2025-06-30")
    default: throw CocoaError(.featureUnsupported)
    }
} catch {
    FileHandle.standardError.write("CityBench: \(error)\n".data(using: .utf8)!)
    exit(1)
}
