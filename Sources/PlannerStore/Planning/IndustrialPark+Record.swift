import Planner

extension IndustrialPark {
    /// The park as a row of `parks`.
    var record: NewFeature {
        NewFeature(geometry: StoredGeometry.multiPolygon(boundary), attributes: [
            "park_id": .text(id), "name": .text(name), "name_key": .text(VietnameseName.key(name)),
            "kind": .text(kind.rawValue), "approved_area_ha": ColumnValue(approvedAreaHa),
            "mapped_area_ha": .real(boundaryAreaHa), "alternate_names": AttributesJSON.encode(alternateNames),
            "attributes": AttributesJSON.encode(attributes),
        ])
    }

    /// A park read from a row of `parks` and its rows of `park_units`.
    init(record f: StoredFeature, units: [UnitShare]) throws {
        let a = f.attributes
        guard let id = a["park_id"]?.text, let name = a["name"]?.text,
              let kindText = a["kind"]?.text, let kind = ParkKind(rawValue: kindText) else {
            throw StoreError(.schema, table: "parks", message: "row fid \(f.fid) lacks park_id, name or a known kind")
        }
        self.init(id: id, name: name, alternateNames: AttributesJSON.decodeStrings(a["alternate_names"]), kind: kind,
                  approvedAreaHa: a["approved_area_ha"]?.double, boundary: StoredGeometry.simplified(f.geometry),
                  units: units, attributes: AttributesJSON.decode(a["attributes"]))
    }
}
