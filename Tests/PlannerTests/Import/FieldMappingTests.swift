import Testing
@testable import Planner

/// Which Shapefile field feeds which property: the automatic mappings, and the notice for
/// a property whose cut name another property shares, which is therefore left unread.
@Suite struct FieldMappingTests {
    /// The fields `ogr2ogr` writes for the shipped parcels GeoJSON into a Shapefile.
    static let shapefileFields = ["id", "park", "land_use", "households", "compensati", "compensa_1", "planned_ha",
                                  "clearance", "clearance_", "clearanc_1"]
    static let known = ["clearance_date", "compensation_paid_vnd", "compensation_planned_vnd", "planned_handover",
                        "clearance_history", "clearance", "id", "park"]

    @Test func aCutSharedByTwoPropertiesIsNoticedNotGuessed() {
        let mapping = FieldMapping(requested: [:], fileFields: Self.shapefileFields, known: Self.known)
        #expect(mapping.propertyName(for: "planned_ha") == "planned_handover", "a cut no other property shares is mapped")
        #expect(mapping.propertyName(for: "clearanc_1") == "clearanc_1", "a shared cut is never guessed")
        let reasons = mapping.notices(file: "parcels.shp").map(\.reason)
        #expect(reasons.contains(#""clearance_history" not read: the file has no field of that name, and "clearance_" or "clearanc_1" may hold it cut to 10 characters (a Shapefile's limit); --field clearance_history=FIELD to read it"#),
                "\(reasons)")
        #expect(reasons.contains { $0.hasPrefix(#""compensation_paid_vnd" not read"#) && $0.contains(#""compensati" or "compensa_1""#) })
    }

    @Test func fieldsRequestedForOtherPropertiesAreNotOffered() {
        let requested = ["clearance_date": "clearance_", "compensation_planned_vnd": "compensati", "compensation_paid_vnd": "compensa_1"]
        let mapping = FieldMapping(requested: requested, fileFields: Self.shapefileFields, known: Self.known)
        let unread = mapping.notices(file: "parcels.shp").map(\.reason).filter { $0.contains("not read") }
        #expect(unread == [#""clearance_history" not read: the file has no field of that name, and "clearanc_1" may hold it cut to 10 characters (a Shapefile's limit); --field clearance_history=FIELD to read it"#])
        let read = FieldMapping(requested: requested.merging(["clearance_history": "clearanc_1"]) { a, _ in a },
                                fileFields: Self.shapefileFields, known: Self.known)
        #expect(!read.notices(file: "parcels.shp").contains { $0.reason.contains("not read") }, "nothing left unread")
        #expect(read.propertyName(for: "clearanc_1") == "clearance_history")
    }

    @Test(arguments: [("clearanc_1", true), ("clearanc_9", true), ("clearan_10", true), ("clearan_99", true),
                      ("clearanc_0", false), ("clearan_05", false), ("clearanc_x", false), ("clearanc_10", false), ("compensa_1", false)])
    func gdalsNumberedCuts(_ field: String, _ expected: Bool) {
        #expect(FieldMapping.isNumberedCut(of: "clearance_history", field) == expected)
    }
}
