import Foundation

/// Paths of the package and its neighbours, found from this file's location.
enum PackagePaths {
    /// The package root (the folder holding Package.swift).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The shipped data.
    static func geodata(_ name: String) -> URL { root.appendingPathComponent("geodata/\(name)") }
    /// `Tests/Fixtures/NAME` (see its README for source and licence).
    static func fixture(_ name: String) -> URL {
        root.appendingPathComponent("Tests/Fixtures/\(name)")
    }
}
