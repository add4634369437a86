import Foundation
import TestSupport
import XCTest

/// The CLI's answers from two stores compared byte for byte: every query's `--format json`,
/// a parcel's `clearance history`, and every file `export` writes. Both stores' runs go at
/// once (two processes), then are compared.
enum SameAnswers {
    /// The part of the two outputs where they first differ, for the failure message.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let common = zip(a, b).prefix { $0 == $1 }.count
        let from = max(0, common - 80)
        return "first: …\(a.dropFirst(from).prefix(200))…\nsecond: …\(b.dropFirst(from).prefix(200))…"
    }

    /// Runs `arguments` on both stores, at once.
    static func run(_ arguments: [String], _ a: String, _ b: String) throws -> (CLIRunner.Result, CLIRunner.Result) {
        let x = try CLIRunner.start(CLIRunner.parkplan, arguments + ["--store", a])
        let y = try CLIRunner.start(CLIRunner.parkplan, arguments + ["--store", b])
        x.process.waitUntilExit()
        y.process.waitUntilExit()
        return (x.result(), y.result())
    }

    /// Runs every query with `--format json` on both stores and fails for each that exits
    /// non-zero, writes no rows, or differs. Returns how many were the same.
    @discardableResult
    static func compareJSON(_ queries: [[String]], _ a: String, _ b: String,
                            file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        var same = 0
        for query in queries {
            let (x, y) = try run(query + ["--format", "json"], a, b)
            let name = query.joined(separator: " ")
            XCTAssertEqual(x.status, 0, "\(name) on \(a): \(x.stderr)", file: file, line: line)
            XCTAssertEqual(y.status, 0, "\(name) on \(b): \(y.stderr)", file: file, line: line)
            XCTAssertTrue(x.stdout.contains("\"rows\""), "\(name) wrote no JSON rows: \(x.stdout.prefix(200))", file: file, line: line)
            if x.stdout == y.stdout {
                same += 1
            } else {
                XCTFail("\(name) differs:\n\(firstDifference(x.stdout, y.stdout))", file: file, line: line)
            }
        }
        return same
    }

    /// The ledgers of `parcels` (`clearance history ID --format json`) on both stores are the same.
    static func compareHistories(_ parcels: [String], _ a: String, _ b: String, file: StaticString = #filePath, line: UInt = #line) throws {
        for parcel in parcels {
            let (x, y) = try run(["clearance", "history", parcel, "--format", "json"], a, b)
            XCTAssertEqual(x.status, 0, "history of \(parcel): \(x.stderr)", file: file, line: line)
            XCTAssertTrue(x.stdout.contains(parcel), x.stdout, file: file, line: line)
            XCTAssertEqual(x.stdout, y.stdout, "history of \(parcel)", file: file, line: line)
        }
    }

    /// `export --as-of asOf` (every layer, GeoJSON) writes the same files from both stores.
    /// Returns the files' names.
    @discardableResult
    static func compareExports(_ a: String, _ b: String, asOf: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let folder = try Scratch.folder("parkplan-same-export")
        let outA = folder.appendingPathComponent("a"), outB = folder.appendingPathComponent("b")
        let x = try CLIRunner.start(CLIRunner.parkplan, ["export", "--as-of", asOf, "-o", outA.path, "--store", a])
        let y = try CLIRunner.start(CLIRunner.parkplan, ["export", "--as-of", asOf, "-o", outB.path, "--store", b])
        x.process.waitUntilExit()
        y.process.waitUntilExit()
        XCTAssertEqual(x.result().status, 0, "export from \(a): \(x.result().stderr)", file: file, line: line)
        XCTAssertEqual(y.result().status, 0, "export from \(b): \(y.result().stderr)", file: file, line: line)
        let files = try FileManager.default.contentsOfDirectory(atPath: outA.path).sorted()
        XCTAssertEqual(files, try FileManager.default.contentsOfDirectory(atPath: outB.path).sorted(), file: file, line: line)
        XCTAssertTrue(files.contains("parcels.geojson"), "export wrote \(files)", file: file, line: line)
        for name in files {
            let p = try Data(contentsOf: outA.appendingPathComponent(name)), q = try Data(contentsOf: outB.appendingPathComponent(name))
            XCTAssertFalse(p.isEmpty, name, file: file, line: line)
            XCTAssertTrue(p == q, "\(name) differs (\(p.count) vs \(q.count) bytes)", file: file, line: line)
        }
        try? FileManager.default.removeItem(at: folder)
        return files
    }
}
