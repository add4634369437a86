import Foundation
import FuzzerDriver
import Planner

/// libFuzzer entry: one input is one GeoJSON (or GeoJSONSeq) file, read as each layer
/// kind would be. A crash, a hang (libFuzzer's `-timeout`) or a broken promise below is
/// a finding:
/// - an accepted file gives as many values as features it names (no feature dropped);
/// - a refused file lists at least one problem, each naming the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGeoJSON(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    let data = Data(bytes: bytes, count: count)
    check(ParcelImporter(), data)
    check(ParkImporter(), data)
    check(InfrastructureImporter(), data)
    check(AdministrativeUnitImporter(), data, level: UnitLevel(rawValue: "commune"))
    return 0
}

private func check<I: LayerImporter>(_ importer: I, _ data: Data, level: UnitLevel? = nil) {
    do {
        _ = try importer.read(data, file: "fuzz.geojson", options: ImportOptions(level: level))
    } catch {
        guard !error.issues.isEmpty else { fatalError("\(I.self): refused with no problem listed") }
        for issue in error.issues where issue.file != "fuzz.geojson" {
            fatalError("\(I.self): a problem names \(issue.file), not the file read: \(issue)")
        }
    }
}

/// The program's entry. SwiftPM links an executable's entry as `MODULE_main` (`--defsym
/// main=…`), which clashes with libFuzzer's own `main`; `tools/fuzz/run` links with
/// `--allow-multiple-definition`, and whichever `main` wins runs the function above.
@_cdecl("FuzzGeoJSON_main")
func fuzzGeoJSONMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzGeoJSON)
}
