import Foundation

/// Paths inside the repository, so every test reads only what a plain clone holds.
public enum Repository {
    /// The repository's root folder (this file is Tests/TestSupport/Repository.swift).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A file of the shipped data, `geodata/NAME`.
    public static func geodata(_ name: String) -> URL { root.appendingPathComponent("geodata/\(name)") }

    /// A test fixture, `Tests/Fixtures/NAME`.
    public static func fixture(_ name: String) -> URL { root.appendingPathComponent("Tests/Fixtures/\(name)") }
}
