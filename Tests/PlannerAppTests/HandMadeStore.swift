import Foundation
import Geo
import Planner
import PlannerPresentation
import PlannerStore
import TestSupport

/// A store built in process from hand-made EPSG:9210 layers: two units side by side at
/// x = 600 000 (west up to x + 30 m, east beyond), a 100×100 m park, two parcels
/// overlapping by 50×100 m, and a power service area over the park's south half.
enum HandMadeStore {
    /// A rectangle's GeoJSON coordinates (EPSG:9210 metres).
    static func square(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> String {
        "[[[\(x0),\(y0)],[\(x1),\(y0)],[\(x1),\(y1)],[\(x0),\(y1)],[\(x0),\(y0)]]]"
    }

    /// A FeatureCollection of polygons from (properties, coordinates) pairs.
    static func fc(_ features: [(String, String)]) -> String {
        #"{"type":"FeatureCollection","features":["# + features.map { props, coords in
            #"{"type":"Feature","properties":{\#(props)},"geometry":{"type":"Polygon","coordinates":\#(coords)}}"#
        }.joined(separator: ",\n") + "]}"
    }

    static func make() throws -> String {
        let dir = try Scratch.folder("parkplan-hand")
        let x = 600_000.0, y = 2_300_000.0
        let files: [(PlanningLayer, String, UnitLevel?)] = [
            (.units, fc([(#""id":"W","name":"Tây""#, square(x - 1000, y - 1000, x + 30, y + 1000)),
                         (#""id":"E","name":"Đông""#, square(x + 30, y - 1000, x + 1000, y + 1000))]), .district),
            (.parks, fc([(#""id":"pk","name":"Khu thử nghiệm","kind":"industrial_park","approved_area_ha":1"#, square(x, y, x + 100, y + 100))]), nil),
            (.parcels, fc([(#""id":"A","park":"pk","land_use":"LUC","clearance":"handed_over","clearance_date":"2024-05-01""#, square(x, y, x + 100, y + 100)),
                           (#""id":"B","park":"pk","land_use":"ONT","clearance":"inventoried","clearance_date":"2024-02-01""#, square(x + 50, y, x + 150, y + 100))]), nil),
            (.infrastructure, fc([(#""id":"pw","utility":"power","status":"operational","operational_from":"2023-01-01""#, square(x - 10, y - 10, x + 110, y + 50))]), nil),
        ]
        let store = dir.appendingPathComponent("hand.gpkg").path
        for (layer, text, level) in files {
            let file = dir.appendingPathComponent("\(layer).geojson")
            try Data(text.utf8).write(to: file)
            _ = try PlanningStore.withStore(at: store) { s in
                try s.importFile(file, as: layer, options: ImportOptions(sourceCRS: CRS("EPSG:9210"), level: level))
            }
        }
        return store
    }

    /// The table's JSON, parsed (the contract scripts read).
    static func json(_ table: ResultTable) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(table.json().utf8)) as! [String: Any]
    }

    /// The `rows` of a table's JSON.
    static func rows(_ table: ResultTable) throws -> [[String: Any]] { try json(table)["rows"] as? [[String: Any]] ?? [] }
}
