import Geo

/// The wrong-zone check: projected VN-2000 data read in the wrong zone lands tens or
/// hundreds of kilometres off (another province, the Gulf of Tonkin) yet still inside
/// Vietnam, so ``VietnamBounds`` cannot see it. Data whose features fall outside the
/// store's units and parks while another common VN-2000 zone would put them inside is
/// refused, naming the zone to use.
///
/// The candidates: the TM-3 zones EPSG:9205–9218, VN-2000 / UTM zone 48N (EPSG:3405) and
/// the TM-3 zones 482, 491, 107-45 (EPSG:5897–5899). Places are compared by envelope
/// (EPSG:9210 metres), so the check is coarse: it fires only when fewer than half of the
/// features fall in any unit's or park's envelope and a candidate puts at least 90 %
/// there; candidates that fit as well (UTM 48N and TM-3 105-00 differ by 60 m) are named too.
enum VN2000Zones {
    /// Candidate zones: EPSG code and name, in the order a tie names them.
    static let candidates: [(code: Int, name: String)] = [
        (3405, "VN-2000 / UTM zone 48N"),
        (9205, "VN-2000 / TM-3 103-00"), (9206, "VN-2000 / TM-3 104-00"), (9207, "VN-2000 / TM-3 104-30"),
        (9208, "VN-2000 / TM-3 104-45"), (9209, "VN-2000 / TM-3 105-30"), (9210, "VN-2000 / TM-3 105-45"),
        (9211, "VN-2000 / TM-3 106-00"), (9212, "VN-2000 / TM-3 106-15"), (9213, "VN-2000 / TM-3 106-30"),
        (9214, "VN-2000 / TM-3 107-00"), (9215, "VN-2000 / TM-3 107-15"), (9216, "VN-2000 / TM-3 107-30"),
        (9217, "VN-2000 / TM-3 108-15"), (9218, "VN-2000 / TM-3 108-30"),
        (5897, "VN-2000 / TM-3 zone 482"), (5898, "VN-2000 / TM-3 zone 491"), (5899, "VN-2000 / TM-3 107-45"),
    ]
    /// At most this many features (spread over the first batch) are tried.
    static let sampleSize = 512

    /// Why the features, whose envelope centres in EPSG:9210 are `centres` (read in
    /// `crs`), are in the wrong zone, naming the zone to use; `nil` when they fit the
    /// store's `places` or no candidate fits better.
    static func misplaced(_ centres: [Coordinate], read crs: CRS, places: [Envelope]) -> String? {
        guard !centres.isEmpty, !places.isEmpty else { return nil }
        let step = max(1, centres.count / sampleSize)
        let sample = stride(from: 0, to: centres.count, by: step).map { centres[$0] }
        let here = share(sample, places)
        guard here < 0.5, let back = try? CoordinateTransformer(from: .haiPhongTM3, to: crs),
              let source = try? sample.map({ try back.transform($0) }) else { return nil }
        var fits: [(code: Int, name: String, share: Double)] = []
        for c in candidates where c.code != crs.epsgCode {
            guard let t = try? CoordinateTransformer(from: CRS("EPSG:\(c.code)"), to: .haiPhongTM3),
                  let moved = try? source.map({ try t.transform($0) }) else { continue }
            let s = share(moved, places)
            if s >= 0.9 { fits.append((c.code, c.name, s)) }
        }
        guard let best = fits.map(\.share).max() else { return nil }
        let named = fits.filter { $0.share >= best - 0.02 }
        let first = named[0]
        let lonLat = (try? sample[sample.count / 2].transformed(from: .haiPhongTM3, to: .wgs84)).map {
            ", around lon/lat \(CoordinateText.format($0, geographic: true))"
        } ?? ""
        let own = candidates.first { $0.code == crs.epsgCode }.map { "\(crs) (\($0.name))" } ?? "\(crs)"
        let also = named.dropFirst().map { "EPSG:\($0.code) (\($0.name))" }
        return "wrong VN-2000 zone? read as \(own), \(Int((1 - here) * 100)) % of the features lie outside every unit and park "
            + "in the store\(lonLat): in the sea or another province; read as EPSG:\(first.code) (\(first.name)) "
            + "\(Int(first.share * 100)) % fall inside: use --crs EPSG:\(first.code)"
            + (also.isEmpty ? "" : " (\(also.joined(separator: ", ")) fit as well)") + "; nothing was stored"
    }

    /// The share of `points` inside any of `places`.
    static func share(_ points: [Coordinate], _ places: [Envelope]) -> Double {
        Double(points.filter { p in places.contains { $0.contains(p) } }.count) / Double(points.count)
    }
}
