import Foundation

/// Paths of the package and its neighbours, found from this file's location.
enum PackagePaths {
    /// The package root (the folder holding Package.swift).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The shipped data.
    static func geodata(_ name: String) -> URL { root.appendingPathComponent("geodata/\(name)") }
    /// `../shared/data/NAME` beside the repository.
    static func sharedData(_ name: String) -> URL {
        root.deletingLastPathComponent().appendingPathComponent("shared/data/\(name)")
    }
}
