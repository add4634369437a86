import Foundation
import Geo

/// Imports land parcels: `id`, optional `park` (a park id or name; when absent, the park
/// ``ParkLocator`` gives it: the most specific park containing most of it), optional `unit` (else apportioned over the
/// units given), `land_use`, `households`, `compensation_planned_vnd`,
/// `compensation_paid_vnd`, `planned_handover`, `clearance`, `clearance_date`, and
/// optional `clearance_history` (see ``ClearanceHistoryReader``), and for a parcel made by
/// a resurvey (split or merge) `parent_ids`, the parcels it came from (a comma-separated
/// list or a JSON array of ids; ``ParcelLineage``), with, in an export read back,
/// `resurveyed_on` and `lineage_recorded_at`. A parcel in no park
/// is kept and reported in ``ImportResult/notices``, and so is a parcel named to a park
/// but lying mostly (more than half of its area) outside it.
public struct ParcelImporter: LayerImporter {
    /// The parks parcels belong to (EPSG:9210).
    public var parks: [IndustrialPark]
    /// The administrative layer parcels are apportioned over (EPSG:9210); empty: none
    /// (the caller apportions).
    public var units: [AdministrativeUnit]
    /// The units a parcel's own `unit` property is checked against (every level stored).
    public var knownUnits: [AdministrativeUnit]

    /// Creates the importer; `knownUnits` defaults to `units`.
    public init(parks: [IndustrialPark] = [], units: [AdministrativeUnit] = [], knownUnits: [AdministrativeUnit]? = nil) {
        self.parks = parks
        self.units = units
        self.knownUnits = knownUnits ?? units
    }

    /// Streams parcels; see ``LayerImporter/stream(_:file:options:batchSize:deliver:)``.
    /// Each parallel chunk prepares its own park and unit overlays.
    public func stream(_ input: GeoJSONInput, file: String, options: ImportOptions, batchSize: Int,
                       deliver: ([Parcel]) throws -> Void) throws -> ImportTally {
        let parks = parks, units = units, knownUnits = knownUnits
        let nesting = try ParkNesting(parks: parks)
        let parkNames = NameIndex(parks: parks), unitNames = NameIndex(entries: knownUnits.map { .init(id: $0.id, names: [$0.name]) })
        return try LayerImport.stream(input, file: file, options: options, rule: .polygonal, batchSize: batchSize, makeValue: {
            let locator = ParkLocator(parks: parks, nesting: nesting), apportionment = UnitApportionment(units: units)
            return { feature, properties, issues, notices in
                let givenPark = properties.string("park", &issues).flatMap { Self.resolve($0, "park", parkNames, known: !parks.isEmpty, &issues) }
                let givenUnit = properties.string("unit", &issues).flatMap { text -> String? in
                    // Unlike a park, a unit cannot be kept unchecked: its level and name would be unknown.
                    guard !knownUnits.isEmpty else {
                        issues.add(.unknownValue, "unit \"\(text)\" cannot be checked: no administrative units are stored (import units first, or leave unit out: parcels are apportioned over the units when they are imported)")
                        return nil
                    }
                    return Self.resolve(text, "unit", unitNames, known: true, &issues)
                }
                let landUse = properties.string("land_use", required: true, &issues)
                let households = properties.count("households", &issues)
                let planned = properties.number("compensation_planned_vnd", minimum: 0, &issues)
                let paid = properties.number("compensation_paid_vnd", minimum: 0, &issues)
                let handover = properties.date("planned_handover", &issues)
                let clearance = ClearanceHistoryReader.read(&properties, &issues)
                let parentIds = Self.ids(properties.raw("parent_ids", &issues), &issues)
                let resurveyedOn = properties.date("resurveyed_on", &issues)
                var lineageRecordedAt: RecordedTime?
                if let text = properties.string("lineage_recorded_at", &issues) {
                    do { lineageRecordedAt = try RecordedTime.parse(text) } catch { issues.add(.badValue, "property \"lineage_recorded_at\": \(error)") }
                }
                if (resurveyedOn != nil || lineageRecordedAt != nil) && parentIds.isEmpty {
                    issues.add(.missingProperty, "resurveyed_on and lineage_recorded_at need parent_ids (the parcels it came from)")
                }
                guard let id = feature.id, let boundary = feature.geometry, let landUse, let clearance else { return nil }
                var parkId = givenPark
                var shares: [UnitShare] = []
                var shareInNamedPark: Double?
                do {
                    if let given = givenPark {
                        shareInNamedPark = try locator.share(of: boundary, inPark: given)
                    } else {
                        parkId = try locator.park(containingMostOf: boundary)?.parkId
                    }
                    if let u = givenUnit {
                        let unit = knownUnits.first { $0.id == u }
                        shares = [UnitShare(unitId: u, unitName: unit?.name ?? u, level: unit?.level ?? options.level ?? UnitLevel(rawValue: "unknown"),
                                            areaM2: boundary.area, share: 1)]
                    } else if !units.isEmpty {
                        shares = try apportionment.shares(of: boundary)
                    }
                } catch {
                    issues.add(.invalidGeometry, "cannot place parcel in parks or units: \(error)")
                    return nil
                }
                if let given = givenPark, let share = shareInNamedPark, share < 0.5 {
                    let percent = (share * 1000).rounded() / 10
                    notices.append(ImportIssue(file: file, featureIndex: feature.index, featureId: id, kind: .outsideNamedPark,
                                               reason: "parcel lies mostly outside its park \"\(given)\": \(percent) % of its area inside"))
                }
                if parkId == nil {
                    notices.append(ImportIssue(file: file, featureIndex: feature.index, featureId: id, kind: .notInPark,
                                               reason: parks.isEmpty ? "no park given and no parks to assign from" : "parcel lies in no park"))
                }
                var parcel = Parcel(id: id, parkId: parkId, units: shares, landUse: LandUseCode(rawValue: landUse), households: households,
                                    compensationPlannedVND: planned, compensationPaidVND: paid, plannedHandover: handover,
                                    clearance: clearance.history, boundary: boundary, attributes: properties.attributes,
                                    ledgerEntries: clearance.entries)
                parcel.parentIds = parentIds
                parcel.resurveyedOn = resurveyedOn
                parcel.lineageRecordedAt = lineageRecordedAt
                return parcel
            }
        }, deliver: deliver)
    }

    /// The ids of a `parent_ids` property: a JSON array of strings, or one string of ids
    /// separated by commas (spaces around them dropped); none when absent or empty.
    private static func ids(_ value: AttributeValue?, _ issues: inout FeatureIssues) -> [String] {
        switch value {
        case nil, .null?: return []
        case .string(let text)?:
            return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case .array(let items)?:
            var out: [String] = []
            for item in items {
                guard case .string(let id) = item, !id.isEmpty else {
                    issues.add(.badValue, "property \"parent_ids\": every item must be a parcel id (text)")
                    return []
                }
                out.append(id)
            }
            return out
        default:
            issues.add(.badValue, "property \"parent_ids\" must be a comma-separated list or an array of parcel ids")
            return []
        }
    }

    /// The id a park or unit reference names; unknown names are reported with suggestions.
    /// Without a layer to check against (`known` false) the text is kept as the id.
    private static func resolve(_ text: String, _ key: String, _ index: NameIndex, known: Bool, _ issues: inout FeatureIssues) -> String? {
        guard known else { return text }
        switch index.lookup(text) {
        case .found(let id): return id
        case .ambiguous(let ids):
            issues.add(.unknownValue, "\(key) \"\(text)\" is ambiguous (\(ids.joined(separator: ", ")))")
        case .notFound(let suggestions):
            let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?)"
            issues.add(.unknownValue, "unknown \(key) \"\(text)\"\(hint)")
        }
        return nil
    }
}
