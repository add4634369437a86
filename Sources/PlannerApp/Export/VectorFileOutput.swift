import Foundation
import Geo
import PlannerPresentation

/// Writes features into a GDAL file safely, for `export` and for a query's vector output:
/// the file and its side files (`.shx`, `.dbf`, `.prj`, `.cpg`) are written in a
/// temporary folder beside the target and moved into place only when complete, so a
/// failure leaves no partial file; the store, any SQLite/GeoPackage file and a folder
/// are never overwritten. A Shapefile whose field names were shortened gets its mapping
/// beside it, `NAME.fieldmap` (`PROPERTY=FIELD` lines), which `import --field-map` reads.
public struct VectorFileOutput: Sendable {
    /// The format written.
    public var format: VectorFileFormat

    /// Creates the output.
    public init(format: VectorFileFormat) { self.format = format }

    /// The mapping file beside a Shapefile `path` (`parcels.shp` → `parcels.fieldmap`).
    public static func fieldMapPath(for path: String) -> String {
        (path as NSString).deletingPathExtension + ".fieldmap"
    }

    /// Writes `features` (a layer read whole, or a query's rows) to `path`; the files written.
    /// - Throws: ``ExportSinkError`` for a target that must not be written, ``GeoError`` from GDAL.
    public func write(_ features: [ExportFeature], to path: String, layer: String) throws -> [VectorFileExporter.Written] {
        try placed(path) { temporary in try VectorFileExporter(format: format).write(features, to: temporary, layer: layer) }
    }

    /// Writes features made batch by batch (a streamed layer, declared `geometryType`) to `path`.
    public func write<Batch: RandomAccessCollection>(batches next: () throws -> Batch?,
                                                     feature: (Batch.Element) throws -> ExportFeature,
                                                     geometryType: VectorFileWriter.GeometryType,
                                                     to path: String, layer: String) throws -> [VectorFileExporter.Written] {
        try placed(path) { temporary in
            [try VectorFileExporter(format: format).write(batches: next, feature: feature, geometryType: geometryType,
                                                          to: temporary, layer: layer)]
        }
    }

    /// Runs `body` on a path in a temporary folder beside `path`, writes the field maps,
    /// then moves every file made into `path`'s folder; the results name the final paths.
    private func placed(_ path: String, _ body: (String) throws -> [VectorFileExporter.Written]) throws -> [VectorFileExporter.Written] {
        let fm = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ExportSinkError(path: path, reason: "the folder \(folder) does not exist")
        }
        let name = (path as NSString).lastPathComponent
        let scratch = folder + "/.\(name).\(UUID().uuidString)"
        try fm.createDirectory(atPath: scratch, withIntermediateDirectories: false)
        defer { try? fm.removeItem(atPath: scratch) }
        var written = try body(scratch + "/" + name)
        for file in written where format == .shp && !file.renamedFields.isEmpty {
            let lines = ["# parkplan import --field-map: PROPERTY=FIELD, the Shapefile's shortened field names"]
                + file.renamedFields.map { "\($0.asked)=\($0.written)" }
            try (lines.joined(separator: "\n") + "\n").write(toFile: Self.fieldMapPath(for: file.path), atomically: false, encoding: .utf8)
        }
        let made = try fm.contentsOfDirectory(atPath: scratch).sorted()
        for file in made { try ExportSink.refuseOverwrite(folder + "/" + file) }
        for file in made {
            let target = folder + "/" + file
            if fm.fileExists(atPath: target) { try fm.removeItem(atPath: target) }
            try fm.moveItem(atPath: scratch + "/" + file, toPath: target)
        }
        // Named as the caller named the target: "k.kml" stays "k.kml", "out/k.kml" keeps its folder.
        let shown = { (file: String) in
            let given = (path as NSString).deletingLastPathComponent
            return given.isEmpty ? (file as NSString).lastPathComponent : given + "/" + (file as NSString).lastPathComponent
        }
        for i in written.indices {
            written[i].path = shown(written[i].path)
            written[i].sidecar = written[i].sidecar.map(shown)
        }
        return written
    }
}
