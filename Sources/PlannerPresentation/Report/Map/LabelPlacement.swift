import Geo

/// Places map labels so that none hides another: each label tries candidate positions
/// inside its feature and around it (eight directions, at growing distances), and takes
/// the cheapest one whose box (``LabelBox``) overlaps no label placed before it and stays
/// on the picture. The cost is the area, px², the box covers of the other labelled
/// features (those not containing the label's anchor, so a zone's parks are kept clear
/// but a park inside a zone may be labelled over the zone), plus its distance to the
/// anchor; a box that leaves its feature is tied to it by a leader line.
///
/// Greedy by importance: the label of the smallest feature first (it has the fewest
/// good places), a zone's last. A label that finds no free place is left out.
/// Complexity O(n² · c) predicates for n labels and c candidates (c ≤ 41).
public struct LabelPlacement: Sendable {
    /// One label where it was put.
    public struct Placed: Sendable, Hashable {
        /// The label.
        public var label: MapLabel
        /// Its box, px.
        public var box: LabelBox
        /// A leader line from the box to the feature's anchor, px; `nil` when the box lies
        /// on its feature.
        public var leader: (from: SVGPoint, to: SVGPoint)? {
            get { leaderEnds.map { ($0[0], $0[1]) } }
            set { leaderEnds = newValue.map { [$0.from, $0.to] } }
        }
        var leaderEnds: [SVGPoint]?
    }

    /// The frame the labels are drawn in.
    public var frame: MapFrame

    /// Creates a placement for `frame`.
    public init(frame: MapFrame) { self.frame = frame }

    /// Places `labels`; the answer keeps their given order, less those left out.
    public func place(_ labels: [MapLabel]) -> [Placed] {
        let engine = GeometryEngine.current
        let shapes: [NativeGeometry?] = labels.map { l in l.feature.flatMap { try? engine.native($0) } }
        let envelopes: [LabelBox?] = labels.map { l in (l.feature?.envelope).map(pictureBox) }
        let order = labels.indices.sorted { a, b in
            let sa = envelopes[a].map { ($0.x1 - $0.x0) * ($0.y1 - $0.y0) } ?? 0, sb = envelopes[b].map { ($0.x1 - $0.x0) * ($0.y1 - $0.y0) } ?? 0
            return sa != sb ? sa < sb : a < b
        }
        var placed: [Int: Placed] = [:]
        for i in order {
            let l = labels[i]
            let anchor = frame.point(l.at)
            let obstacles = labels.indices.filter { j in
                j != i && shapes[j] != nil && !(labels[j].feature?.envelope?.contains(l.at) ?? false)
            }
            var best: (cost: Double, placed: Placed)?
            for (box, detached) in candidates(l, anchor: anchor, feature: envelopes[i]) {
                guard box.x0 >= 1, box.y0 >= 1, box.x1 <= frame.width - 1, box.y1 <= frame.height - 1,
                      !placed.values.contains(where: { $0.box.grown(by: 1).overlaps(box) }) else { continue }
                let covered = obstacles.reduce(0.0) { sum, j in sum + covers(box, shapes[j]!, envelope: envelopes[j]) }
                let centre = box.centre
                let distance = ((centre.x - anchor.x) * (centre.x - anchor.x) + (centre.y - anchor.y) * (centre.y - anchor.y)).squareRoot()
                let cost = covered + 0.3 * distance + (detached ? 10 : 0)
                if best == nil || cost < best!.cost {
                    var p = Placed(label: l, box: box)
                    if detached { p.leader = (box.nearest(to: anchor), anchor) }
                    best = (cost, p)
                }
            }
            if let best { placed[i] = best.placed }
        }
        return labels.indices.compactMap { placed[$0] }
    }

    /// Where a label may go: centred on its anchor and at eight places inside its
    /// feature's box, then in eight directions around that box at 2, 12, 26 and 44 px.
    /// `detached`: the box leaves the feature's box (drawn with a leader line).
    func candidates(_ l: MapLabel, anchor: SVGPoint, feature: LabelBox?) -> [(LabelBox, detached: Bool)] {
        let w = LabelBox.width(l.text, size: l.size), h = LabelBox.height(size: l.size)
        func box(cx: Double, cy: Double) -> LabelBox { LabelBox(x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2) }
        var out: [(LabelBox, detached: Bool)] = [(box(cx: anchor.x, cy: anchor.y), false)]
        let e = feature ?? LabelBox(x0: anchor.x, y0: anchor.y, x1: anchor.x, y1: anchor.y)
        let ew = e.x1 - e.x0, eh = e.y1 - e.y0
        for dx in [-0.25, 0, 0.25] { for dy in [-0.3, 0, 0.3] where dx != 0 || dy != 0 {
            out.append((box(cx: anchor.x + dx * ew, cy: anchor.y + dy * eh), false))
        } }
        for gap in [2.0, 12, 26, 44] {
            let detached = gap > 2 || w > ew
            out += [
                (box(cx: e.x1 + gap + w / 2, cy: anchor.y), detached), (box(cx: e.x0 - gap - w / 2, cy: anchor.y), detached),
                (box(cx: anchor.x, cy: e.y0 - gap - h / 2), detached), (box(cx: anchor.x, cy: e.y1 + gap + h / 2), detached),
                (box(cx: e.x1 + gap + w / 2, cy: e.y0 - gap - h / 2), true), (box(cx: e.x0 - gap - w / 2, cy: e.y0 - gap - h / 2), true),
                (box(cx: e.x1 + gap + w / 2, cy: e.y1 + gap + h / 2), true), (box(cx: e.x0 - gap - w / 2, cy: e.y1 + gap + h / 2), true),
            ]
        }
        return out
    }

    /// The area of `shape` under `box`, px²; 0 when their boxes miss.
    private func covers(_ box: LabelBox, _ shape: NativeGeometry, envelope: LabelBox?) -> Double {
        guard let envelope, envelope.overlaps(box) else { return 0 }
        guard let ground = try? GeometryEngine.current.native(box.ground(in: frame)),
              let area = try? shape.intersection(ground).area() else { return 0 }
        return area * frame.scale * frame.scale
    }

    /// A ground envelope's box on the picture, px.
    func pictureBox(_ e: Envelope) -> LabelBox {
        let a = frame.point(Coordinate(e.minX, e.maxY)), b = frame.point(Coordinate(e.maxX, e.minY))
        return LabelBox(x0: a.x, y0: a.y, x1: b.x, y1: b.y)
    }
}
