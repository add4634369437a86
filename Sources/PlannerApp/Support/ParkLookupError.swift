/// A park named on the command line (or in a request) that matches no park, or several.
public enum ParkLookupError: UseCaseRefusal, Equatable {
    /// The name matches several parks (their ids).
    case ambiguous(name: String, ids: [String])
    /// The name matches none; the closest names, when any are close.
    case notFound(name: String, suggestions: [String])

    public var description: String {
        switch self {
        case .ambiguous(let name, let ids): "park \"\(name)\" is ambiguous: \(ids.joined(separator: ", "))"
        case .notFound(let name, let suggestions):
            "unknown park \"\(name)\""
                + (suggestions.isEmpty ? "; `parkplan parks` lists them"
                    : "; did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?")
        }
    }
}
