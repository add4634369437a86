/// When a plan task is to be carried out, as the table writes it ("2022- 2025").
public struct TaskPeriod: Hashable, Sendable {
    /// The cell text as written.
    public var text: String
    /// The first year, when the text names years.
    public var fromYear: Int?
    /// The last year (equal to `fromYear` for a single year).
    public var toYear: Int?

    /// Reads the years out of the text: "2022- 2025" → 2022…2025, "2023" → 2023…2023.
    public init(_ text: String) {
        self.text = text
        let years = text.split { !$0.isNumber }.compactMap { Int($0) }.filter { (1900...2100).contains($0) }
        fromYear = years.first
        toYear = years.last
    }
}
