import Foundation
import Testing
import TestSupport

/// The command-line contract a new user meets: help that names the values that work,
/// file messages without doubled slashes.
@Suite struct ContractCLITests {
    @Test func parcelGapsHelpOffersTheModeSpellingThatWorks() throws {
        let help = try CLIRunner.run(CLIRunner.parkplan, ["parcel-gaps", "--help"])
        #expect(help.stdout.contains("within_container"))
        #expect(!help.stdout.contains("withinContainer"))
    }

    @Test func exportIntoAFolderGivenWithATrailingSlashNamesFilesWithOneSlash() throws {
        let (dir, store) = try shippedStore()
        let folder = dir.appendingPathComponent("out").path + "/"
        let r = try CLIRunner.run(CLIRunner.parkplan, ["export", "--layer", "all", "-o", folder, "--store", store])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(folder + "parks.geojson"), "\(r.stdout)")
        #expect(!(r.stdout + r.stderr).contains("//"))
    }
}

/// `--version`, and `as_of` in the JSON of the queries that take no date.
@Suite struct VersionAndAsOfCLITests {
    @Test func versionNamesTheProduct() throws {
        let r = try CLIRunner.run(CLIRunner.parkplan, ["--version"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("ParkPlanner "))
    }

    @Test func overlapsParcelGapsAndTasksJSONCarryAsOf() throws {
        let (_, store) = try shippedStore()
        for query in [["overlaps", "--layer", "parks"], ["parcel-gaps"], ["tasks"]] {
            let r = try CLIRunner.run(CLIRunner.parkplan, query + ["--format", "json", "--store", store])
            #expect(r.status == 0, "\(query): \(r.stderr)")
            #expect(r.stdout.contains("\"as_of\":\"20"), "\(query)")
        }
    }
}

/// Exit codes as the README documents them: 64 for usage errors, even those only the store can detect.
@Suite struct ExitCodeCLITests {
    @Test func clearanceByAnUnknownLevelIsAUsageError() throws {
        let (_, store) = try shippedStore()
        let r = try CLIRunner.run(CLIRunner.parkplan, ["clearance", "--by", "galaxy", "--store", store])
        #expect(r.status == 64)
        #expect(r.stderr.contains("no units of level 'galaxy'"))
        let unknownOption = try CLIRunner.run(CLIRunner.parkplan, ["clearance", "--bogus", "--store", store])
        #expect(unknownOption.status == 64)
    }

    /// Dates, layers, unit levels and the grouping are parsed by argument-parser: a bad one
    /// is a usage error naming the option and the value.
    @Test(arguments: [(["parks", "--as-of", "2026-02-30"], "--as-of"), (["export", "--as-of", "30/09/2026"], "--as-of"),
                      (["clearance", "set", "P-1", "handed_over", "--date", "2026-13-01", "--by", "x"], "--date"),
                      (["import", "galaxy", "parks.geojson"], "<layer>")])
    func badValuesAreUsageErrorsNamingTheOption(args: [String], option: String) throws {
        let r = try CLIRunner.run(CLIRunner.parkplan, args + ["--store", try ShippedStore.path])
        #expect(r.status == 64)
        #expect(r.stderr.contains("The value '\(args[args.firstIndex(of: option).map { $0 + 1 } ?? 1])' is invalid for '\(option)"), "\(r.stderr)")
    }
}

/// `export --layer X` without `-o` writes the layer to standard output, as a query does.
@Suite struct ExportToStandardOutputCLITests {
    @Test func oneLayerWithoutOutputGoesToStandardOutput() throws {
        let (dir, store) = try shippedStore()
        for layer in ["parcels", "parks"] {
            let r = try CLIRunner.run(CLIRunner.parkplan, ["export", "--layer", layer, "--as-of", "2024-06-30", "--store", store], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            #expect(object?["type"] as? String == "FeatureCollection", "\(layer)")
            let features = object?["features"] as? [Any] ?? []
            #expect(features.count > 0)
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("\(layer).geojson").path))
        }
    }
}

/// `layers` answers in every query format.
@Suite struct LayersFormatCLITests {
    @Test func layersWritesJSONAndCSV() throws {
        let (_, store) = try shippedStore()
        let json = try CLIRunner.run(CLIRunner.parkplan, ["layers", "--format", "json", "--store", store])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let rows = object?["rows"] as? [[String: Any]] ?? []
        #expect(rows.contains { $0["layer"] as? String == "parks" && ($0["features"] as? Int ?? 0) > 0 })
        let csv = try CLIRunner.run(CLIRunner.parkplan, ["layers", "--format", "csv", "--store", store])
        #expect(csv.stdout.hasPrefix("layer,table,features\r\n"))
        let table = try CLIRunner.run(CLIRunner.parkplan, ["layers", "--store", store])
        #expect(table.stdout.contains("parcels         parcels             2500"))
    }
}

/// A scratch folder for outputs, and the shared shipped store (read only).
private func shippedStore() throws -> (URL, String) {
    (try Scratch.folder(), try ShippedStore.path)
}
