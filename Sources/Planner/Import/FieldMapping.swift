/// Which file field feeds which property, for files read through GDAL: the `--field
/// PROPERTY=FIELD` requests, plus each property the importers read whose 10-character
/// truncation (a Shapefile's field-name limit) is a field of the file while the full name
/// is not, when no other such property shares the truncation (those are only suggested).
/// A field named as a property but in other case (KML's `Name`) is mapped too.
/// The automatic mappings are reported as notices.
struct FieldMapping {
    /// File field → property name.
    private(set) var byField: [String: String] = [:]
    /// The mappings made without a request, "clearance_ → clearance_date".
    private(set) var automatic: [(field: String, property: String)] = []
    /// Truncations not mapped because several properties share them: property → field.
    private(set) var hints: [String: String] = [:]

    init(requested: [String: String], fileFields: [String], known: [String]) {
        for (property, field) in requested { byField[field] = property }
        let fields = Set(fileFields)
        let lowered = Dictionary(fileFields.map { ($0.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        for property in known where !fields.contains(property) && requested[property] == nil {
            if let field = lowered[property], byField[field] == nil {
                byField[field] = property
                automatic.append((field, property))
            }
        }
        for property in known where property.count > 10 && !fields.contains(property) && requested[property] == nil {
            let cut = String(property.prefix(10))
            guard fields.contains(cut) else { continue }
            if known.filter({ $0.count > 10 && $0.hasPrefix(cut) }).count > 1 {
                hints[property] = cut
            } else if byField[cut] == nil {
                byField[cut] = property
                automatic.append((cut, property))
            }
        }
    }

    /// The property a file field is read as.
    func propertyName(for field: String) -> String { byField[field] ?? field }

    /// One notice per automatic mapping.
    func notices(file: String) -> [ImportIssue] {
        automatic.map {
            ImportIssue(file: file, kind: .missingProperty,
                        reason: "field \"\($0.field)\" read as \"\($0.property)\" (the file's name for it); --field \($0.property)=FIELD to choose another")
        }
    }
}
