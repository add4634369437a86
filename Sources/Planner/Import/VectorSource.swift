import Foundation
import Geo

/// Picks the reader for an import: GeoJSON and GeoJSONSeq keep the streaming reader; any
/// other vector format GDAL recognises from the content (Shapefile, zipped Shapefile,
/// GeoPackage, FileGDB, KML, DXF, DGN, FlatGeobuf, GML, CSV with WKT or x/y columns…) is read through
/// ``VectorDataset`` into the same per-feature form (a GeoJSONSeq in memory: properties
/// and geometry in the file's CRS), so every check, message and the all-or-nothing
/// guarantee of the GeoJSON import apply unchanged.
///
/// It also checks the source CRS once, before any feature is read: an unknown or
/// unusable CRS is one ``ImportIssue/Kind/unknownCRS`` issue for the whole file.
enum VectorSource {
    /// File extensions always read by the GeoJSON reader.
    static let geoJSONExtensions: Set<String> = ["json", "geojson", "geojsonl", "geojsons", "geojsonseq", "ndjson", "jsonl"]
    /// Property names the importers read, for the 10-character (Shapefile) truncation mapping.
    static let knownProperties = ["approved_area_ha", "clearance_date", "compensation_paid_vnd", "compensation_planned_vnd",
                                  "planned_handover", "operational_from", "service_radius_m", "clearance_history", "households", "land_use",
                                  "name", "id", "park", "level", "kind", "district", "clearance"]

    /// GDAL's open options for a CSV: types guessed from the text (a quoted value stays text:
    /// ogr2ogr quotes a text field that looks like a number, a task "10.1"), and point geometry from
    /// x/y columns under their usual names (a WKT column is found by GDAL itself); the
    /// coordinate columns are not kept as properties.
    static let csvOpenOptions = ["AUTODETECT_TYPE=YES", "QUOTED_FIELDS_AS_STRING=YES", "KEEP_GEOM_COLUMNS=NO",
                                 "X_POSSIBLE_NAMES=lon,longitude,lng,long,x,easting,x_coord,kinh_do",
                                 "Y_POSSIBLE_NAMES=lat,latitude,y,northing,y_coord,vi_do"]

    /// The input to stream and the options to stream it with (CRS resolved, field map
    /// completed) and the notices to report (automatic field mappings).
    static func resolve(_ input: GeoJSONInput, file: String, options: ImportOptions) throws(ImportFailure)
        -> (input: GeoJSONInput, options: ImportOptions, notices: [ImportIssue]) {
        var options = options
        if let crs = options.sourceCRS { options.sourceCRS = try checked(PastedCRS.normalised(crs), file: file, from: "--crs") }
        guard case .file(let url) = input, options.throughGDAL || !isGeoJSON(url) else { return (input, options, []) }
        let fail = { (reason: String) in ImportFailure(issues: [ImportIssue(file: file, kind: .malformedJSON, reason: reason)]) }
        let features: [VectorFeature]
        let layer: VectorLayer
        do {
            let path = url.pathExtension.lowercased() == "zip" ? "/vsizip/" + url.path : url.path
            let cpg = url.deletingPathExtension().appendingPathExtension("cpg")
            if options.encoding == nil, let page = try? String(contentsOf: cpg, encoding: .utf8), LegacyText.fromCodePage(page) != nil {
                options.encoding = page.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            var openOptions = options.encoding == nil ? [] : ["ENCODING="]
            if url.pathExtension.lowercased() == "csv" { openOptions += csvOpenOptions }
            let dataset = try VectorDataset(path: path, openOptions: openOptions)
            layer = try options.layerName.map { try dataset.layer(named: $0) } ?? dataset.onlyLayer()
            if options.sourceCRS == nil, let own = layer.crs { options.sourceCRS = try checked(own, file: file, from: "the file") }
            features = try layer.features()
        } catch let failure as ImportFailure {
            throw failure
        } catch let error as GeoError {
            throw fail("cannot read as a vector dataset: \(error.message)")
        } catch {
            throw fail("cannot read: \(error)")
        }
        guard !features.isEmpty else { throw fail("layer \"\(layer.name)\" has no features") }
        let decoder: LegacyText
        do { decoder = try LegacyText(options.encoding) } catch { throw fail("\(error)") }
        let mapping = FieldMapping(requested: options.fieldMap, fileFields: layer.fieldNames, known: knownProperties)
        let sidecar = try ValuesSidecar(beside: url)
        options.fieldHints = mapping.hints
        var data = Data()
        var unreadable: [ImportIssue] = []
        var notUTF8: (Int, String)?
        var notUTF8Count = 0
        var notUTF8Samples: [[UInt8]] = []
        // Coordinates passed on exactly (no rounding): a file read through GDAL gives the
        // same geometry as its GeoJSON would.
        let writer = GeoJSONWriter(precision: 17, rfc7946Orientation: false)
        for feature in features {
            var text = "\u{1E}{\"type\":\"Feature\",\"properties\":{"
            var first = true
            // The values a Shapefile could not hold, put back from the sidecar by id.
            var moved = sidecar.isEmpty ? [] : feature.fields.first { mapping.propertyName(for: $0.name) == options.idField }
                .flatMap { field -> [(property: String, json: String)]? in
                    guard case .text(let bytes) = field.value else { return nil }
                    return sidecar.byId[PropertyText.normalized(decoder.decode(bytes))]
                } ?? []
            for (name, value) in feature.fields {
                if !first { text += "," }
                first = false
                let property = mapping.propertyName(for: name)
                text += JSONValue.string(property).jsonText + ":"
                if let k = moved.firstIndex(where: { $0.property == property }) {
                    text += moved.remove(at: k).json
                    continue
                }
                switch value {
                case .null: text += "null"
                case .integer(let i): text += String(i)
                case .real(let r): text += r.isFinite ? "\(r)" : "null"
                case .text(let bytes):
                    if decoder.iconvName == nil, String(validating: bytes, as: UTF8.self) == nil {
                        if notUTF8 == nil { notUTF8 = (feature.index, name) }
                        notUTF8Count += 1
                        if notUTF8Samples.count < 200 { notUTF8Samples.append(bytes) }
                    }
                    text += JSONValue.string(isoDate(decoder.decode(bytes))).jsonText
                case .json(let bytes): text += String(decoding: bytes, as: UTF8.self)
                }
            }
            for (property, json) in moved {
                text += (first ? "" : ",") + JSONValue.string(property).jsonText + ":" + json
                first = false
            }
            text += "},\"geometry\":"
            switch feature.geometry {
            case nil: text += "null"
            case .success(let g)?: text += writer.string(g)
            case .failure(let e)?:
                text += "null"
                unreadable.append(ImportIssue(file: file, featureIndex: feature.index, kind: .malformedGeometry, reason: "unreadable geometry: \(e.message)"))
            }
            text += "}\n"
            data.append(contentsOf: text.utf8)
        }
        if let (index, field) = notUTF8 {
            let guess = LegacyText.guess(notUTF8Samples).map { "it looks like \($0.label); use --encoding \($0.option)" }
            let reason = "text of field \"\(field)\" is not UTF-8 (\(notUTF8Count) values in the file): "
                + (guess ?? "give its encoding with --encoding windows-1258, tcvn3 or viscii (or a .cpg)") + "; nothing was stored"
            throw ImportFailure(issues: [ImportIssue(file: file, featureIndex: index, kind: .invalidUTF8, reason: reason)])
        }
        guard unreadable.isEmpty else { throw ImportFailure(issues: unreadable) }
        return (.bytes(data), options, mapping.notices(file: file))
    }

    /// "2027/08/10" (how GDAL writes a date into KML or CSV text) as "2027-08-10"; other text unchanged.
    static func isoDate(_ text: String) -> String {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "/"), u[7] == UInt8(ascii: "/"),
              u.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || (0x30...0x39).contains($0.element) }) else { return text }
        return text.replacingOccurrences(of: "/", with: "-")
    }

    /// True when the file is read by the GeoJSON reader: by extension, or when its first
    /// non-blank byte is `{`, `[` or RS.
    static func isGeoJSON(_ url: URL) -> Bool {
        if geoJSONExtensions.contains(url.pathExtension.lowercased()) { return true }
        // A folder (a FileGDB, NAME.gdb) is read by GDAL.
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue { return false }
        guard let handle = try? FileHandle(forReadingFrom: url) else { return true }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 256)) ?? Data()
        guard let first = head.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) else { return true }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[") || first == 0x1E
    }

    /// `crs` when PROJ can transform from it to EPSG:9210; else the one file-level issue.
    static func checked(_ crs: CRS, file: String, from origin: String) throws(ImportFailure) -> CRS {
        do {
            _ = try CoordinateTransformer(from: crs, to: .haiPhongTM3)
            return crs
        } catch {
            let shown = crs.definition.count > 120 ? String(crs.definition.prefix(120)) + "…" : crs.definition
            throw ImportFailure(issues: [ImportIssue(file: file, kind: .unknownCRS,
                                                     reason: "unknown CRS '\(shown)' (from \(origin)): PROJ cannot use it; nothing was read")])
        }
    }
}
