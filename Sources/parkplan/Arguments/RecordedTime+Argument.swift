import ArgumentParser
import Planner

extension RecordedTime {
    /// A moment typed on the command line; a bad one is a usage error (exit 64) saying why.
    static func argument(_ text: String) throws -> RecordedTime {
        do { return try RecordedTime.parse(text) } catch { throw ValidationError(error.description) }
    }
}
