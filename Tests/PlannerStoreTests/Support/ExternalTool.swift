import Foundation

/// Runs an installed command-line tool and captures its output.
struct ExternalTool {
    let executable: String

    /// True when the executable exists on this machine.
    var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: executable) }

    /// Runs the tool with `arguments`; returns exit status, stdout and stderr.
    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a full pipe cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
