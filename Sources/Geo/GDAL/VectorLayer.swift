import CGDAL
import Foundation

/// One value of a feature's field as GDAL holds it. Text is kept as the file's bytes so
/// the caller decides the encoding (GDAL recodes Shapefiles with a `.cpg` to UTF-8 itself).
public enum VectorFieldValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text([UInt8])
    /// A JSON-subtyped string field (GeoJSON arrays and objects as GDAL keeps them).
    case json([UInt8])
}

/// One feature read through GDAL: its fields, its geometry (in the layer's CRS, through
/// WKB) or why the geometry could not be read, and its position in the layer from 0.
public struct VectorFeature: Sendable {
    public var index: Int
    public var fields: [(name: String, value: VectorFieldValue)]
    public var geometry: Result<Geometry, GeoError>?
}

/// A layer of a ``VectorDataset`` (kept alive by it). Not thread-safe: see ``VectorDataset``.
public final class VectorLayer {
    let handle: OGRLayerH
    let dataset: VectorDataset

    init(_ handle: OGRLayerH, dataset: VectorDataset) {
        self.handle = handle
        self.dataset = dataset
    }

    /// The layer's name.
    public var name: String { gdal.OGR_L_GetName(handle).map { String(cString: $0) } ?? "" }

    /// The geometry type the layer declares, in OGR's words ("Multi Polygon", "Point",
    /// "Unknown (any)", …).
    public var declaredGeometryType: String {
        GDALCall.text(gdal.OGRGeometryTypeToName(gdal.OGR_L_GetGeomType(handle)))
    }

    /// The names of the layer's fields, in order.
    public var fieldNames: [String] {
        guard let defn = gdal.OGR_L_GetLayerDefn(handle) else { return [] }
        return (0..<gdal.OGR_FD_GetFieldCount(defn)).map { GDALCall.text(gdal.OGR_Fld_GetNameRef(gdal.OGR_FD_GetFieldDefn(defn, $0))) }
    }

    /// The layer's CRS as the file declares it (`.prj`, GeoPackage srs, GML srsName):
    /// "EPSG:n" when GDAL identifies an EPSG code, else the WKT; `nil` when none is declared.
    public var crs: CRS? {
        guard let srs = gdal.OGR_L_GetSpatialRef(handle) else { return nil }
        guard let clone = gdal.OSRClone(srs) else { return nil }
        defer { gdal.OSRDestroySpatialReference(clone) }
        _ = gdal.OSRAutoIdentifyEPSG(clone)
        if let authority = gdal.OSRGetAuthorityName(clone, nil), String(cString: authority) == "EPSG",
           let code = gdal.OSRGetAuthorityCode(clone, nil) {
            return CRS("EPSG:\(String(cString: code))")
        }
        var wkt: UnsafeMutablePointer<CChar>?
        guard gdal.OSRExportToWkt(clone, &wkt) == OGRERR_NONE, let wkt else { return nil }
        defer { gdal.VSIFree(wkt) }
        return CRS(String(cString: wkt))
    }

    /// Reads every feature from the start, in the layer's order.
    /// - Throws: ``GeoError`` (`.gdal`) when GDAL fails while reading (a broken file).
    public func features() throws -> [VectorFeature] {
        gdal.OGR_L_ResetReading(handle)
        guard let defn = gdal.OGR_L_GetLayerDefn(handle) else { return [] }
        let names = fieldNames
        let types = (0..<gdal.OGR_FD_GetFieldCount(defn)).map { gdal.OGR_Fld_GetType(gdal.OGR_FD_GetFieldDefn(defn, $0)) }
        let json = (0..<gdal.OGR_FD_GetFieldCount(defn)).map { gdal.OGR_Fld_GetSubType(gdal.OGR_FD_GetFieldDefn(defn, $0)) == OFSTJSON }
        var out: [VectorFeature] = []
        _ = GDALCall.ready
        gdal.CPLErrorReset()
        while let feature = gdal.OGR_L_GetNextFeature(handle) {
            defer { gdal.OGR_F_Destroy(feature) }
            var fields: [(name: String, value: VectorFieldValue)] = []
            fields.reserveCapacity(names.count)
            for (i, name) in names.enumerated() {
                let k = Int32(i)
                guard gdal.OGR_F_IsFieldSetAndNotNull(feature, k) != 0 else { fields.append((name, .null)); continue }
                switch types[i] {
                case OFTInteger, OFTInteger64: fields.append((name, .integer(gdal.OGR_F_GetFieldAsInteger64(feature, k))))
                case OFTReal: fields.append((name, .real(gdal.OGR_F_GetFieldAsDouble(feature, k))))
                case OFTDate, OFTDateTime:
                    fields.append((name, .text(Array(Self.isoDate(feature, k, withTime: types[i] == OFTDateTime).utf8))))
                default:
                    let text = gdal.OGR_F_GetFieldAsString(feature, k)!
                    let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text)))
                    fields.append((name, json[i] ? .json(bytes) : .text(bytes)))
                }
            }
            out.append(VectorFeature(index: out.count, fields: fields, geometry: Self.geometry(of: feature)))
        }
        if gdal.CPLGetLastErrorType().rawValue >= CE_Failure.rawValue {
            throw GeoError(.gdal, operation: "read \(name)", message: GDALCall.lastMessage ?? "read failed")
        }
        return out
    }

    /// A date field as ISO 8601 ("2026-05-11", or "2026-05-11T08:30:00" with a time other
    /// than midnight: formats without a date type, FlatGeobuf, store dates as midnight).
    private static func isoDate(_ feature: OGRFeatureH, _ k: Int32, withTime: Bool) -> String {
        var y: Int32 = 0, mo: Int32 = 0, d: Int32 = 0, h: Int32 = 0, mi: Int32 = 0, tz: Int32 = 0
        var sec: Float = 0
        _ = gdal.OGR_F_GetFieldAsDateTimeEx(feature, k, &y, &mo, &d, &h, &mi, &sec, &tz)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let date = "\(String(format: "%04d", y))-\(two(mo))-\(two(d))"
        return withTime && (h, mi, sec) != (0, 0, 0) ? date + "T\(two(h)):\(two(mi)):\(two(Int32(sec)))" : date
    }

    /// The feature's geometry through WKB (`OGR_G_ExportToIsoWkb` into ``WKBReader``);
    /// curves are linearised first (DXF arcs, GML curves).
    private static func geometry(of feature: OGRFeatureH) -> Result<Geometry, GeoError>? {
        guard let g = gdal.OGR_F_GetGeometryRef(feature), gdal.OGR_G_IsEmpty(g) == 0 else { return nil }
        var linear: OGRGeometryH? = nil
        defer { if let linear { gdal.OGR_G_DestroyGeometry(linear) } }
        var source = g
        if gdal.OGR_G_HasCurveGeometry(g, 0) != 0, let l = gdal.OGR_G_GetLinearGeometry(g, 0, nil) { linear = l; source = l }
        var bytes = [UInt8](repeating: 0, count: Int(gdal.OGR_G_WkbSize(source)))
        guard gdal.OGR_G_ExportToIsoWkb(source, wkbNDR, &bytes) == OGRERR_NONE else {
            return .failure(GeoError(.gdal, operation: "export WKB", message: GDALCall.lastMessage ?? "geometry cannot be written as WKB"))
        }
        return Result { () throws(GeoError) -> Geometry in
            do { return try WKBReader.geometry(bytes) } catch let e as GeoError { throw e } catch {
                throw GeoError(.parse, operation: "read WKB", message: "\(error)")
            }
        }
    }
}
