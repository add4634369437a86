import Foundation

/// Writing to the terminal: stdout for results, stderr for diagnostics. Either first
/// clears the progress line, if one is shown.
enum Terminal {
    /// Writes a line to standard error.
    static func error(_ line: String) {
        ProgressLine.shared.done()
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes a line to standard output.
    static func say(_ line: String) {
        ProgressLine.shared.done()
        print(line)
    }

    /// True when standard output is a terminal (not a pipe or a file).
    static var isInteractive: Bool { isatty(STDOUT_FILENO) == 1 }
}
