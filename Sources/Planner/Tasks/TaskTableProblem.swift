/// A row of a task table the parser could not read, or read with doubt.
public struct TaskTableProblem: Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line of the text where the row starts.
    public var line: Int
    /// The row's text (start only).
    public var excerpt: String
    /// What is wrong.
    public var reason: String

    /// "line 120: unrecognised row label "x": …" (the excerpt left out when the row is empty).
    public var description: String { excerpt.isEmpty ? "line \(line): \(reason)" : "line \(line): \(reason): \(excerpt)" }
}
