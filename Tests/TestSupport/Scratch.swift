import Foundation

/// Temporary folders for tests, one fresh folder per call.
public enum Scratch {
    /// A new, empty folder under the system's temporary folder.
    public static func folder(_ prefix: String = "parkplan-test") throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
