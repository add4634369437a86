import Foundation
import Testing
import TestSupport

/// libgdal is loaded only when a command reads or writes a vector format through GDAL
/// (Sources/CGDAL/shim.h): `parkplan` does not link it, so no other command pays for
/// loading its hundred shared libraries; GDAL's formats still work (GDALImportCLITests,
/// GDALExportCLITests).
@Suite struct GDALLoadingCLITests {
    /// The shared libraries the dynamic loader maps for `parkplan` at start
    /// (`LD_TRACE_LOADED_OBJECTS`, what `ldd` prints; the program itself is not run).
    static func librariesLoadedAtStart() throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLIRunner.parkplan)
        process.arguments = ["--version"]
        process.environment = ProcessInfo.processInfo.environment.merging(["LD_TRACE_LOADED_OBJECTS": "1"]) { _, new in new }
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    }

    @Test func parkplanStartsWithoutLibgdal() throws {
        let libraries = try Self.librariesLoadedAtStart()
        #expect(libraries.contains("libgeos_c") && libraries.contains("libproj"), "the trace lists what is linked:\n\(libraries)")
        #expect(!libraries.contains("libgdal"), "libgdal is loaded on first use, not linked:\n\(libraries)")
    }
}
