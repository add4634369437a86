/// The language a report is written in; numbers follow it (1.234,5 in Vietnamese,
/// 1,234.5 in English).
public enum ReportLanguage: String, Sendable, CaseIterable {
    /// Vietnamese.
    case vi
    /// English.
    case en
}
