/// Collects the problems of one feature, stamping each with file, index and id.
struct FeatureIssues {
    let file: String
    let index: Int
    var featureId: String?
    private(set) var issues: [ImportIssue] = []

    init(file: String, index: Int) {
        self.file = file
        self.index = index
    }

    mutating func add(_ kind: ImportIssue.Kind, _ reason: String) {
        issues.append(ImportIssue(file: file, featureIndex: index, featureId: featureId, kind: kind, reason: reason))
    }
}
