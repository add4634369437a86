import Geo
import Planner

/// The fields of a GDAL file made from export features: the properties in first-seen
/// order (simplestyle members left out: they style GeoJSON viewers only), each typed from
/// the values seen: all whole numbers (or booleans, as 0/1) → integer, other numbers →
/// real, anything else (text, JSON arrays and objects, mixed values) → text.
public struct VectorFieldSchema: Sendable {
    /// The fields, in order.
    public private(set) var fields: [VectorFileWriter.Field] = []
    private var index: [String: Int] = [:]

    /// The schema of `features` (a whole layer, or the first batch of a streamed one).
    public init<S: Sequence>(_ features: S) where S.Element == ExportFeature {
        var order: [String] = []
        var kinds: [String: VectorFileWriter.Field.Kind?] = [:]
        for f in features {
            for (name, value) in f.properties where !FeatureStyle.memberNames.contains(name) {
                if kinds[name] == nil { order.append(name); kinds[name] = .some(nil) }
                kinds[name] = .some(Self.kind(value, after: kinds[name]!))
            }
        }
        // A column of nulls only (e.g. parent_ids where no parcel was resurveyed) is text.
        fields = order.map { VectorFileWriter.Field($0, (kinds[$0] ?? nil) ?? .text) }
        index = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    }

    /// The kind a column takes once `value` is seen after `kind` (`nil`: nothing seen but nulls).
    static func kind(_ value: AttributeValue, after kind: VectorFileWriter.Field.Kind?) -> VectorFileWriter.Field.Kind? {
        let own: VectorFileWriter.Field.Kind?
        switch value {
        case .null: return kind
        case .bool: own = .integer
        case .number(let n): own = n == n.rounded() && abs(n) < 9e15 ? .integer : .real
        default: own = .text
        }
        switch (kind, own) {
        case (nil, _): return own
        case (.text?, _), (_, .text?): return .text
        case (.real?, _), (_, .real?): return .real
        default: return .integer
        }
    }

    /// A feature's values in field order (a property the schema lacks is left out).
    public func values(of feature: ExportFeature) -> [AttributeValue] {
        var out = [AttributeValue](repeating: .null, count: fields.count)
        for (name, value) in feature.properties { if let i = index[name] { out[i] = value } }
        return out
    }
}
