import CGDAL

/// A vector dataset opened through GDAL (Shapefile, zipped Shapefile via `/vsizip/`,
/// GeoPackage, KML, DXF, DGN, FlatGeobuf, GML, CSV with WKT, …); the format is recognised
/// from the content (`GDALOpenEx` with `GDAL_OF_VECTOR`), not only the extension.
///
/// Owns its `GDALDatasetH` (closed on deinit); the ``VectorLayer``s it hands out keep it
/// alive. **Thread safety:** GDAL datasets, layers and features are not thread-safe: a
/// dataset and its layers must be used by one thread at a time and are never shared
/// between threads (the class is deliberately not `Sendable`). Open one dataset per thread
/// when reading in parallel.
public final class VectorDataset {
    let handle: GDALDatasetH
    /// The path as given to GDAL.
    public let path: String

    /// Opens `path` read-only as a vector dataset. `openOptions` are GDAL open options
    /// ("ENCODING=" for a Shapefile read as raw bytes).
    /// - Throws: ``GeoError`` (`.gdal`) when GDAL cannot open it as a vector dataset.
    public init(path: String, openOptions: [String] = []) throws {
        self.path = path
        let flags = UInt32(GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR)
        handle = try GDALCall.run("open \(path)") {
            withCStringList(openOptions) { options in gdal.GDALOpenEx(path, flags, nil, options, nil) }
        }
    }

    deinit { gdal.GDALClose(handle) }

    /// The GDAL driver's short name ("ESRI Shapefile", "GPKG", "KML", …).
    public var driverName: String {
        guard let driver = gdal.GDALGetDatasetDriver(handle), let name = gdal.GDALGetDriverShortName(driver) else { return "" }
        return String(cString: name)
    }

    /// The names of the dataset's layers, in order.
    public var layerNames: [String] {
        (0..<gdal.GDALDatasetGetLayerCount(handle)).compactMap { i in
            gdal.GDALDatasetGetLayer(handle, i).flatMap { gdal.OGR_L_GetName($0) }.map { String(cString: $0) }
        }
    }

    /// The layer named `name`.
    /// - Throws: ``GeoError`` (`.gdal`) when there is no such layer.
    public func layer(named name: String) throws -> VectorLayer {
        guard let layer = gdal.GDALDatasetGetLayerByName(handle, name) else {
            throw GeoError(.gdal, operation: "open layer \(name)",
                           message: "\(path) has no layer \"\(name)\" (layers: \(layerNames.joined(separator: ", ")))")
        }
        return VectorLayer(layer, dataset: self)
    }

    /// The only layer of a one-layer dataset.
    /// - Throws: ``GeoError`` (`.gdal`) when the dataset has no layer, or several (naming them).
    public func onlyLayer() throws -> VectorLayer {
        let names = layerNames
        guard names.count == 1, let layer = gdal.GDALDatasetGetLayer(handle, 0) else {
            throw GeoError(.gdal, operation: "open layer",
                           message: names.isEmpty ? "\(path) has no vector layer"
                               : "\(path) has \(names.count) layers (\(names.joined(separator: ", "))): choose one with --layer NAME")
        }
        return VectorLayer(layer, dataset: self)
    }
}

/// Calls `body` with a NULL-terminated C array of `strings` (valid only during the call).
func withCStringList<R>(_ strings: [String], _ body: (UnsafeMutablePointer<UnsafePointer<CChar>?>?) -> R) -> R {
    guard !strings.isEmpty else { return body(nil) }
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    var list: [UnsafePointer<CChar>?] = copies.map { UnsafePointer($0) } + [nil]
    return list.withUnsafeMutableBufferPointer { body($0.baseAddress) }
}
