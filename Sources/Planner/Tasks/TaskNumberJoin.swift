/// Joins what names a plan task by number (a work's `task`, "10.1") to the task table,
/// where the task is qualified by its part ("B.10.1"): the one rule for that join.
public struct TaskNumberJoin: Sendable {
    private let byReference: [String: String]
    private let byNumber: [String: [String]]

    /// Indexes `tasks`.
    public init(_ tasks: [PlanTask]) {
        var byReference: [String: String] = [:], byNumber: [String: [String]] = [:]
        for t in tasks {
            byReference[Self.key(t.reference)] = t.reference
            byNumber[Self.key(t.number), default: []].append(t.reference)
        }
        self.byReference = byReference
        self.byNumber = byNumber
    }

    /// The reference of the task `text` names: its full reference ("B.10.1", any case,
    /// spaces and a trailing dot ignored), or its number when one part of the table alone
    /// has it ("10.1"); `nil` when it names none, or several.
    public func reference(for text: String) -> String? {
        let key = Self.key(text)
        if let r = byReference[key] { return r }
        if let refs = byNumber[key], refs.count == 1 { return refs[0] }
        return nil
    }

    /// "B.10.1", "b. 10.1." and " B.10.1 " all give "b.10.1".
    static func key(_ text: String) -> String {
        var k = text.lowercased().filter { !$0.isWhitespace }
        while k.hasSuffix(".") { k.removeLast() }
        return k
    }
}
