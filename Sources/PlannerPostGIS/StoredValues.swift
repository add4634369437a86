import Geo
import NIOCore
import Planner

/// How domain values are written to and read from the PostGIS store's columns, the same
/// way the GeoPackage store keeps them, so a record reads back as it was.
enum StoredValues {
    /// A polygon layer's geometry as the MultiPolygon WKB its column declares.
    static func multiPolygonWKB(_ g: Geometry) -> ByteBuffer {
        ByteBuffer(bytes: WKBWriter.data(.multiPolygon(MultiPolygon(g.polygons))))
    }

    /// Any geometry as WKB (works keep their own type).
    static func wkb(_ g: Geometry) -> ByteBuffer { ByteBuffer(bytes: WKBWriter.data(g)) }

    /// A geometry read from `ST_AsBinary`, `.empty` for NULL.
    static func geometry(_ wkb: ByteBuffer?) throws -> Geometry {
        guard let wkb else { return .empty }
        return try WKBReader.geometry(Array(wkb.readableBytesView))
    }

    /// A polygon layer's geometry read back: a single-part MultiPolygon as the Polygon it was.
    static func polygonal(_ wkb: ByteBuffer?) throws -> Geometry {
        let g = try geometry(wkb)
        if case .multiPolygon(let m) = g, m.polygons.count == 1 { return .polygon(m.polygons[0]) }
        return g
    }

    /// A day read from `to_char(…, 'YYYY-MM-DD')`.
    static func day(_ text: String?) throws -> LocalDate? {
        try text.map { try LocalDate(iso: $0) }
    }

    /// Attributes as the JSON text kept in a `json` column (`nil` for none).
    static func attributesText(_ attributes: [String: AttributeValue]) -> String? {
        attributes.isEmpty ? nil : AttributeValue.object(attributes).jsonText
    }

    /// Attributes read from a `json` column.
    static func attributes(_ text: String?, _ table: String, _ id: String) throws -> [String: AttributeValue] {
        guard let text else { return [:] }
        do { return try AttributeValue.object(jsonText: text) } catch {
            throw PostGISError("\(table) \(id): attributes are not a JSON object (\(error))")
        }
    }

    /// Names as a JSON array text (`nil` for none).
    static func namesText(_ names: [String]) -> String? {
        names.isEmpty ? nil : AttributeValue.jsonText(strings: names)
    }

    /// Names read from a JSON array text.
    static func names(_ text: String?, _ table: String, _ id: String) throws -> [String] {
        guard let text else { return [] }
        do { return try AttributeValue.strings(jsonText: text) } catch {
            throw PostGISError("\(table) \(id): names are not a JSON array of strings (\(error))")
        }
    }

    /// SQL reading a `timestamptz` column as milliseconds since 1970 (exactly, as recorded).
    static func millisecondsSQL(_ column: String) -> String {
        "(extract(epoch FROM \(column)) * 1000)::bigint"
    }

    /// SQL turning a bound millisecond count into a `timestamptz`.
    static func timestampSQL(_ placeholder: String) -> String {
        "('epoch'::timestamptz + \(placeholder)::bigint * interval '1 millisecond')"
    }
}
