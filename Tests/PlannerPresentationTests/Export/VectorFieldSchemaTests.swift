import Geo
import Planner
import Testing
@testable import PlannerPresentation

/// Field kinds of a GDAL export: a column of nulls only (parcels' `parent_ids` where no
/// parcel was resurveyed) is a text field, never a crash; mixed columns widen.
@Suite struct VectorFieldSchemaTests {
    static func feature(_ id: String, _ props: [(String, AttributeValue)]) -> ExportFeature {
        ExportFeature(id: id, properties: props, geometry: .point(Point(x: 0, y: 0)))
    }

    @Test func kindsFromTheValuesSeen() {
        let schema = VectorFieldSchema([
            Self.feature("a", [("none", .null), ("n", .number(1)), ("x", .number(1)), ("t", .string("a"))]),
            Self.feature("b", [("none", .null), ("n", .number(2)), ("x", .number(1.5)), ("t", .number(3))]),
        ])
        #expect(schema.fields.map(\.name) == ["none", "n", "x", "t"])
        #expect(schema.fields.map(\.kind) == [.text, .integer, .real, .text])
    }
}
