/// Which file field feeds which property, for files read through GDAL: the `--field
/// PROPERTY=FIELD` requests, plus each property the importers read whose 10-character
/// truncation (a Shapefile's field-name limit) is a field of the file while the full name
/// is not, when no other such property shares the truncation (those are only suggested).
/// A field named as a property but in other case (KML's `Name`) is mapped too.
/// The automatic mappings are reported as notices, and so is each property left unread
/// because its truncation is shared: the fields that may hold it, by GDAL's Shapefile
/// rule for a name cut twice the same way (`clearance_`, then `clearanc_1`, `clearanc_2`…).
struct FieldMapping {
    /// File field → property name.
    private(set) var byField: [String: String] = [:]
    /// The mappings made without a request, "clearance_ → clearance_date".
    private(set) var automatic: [(field: String, property: String)] = []
    /// Truncations not mapped because several properties share them: property → field.
    private(set) var hints: [String: String] = [:]
    /// The properties of ``hints`` with the fields of the file, read as no property, that may
    /// hold each, in the file's order (the truncation and GDAL's numbered variants of it).
    private(set) var unread: [(property: String, fields: [String])] = []

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
        for property in known {
            guard let cut = hints[property] else { continue }
            let candidates = fileFields.filter { ($0 == cut || Self.isNumberedCut(of: property, $0)) && byField[$0] == nil }
            if !candidates.isEmpty { unread.append((property, candidates)) }
        }
    }

    /// Whether `field` is GDAL's name for `property` when its 10-character cut is taken: the
    /// name cut to 8 characters and `_1`…`_9`, or to 7 and `_10`…`_99` (a Shapefile's rule).
    static func isNumberedCut(of property: String, _ field: String) -> Bool {
        for (kept, digits) in [(8, 1), (7, 2)] {
            let head = property.prefix(kept) + "_"
            guard field.count == kept + 1 + digits, field.hasPrefix(head),
                  let n = Int(field.dropFirst(head.count)), n >= (digits == 1 ? 1 : 10) else { continue }
            return true
        }
        return false
    }

    /// The property a file field is read as.
    func propertyName(for field: String) -> String { byField[field] ?? field }

    /// One notice per automatic mapping, and one per property left unread whose name the
    /// file may hold cut (a Shapefile written by `ogr2ogr` from a parcels GeoJSON keeps
    /// `clearance_history` as `clearanc_1`, each value cut to 254 bytes).
    func notices(file: String) -> [ImportIssue] {
        automatic.map {
            ImportIssue(file: file, kind: .missingProperty,
                        reason: "field \"\($0.field)\" read as \"\($0.property)\" (the file's name for it); --field \($0.property)=FIELD to choose another")
        } + unread.map {
            let fields = $0.fields.map { "\"\($0)\"" }.joined(separator: " or ")
            return ImportIssue(file: file, kind: .missingProperty,
                               reason: "\"\($0.property)\" not read: the file has no field of that name, and \(fields) may hold it cut "
                                   + "to 10 characters (a Shapefile's limit); --field \($0.property)=FIELD to read it")
        }
    }
}
