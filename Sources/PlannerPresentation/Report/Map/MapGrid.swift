import Geo

/// Polygons too many to draw one by one at a map's scale, drawn as a grid of square
/// cells over the map's picture: each cell takes the class of the last polygon painted
/// that covers the cell's centre (what a renderer samples, and the same "later on top"
/// order as the feature layers), and each class is written as one SVG path of row runs.
///
/// The size of the picture no longer follows the number of polygons: a 728 px map with
/// 2 px cells has at most 364 × 255 cells, whether it shows 2 000 parcels or 200 000.
/// A polygon that covers no cell centre is not drawn: it is under a cell across.
public struct MapGrid: Sendable, Hashable {
    /// One class of cells: how they are filled and what hovering says.
    public struct CellClass: Sendable, Hashable {
        /// The fill (its `fill` and `fillOpacity`; outlines are not drawn).
        public var style: MapStyle
        /// Shown on hover.
        public var title: String?

        /// Creates a class.
        public init(style: MapStyle, title: String? = nil) {
            self.style = style
            self.title = title
        }
    }

    /// The side of a cell, px.
    public let cellPixels: Double
    /// Cells across and down.
    public let columns: Int, rows: Int
    /// The classes, in the order of their indices in the cells.
    public let classes: [CellClass]
    /// Row by row from the top-left: 0 for an empty cell, else 1 + the class's index.
    private var cells: [UInt8]
    private let frame: MapFrame

    /// An empty grid over `frame`'s picture.
    /// - Precondition: `cellPixels` > 0; at most 255 classes.
    public init(frame: MapFrame, cellPixels: Double, classes: [CellClass]) {
        precondition(cellPixels > 0 && classes.count < 256)
        self.frame = frame
        self.cellPixels = cellPixels
        self.classes = classes
        columns = max(1, Int((frame.width / cellPixels).rounded(.up)))
        rows = max(1, Int((frame.height / cellPixels).rounded(.up)))
        cells = Array(repeating: 0, count: columns * rows)
    }

    /// The index of the class of the cell at (`column`, `row`); `nil` when empty.
    public func cellClass(column: Int, row: Int) -> Int? {
        let v = cells[row * columns + column]
        return v == 0 ? nil : Int(v) - 1
    }

    /// Paints the cells whose centres lie inside `geometry`'s polygons (EPSG:9210, the
    /// frame's CRS; holes cut by the even-odd rule) with class `index`.
    public mutating func paint(_ geometry: Geometry, classIndex index: Int) {
        precondition(classes.indices.contains(index))
        for polygon in geometry.polygons { paint(polygon, value: UInt8(index + 1)) }
    }

    /// A scan line through each row's centre: the crossings of every ring's edges, paired.
    private mutating func paint(_ polygon: Polygon, value: UInt8) {
        var edges: [(x0: Double, y0: Double, x1: Double, y1: Double)] = []
        var minY = Double.infinity, maxY = -Double.infinity
        for ring in [polygon.exterior] + polygon.holes where ring.count > 1 {
            var previous = frame.point(ring[ring.count - 1])
            for c in ring {
                let p = frame.point(c)
                if p.y != previous.y { edges.append((previous.x, previous.y, p.x, p.y)) }
                minY = min(minY, p.y); maxY = max(maxY, p.y)
                previous = p
            }
        }
        guard !edges.isEmpty else { return }
        let firstRow = max(0, Int((minY / cellPixels - 0.5).rounded(.up)))
        let lastRow = min(rows - 1, Int((maxY / cellPixels - 0.5).rounded(.down)))
        guard firstRow <= lastRow else { return }
        var crossings: [Double] = []
        for row in firstRow...lastRow {
            let y = (Double(row) + 0.5) * cellPixels
            crossings.removeAll(keepingCapacity: true)
            for e in edges where (e.y0 <= y) != (e.y1 <= y) {
                crossings.append(e.x0 + (y - e.y0) * (e.x1 - e.x0) / (e.y1 - e.y0))
            }
            crossings.sort()
            var i = 0
            while i + 1 < crossings.count {
                // The cells whose centre x lies in [a, b).
                let from = max(0, Int((crossings[i] / cellPixels - 0.5).rounded(.up)))
                let to = min(columns, Int((crossings[i + 1] / cellPixels - 0.5).rounded(.up)))
                if from < to { for column in from..<to { cells[row * columns + column] = value } }
                i += 2
            }
        }
    }

    /// The grid as SVG: per class that has cells, one `<path>` in cell units (scaled to px)
    /// of one `M x y h w v 1 h -w z` per run of equal cells along a row.
    public func svg() -> String {
        var paths = Array(repeating: "", count: classes.count)
        for row in 0..<rows {
            var column = 0
            while column < columns {
                let v = cells[row * columns + column]
                var end = column + 1
                while end < columns && cells[row * columns + end] == v { end += 1 }
                if v != 0 { paths[Int(v) - 1] += "M\(column) \(row)h\(end - column)v1h-\(end - column)z" }
                column = end
            }
        }
        var out = "<g transform=\"scale(\(NumberText.svg(cellPixels)))\" shape-rendering=\"crispEdges\">"
        for (i, d) in paths.enumerated() where !d.isEmpty {
            let style = classes[i].style
            let title = classes[i].title.map { "<title>\(HTMLText.escape($0))</title>" } ?? ""
            out += "<path d=\"\(d)\" fill=\"\(HTMLText.escape(style.fill ?? "none"))\""
                + (style.fillOpacity < 1 ? " fill-opacity=\"\(style.fillOpacity)\"" : "") + ">\(title)</path>"
        }
        return out + "</g>"
    }
}
