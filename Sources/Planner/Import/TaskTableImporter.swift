import Foundation

/// Reads a plan's task table (tab-separated UTF-8 text) for import, linking each task to
/// the parks its text names; any unreadable row refuses the whole file.
public struct TaskTableImporter: Sendable {
    /// The parks tasks are linked to.
    public var parks: [IndustrialPark]

    /// Creates an importer linking to `parks`.
    public init(parks: [IndustrialPark]) {
        self.parks = parks
    }

    /// The table's tasks.
    /// - Throws: ``ImportFailure`` naming the file and every problem (with its line).
    public func read(contentsOf url: URL) throws -> PlanTaskTable {
        let file = url.lastPathComponent
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ImportFailure(issues: [ImportIssue(file: file, kind: .malformedJSON, reason: "cannot read file: \(ReadErrorText.reason(error))")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ImportFailure(issues: [ImportIssue(file: file, kind: .invalidUTF8, reason: "the task table is not valid UTF-8 text")])
        }
        let table = PlanTaskTableParser(parks: parks).parse(text)
        guard table.problems.isEmpty else {
            throw ImportFailure(issues: table.problems.map {
                ImportIssue(file: file, kind: .badValue, reason: $0.description)
            })
        }
        guard !table.tasks.isEmpty else {
            throw ImportFailure(issues: [ImportIssue(file: file, kind: .missingProperty, reason: "no numbered task rows found")])
        }
        return table
    }
}
