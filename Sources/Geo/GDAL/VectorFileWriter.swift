import CGDAL
import Foundation

/// Writes one layer of features into a new file through GDAL (GeoPackage, Shapefile, KML,
/// DXF, FlatGeobuf: ``VectorFileFormat``). Geometry goes in as WKB in the CRS given at
/// creation (EPSG:9210 metres for ParkPlanner's layers, EPSG:4326 lon/lat for KML), fields
/// as typed values.
///
/// The file is complete only after ``close()``; a writer dropped without it (an error on
/// the way) leaves what GDAL had written, which the caller removes. **Thread safety:** as
/// for ``VectorDataset``, one thread at a time; not `Sendable`.
public final class VectorFileWriter {
    /// A field of the layer.
    public struct Field: Sendable, Equatable {
        /// What the field holds.
        public enum Kind: Sendable, Equatable { case integer, real, text }
        /// The name asked for (a Shapefile may keep a shorter one: ``renamedFields``).
        public var name: String
        public var kind: Kind

        /// Creates a field.
        public init(_ name: String, _ kind: Kind) {
            self.name = name
            self.kind = kind
        }
    }

    /// The geometry a layer declares (GeoPackage's `gpkg_geometry_columns`, a Shapefile's
    /// shape type): QGIS offers its editing tools by it, so a layer of one type declares it.
    public enum GeometryType: Sendable, Equatable {
        /// Any geometry (a mixed layer, or an empty one).
        case any
        case point, lineString, polygon
        /// Points, or points and multi-points (each written as a MultiPoint).
        case multiPoint
        /// Lines, or lines and multi-lines (each written as a MultiLineString).
        case multiLineString
        /// Polygons and multi-polygons (each written as a MultiPolygon).
        case multiPolygon

        /// The one type that holds every geometry of `geometries`: their own when they are
        /// all of one type, the multi type when they mix one family's single and multi
        /// geometries, `.any` otherwise (or when there are none).
        public static func of<C: Collection>(_ geometries: C) -> GeometryType where C.Element == Geometry {
            let types = Set(geometries.lazy.filter { !$0.isEmpty }.map(own))
            if types.count == 1 { return types.first! }
            if types.count == 2, let multi = types.first(where: \.isMulti), types.contains(multi.single!) { return multi }
            return .any
        }

        static func own(_ g: Geometry) -> GeometryType {
            switch g {
            case .point: .point
            case .lineString: .lineString
            case .polygon: .polygon
            case .multiPoint: .multiPoint
            case .multiLineString: .multiLineString
            case .multiPolygon: .multiPolygon
            case .collection: .any
            }
        }

        var isMulti: Bool { single != nil }

        var single: GeometryType? {
            switch self {
            case .multiPoint: .point
            case .multiLineString: .lineString
            case .multiPolygon: .polygon
            default: nil
            }
        }

        /// Whether a layer of this type holds `g` (a multi type holds its single one too).
        func holds(_ g: Geometry) -> Bool {
            let type = Self.own(g)
            return self == .any || type == self || type == single
        }

        var ogr: OGRwkbGeometryType {
            switch self {
            case .any: wkbUnknown
            case .point: wkbPoint
            case .lineString: wkbLineString
            case .polygon: wkbPolygon
            case .multiPoint: wkbMultiPoint
            case .multiLineString: wkbMultiLineString
            case .multiPolygon: wkbMultiPolygon
            }
        }
    }

    /// The file being written.
    public let path: String
    /// Its format.
    public let format: VectorFileFormat
    /// The geometry the layer declares; every feature's is written as its multi type.
    public let geometryType: GeometryType
    /// The fields, in order, as asked for (empty for DXF, which keeps none).
    public let fields: [Field]
    /// Fields whose name the format could not keep (a Shapefile's 10 characters), with
    /// the name written instead, in field order.
    public private(set) var renamedFields: [(asked: String, written: String)] = []

    /// Where each of ``fields`` is in the layer (KML puts its own `Name` and `Description` first).
    private var fieldIndices: [Int32] = []
    private var dataset: GDALDatasetH?
    private let layer: OGRLayerH
    private let srs: OGRSpatialReferenceH

    /// Creates `path` (which must not exist) with one layer `layerName` of `geometryType` in
    /// `crs` (an "EPSG:n" code, or anything PROJ reads).
    /// - Throws: ``GeoError`` (`.gdal`) when the driver is missing, the file cannot be
    ///   created, the CRS is unknown or a field cannot be made.
    public init(path: String, format: VectorFileFormat, layerName: String, crs: CRS, fields: [Field],
                geometryType: GeometryType = .any) throws {
        self.path = path
        self.format = format
        self.geometryType = geometryType
        self.fields = format.keepsFields ? fields : []
        guard let driver = try GDALCall.run("find the \(format.driverName) driver", { gdal.GDALGetDriverByName(format.driverName) }) as GDALDriverH?
        else { throw GeoError(.gdal, operation: "export", message: "no GDAL driver \(format.driverName)") }
        let srs = gdal.OSRNewSpatialReference(nil)!
        // x = longitude / easting whatever the CRS's own axis order (GeoJSON's and ours).
        gdal.OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER)
        guard gdal.OSRSetFromUserInput(srs, crs.definition) == OGRERR_NONE else {
            gdal.OSRDestroySpatialReference(srs)
            throw GeoError(.gdal, operation: "export", message: "unknown CRS \(crs.definition)")
        }
        self.srs = srs
        do {
            let dataset = try GDALCall.run("create \(path)") { gdal.GDALCreate(driver, path, 0, 0, 0, GDT_Unknown, nil) }
            self.dataset = dataset
            // A Shapefile's .cpg says UTF-8, so every reader decodes Vietnamese text right.
            let options: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = format == .shp ? gdal.CSLSetNameValue(nil, "ENCODING", "UTF-8") : nil
            defer { gdal.CSLDestroy(options) }
            layer = try GDALCall.run("create layer \(layerName) in \(path)") {
                gdal.GDALDatasetCreateLayer(dataset, layerName, srs, geometryType.ogr, options)
            }
            for field in self.fields {
                let type: OGRFieldType = switch field.kind {
                case .integer: OFTInteger64
                case .real: OFTReal
                case .text: OFTString
                }
                let defn = gdal.OGR_Fld_Create(field.name, type)!
                defer { gdal.OGR_Fld_Destroy(defn) }
                guard gdal.OGR_L_CreateField(layer, defn, 1) == OGRERR_NONE else {
                    throw GeoError(.gdal, operation: "create field \(field.name) in \(path)", message: GDALCall.lastMessage ?? "refused")
                }
                // The field just made is the last one; its name is the one the format kept.
                let k = gdal.OGR_FD_GetFieldCount(gdal.OGR_L_GetLayerDefn(layer)) - 1
                fieldIndices.append(k)
                let written = Self.fieldNames(layer)[Int(k)]
                if written != field.name { renamedFields.append((asked: field.name, written: written)) }
            }
        } catch {
            if let dataset { gdal.GDALClose(dataset) }
            dataset = nil
            gdal.OSRDestroySpatialReference(srs)
            throw error
        }
    }

    deinit {
        if let dataset { gdal.GDALClose(dataset) }
        gdal.OSRDestroySpatialReference(srs)
    }

    /// Writes one feature: `values` one per field, in field order (ignored for DXF);
    /// `.null` leaves a field unset.
    /// - Throws: ``GeoError`` (`.gdal`) when GDAL refuses the feature (a geometry the
    ///   format cannot hold, a full disk), when the geometry is not of the layer's
    ///   ``geometryType``, or when called after ``close()``.
    public func write(geometry: Geometry?, values: [VectorFieldValue]) throws {
        guard dataset != nil else { throw GeoError(.gdal, operation: "write \(path)", message: "the file is already closed") }
        if let geometry, !geometry.isEmpty, !geometryType.holds(geometry) {
            throw GeoError(.gdal, operation: "write \(path)",
                           message: "a \(geometry.typeName) cannot go into a layer declared \(GDALCall.text(gdal.OGRGeometryTypeToName(geometryType.ogr)))")
        }
        let feature = gdal.OGR_F_Create(gdal.OGR_L_GetLayerDefn(layer))!
        defer { gdal.OGR_F_Destroy(feature) }
        for (i, value) in values.prefix(fields.count).enumerated() {
            let k = fieldIndices[i]
            switch value {
            case .null: gdal.OGR_F_SetFieldNull(feature, k)
            case .integer(let v): gdal.OGR_F_SetFieldInteger64(feature, k, v)
            case .real(let v): gdal.OGR_F_SetFieldDouble(feature, k, v)
            case .text(let bytes), .json(let bytes): gdal.OGR_F_SetFieldString(feature, k, String(decoding: bytes, as: UTF8.self))
            }
        }
        if let geometry, !geometry.isEmpty {
            var wkb = WKBWriter.data(geometry)
            var g: OGRGeometryH?
            let status = wkb.withUnsafeMutableBytes { gdal.OGR_G_CreateFromWkb($0.baseAddress, srs, &g, Int32($0.count)) }
            guard status == OGRERR_NONE, var g else {
                throw GeoError(.gdal, operation: "write \(path)", message: "GDAL cannot read the geometry's WKB (error \(status))")
            }
            // The declared multi type, as the GeoPackage specification asks of every row.
            // (OGR_G_ForceTo… take the geometry and return it or its replacement, never NULL for one given.)
            switch geometryType {
            case .multiPolygon: g = gdal.OGR_G_ForceToMultiPolygon(g)!
            case .multiLineString: g = gdal.OGR_G_ForceToMultiLineString(g)!
            case .multiPoint: g = gdal.OGR_G_ForceToMultiPoint(g)!
            default: break
            }
            gdal.OGR_F_SetGeometryDirectly(feature, g)
        }
        _ = GDALCall.ready
        gdal.CPLErrorReset()
        guard gdal.OGR_L_CreateFeature(layer, feature) == OGRERR_NONE else {
            throw GeoError(.gdal, operation: "write \(path)", message: GDALCall.lastMessage ?? "the feature was refused")
        }
    }

    /// Finishes the file (GDAL writes indexes, headers and side files such as `.prj`/`.cpg`).
    /// - Throws: ``GeoError`` (`.gdal`) when GDAL reports a failure while closing.
    public func close() throws {
        guard let dataset else { return }
        self.dataset = nil
        _ = GDALCall.ready
        gdal.CPLErrorReset()
        gdal.GDALClose(dataset)
        if gdal.CPLGetLastErrorType().rawValue >= CE_Failure.rawValue {
            throw GeoError(.gdal, operation: "close \(path)", message: GDALCall.lastMessage ?? "GDAL failed to finish the file")
        }
    }

    private static func fieldNames(_ layer: OGRLayerH) -> [String] {
        guard let defn = gdal.OGR_L_GetLayerDefn(layer) else { return [] }
        return (0..<gdal.OGR_FD_GetFieldCount(defn)).map { GDALCall.text(gdal.OGR_Fld_GetNameRef(gdal.OGR_FD_GetFieldDefn(defn, $0))) }
    }
}
