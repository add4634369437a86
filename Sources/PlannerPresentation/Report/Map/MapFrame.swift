import Geo

/// Where a map's ground extent lands on its picture: a uniform scale (pixels per metre,
/// the same along x and y, so shapes and the scale bar stay true in a conformal CRS
/// such as EPSG:9210), y flipped (north up), the extent centred inside the padding.
public struct MapFrame: Sendable, Hashable {
    /// The ground shown, EPSG:9210 metres (or any projected CRS in metres).
    public var extent: Envelope
    /// The picture's width, px.
    public var width: Double
    /// The picture's height, px.
    public var height: Double
    /// The margin kept clear on every side, px.
    public var padding: Double
    /// Pixels per metre.
    public let scale: Double
    /// The picture x of the extent's west edge, px.
    public let originX: Double
    /// The picture y of the extent's north edge, px.
    public let originY: Double

    /// A frame of `width` × `height` px showing `extent` as large as fits inside
    /// `padding`, centred. A degenerate extent (no width or height) is widened to 1 m.
    public init(extent: Envelope, width: Double, height: Double, padding: Double = 0) {
        let e = Self.nonDegenerate(extent)
        self.extent = e
        self.width = width
        self.height = height
        self.padding = padding
        let scale = max(1e-12, min((width - 2 * padding) / e.width, (height - 2 * padding) / e.height))
        self.scale = scale
        originX = (width - e.width * scale) / 2
        originY = (height - e.height * scale) / 2
    }

    /// A frame `width` px wide whose height follows the extent's shape (at most `maxHeight`).
    public init(fitting extent: Envelope, width: Double, padding: Double = 0, maxHeight: Double = .infinity) {
        let e = Self.nonDegenerate(extent)
        let natural = (width - 2 * padding) / e.width * e.height + 2 * padding
        self.init(extent: e, width: width, height: min(maxHeight, natural.rounded(.up)), padding: padding)
    }

    /// The picture position of a ground coordinate (x right, y down), px.
    public func point(_ c: Coordinate) -> SVGPoint {
        SVGPoint(x: originX + (c.x - extent.minX) * scale, y: originY + (extent.maxY - c.y) * scale)
    }

    /// The ground coordinate at a picture position (the inverse of ``point(_:)``).
    public func coordinate(_ p: SVGPoint) -> Coordinate {
        Coordinate(extent.minX + (p.x - originX) / scale, extent.maxY - (p.y - originY) / scale)
    }

    /// A scale bar: the longest "nice" ground length (1, 2 or 5 × 10ⁿ m) drawn in at
    /// most `maxPixels`, and its length in px.
    public func scaleBar(maxPixels: Double) -> (metres: Double, pixels: Double) {
        let metres = Self.niceLength(atMost: maxPixels / scale)
        return (metres, metres * scale)
    }

    /// The largest 1, 2 or 5 × 10ⁿ not above `limit` (`limit` > 0).
    public static func niceLength(atMost limit: Double) -> Double {
        guard limit > 0, limit.isFinite else { return 1 }
        var power = 1.0
        while power * 10 <= limit { power *= 10 }
        while power > limit { power /= 10 }
        for step in [5.0, 2.0, 1.0] where step * power <= limit { return step * power }
        return power
    }

    /// The extent grown to at least 1 m in each direction.
    static func nonDegenerate(_ e: Envelope) -> Envelope {
        var out = e
        if out.width < 1 { out.minX -= 0.5; out.maxX += 0.5 }
        if out.height < 1 { out.minY -= 0.5; out.maxY += 0.5 }
        return out
    }
}
