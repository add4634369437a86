import Foundation
import Testing
import TestSupport

/// `parkplan store copy` between GeoPackage files (the PostGIS directions are tested in
/// `PlannerPostGISTests`): a new file gets the whole record, an existing one holding a
/// record is refused and left as it was, and a missing source is a usage error.
@Suite struct StoreCopyCLITests {
    private static func parkplan(_ args: [String]) throws -> CLIRunner.Result { try CLIRunner.run(CLIRunner.parkplan, args) }

    @Test func aCopyIntoANewFileAnswersAndExportsAsTheSource() throws {
        let (folder, source) = try ShippedStore.copy()
        let target = folder.appendingPathComponent("copy.gpkg").path
        let r = try Self.parkplan(["store", "copy", "--from", source, "--to", target])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("parcels: 2500"), "\(r.stdout)")
        #expect(r.stdout.contains("copied \(source) to \(target)"), "\(r.stdout)")
        for query in [["clearance", "--by", "commune+park", "--as-of", "2026-09-30"], ["parks", "--as-of", "2025-09-30"], ["tasks"]] {
            let a = try Self.parkplan(query + ["--format", "json", "--store", source])
            let b = try Self.parkplan(query + ["--format", "json", "--store", target])
            #expect(a.status == 0 && a.stdout.contains("\"rows\""), "\(a.stderr)")
            #expect(a.stdout == b.stdout, "\(query.joined(separator: " "))")
        }
        let outA = folder.appendingPathComponent("a"), outB = folder.appendingPathComponent("b")
        #expect(try Self.parkplan(["export", "--as-of", "2026-09-30", "-o", outA.path, "--store", source]).status == 0)
        #expect(try Self.parkplan(["export", "--as-of", "2026-09-30", "-o", outB.path, "--store", target]).status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: outA.path).sorted()
        #expect(files.contains("parcels.geojson"))
        for file in files {
            #expect(try Data(contentsOf: outA.appendingPathComponent(file)) == Data(contentsOf: outB.appendingPathComponent(file)), "\(file)")
        }
        // No temporary file is left beside the new store.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".creating-") }.isEmpty)
    }

    @Test func aTargetHoldingARecordIsRefusedAndLeftAsItWas() throws {
        let (folder, source) = try ShippedStore.copy()
        let target = folder.appendingPathComponent("held.gpkg").path
        try FileManager.default.copyItem(atPath: source, toPath: target)
        let before = try Data(contentsOf: URL(fileURLWithPath: target))
        let r = try Self.parkplan(["store", "copy", "--from", source, "--to", target])
        #expect(r.status == 1)
        #expect(r.stderr.contains("already holds a record"), "\(r.stderr)")
        #expect(r.stderr.contains("nothing was written"), "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == before)
    }

    @Test func aMissingSourceOrTheSameStoreIsAUsageError() throws {
        let folder = try CLIRunner.scratch()
        let missing = try Self.parkplan(["store", "copy", "--from", folder.appendingPathComponent("none.gpkg").path,
                                         "--to", folder.appendingPathComponent("x.gpkg").path])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("no store at"), "\(missing.stderr)")
        let same = try Self.parkplan(["store", "copy", "--from", try ShippedStore.path, "--to", try ShippedStore.path])
        #expect(same.status == 64)
        #expect(same.stderr.contains("the same store"), "\(same.stderr)")
    }
}
