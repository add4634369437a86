import Geo
import NIOCore
import Planner
import PostgresNIO

extension PostGISStore: PlanningReading {
    /// Every park with its unit shares, sorted by id; boundaries in EPSG:9210.
    public func parks() throws -> [IndustrialPark] {
        try connection.session("reading parks") { db in
            let shares = try Self.unitShares("park_units", level: nil, db)
            return try db.rows("""
                SELECT park_id, name, kind, approved_area_ha, alternate_names::text, attributes::text, ST_AsBinary(geom)
                FROM parks ORDER BY fid
                """, as: (String, String, String, Double?, String?, String?, ByteBuffer?).self).map { id, name, kind, ha, alt, attrs, geom in
                guard let kind = ParkKind(rawValue: kind) else { throw PostGISError("parks \(id): unknown kind \"\(kind)\"") }
                return IndustrialPark(id: id, name: name, alternateNames: try StoredValues.names(alt, "parks", id), kind: kind,
                                      approvedAreaHa: ha, boundary: try StoredValues.polygonal(geom), units: shares[id] ?? [],
                                      attributes: try StoredValues.attributes(attrs, "parks", id))
            }.sorted { $0.id < $1.id }
        }
    }

    /// Every parcel with its ledger, lineage and unit shares, sorted by id.
    public func parcels() throws -> [Parcel] {
        try connection.session("reading parcels") { db in try loadParcels(db, attributes: true, shareLevel: .all) }
    }

    /// The administrative units (of `level`, or all), sorted by level then id.
    public func units(level: UnitLevel?) throws -> [AdministrativeUnit] {
        try connection.session("reading admin_units") { db in
            var binds = PostgresBindings()
            if let level { binds.append(level.rawValue) }
            return try db.rows("""
                SELECT unit_id, name, level, attributes::text, ST_AsBinary(geom) FROM admin_units
                \(level == nil ? "" : "WHERE level = $1") ORDER BY fid
                """, binds, as: (String, String, String, String?, ByteBuffer?).self).map { id, name, level, attrs, geom in
                AdministrativeUnit(id: id, name: name, level: UnitLevel(rawValue: level), boundary: try StoredValues.polygonal(geom),
                                   attributes: try StoredValues.attributes(attrs, "admin_units", id))
            }
        }.sorted { ($0.level.rawValue, $0.id) < ($1.level.rawValue, $1.id) }
    }

    /// The unit levels present, sorted.
    public func unitLevels() throws -> [UnitLevel] {
        let levels: [String] = try connection.session("reading admin_units") { db in
            try db.rows("SELECT DISTINCT level FROM admin_units", as: String.self).map { level in level }
        }
        return levels.sorted { $0 < $1 }.map { UnitLevel(rawValue: $0) }
    }

    /// The land-use zones, sorted by id.
    public func zones() throws -> [LandUseZone] {
        try connection.session("reading land_use_zones") { db in
            try db.rows("SELECT zone_id, land_use, attributes::text, ST_AsBinary(geom) FROM land_use_zones ORDER BY fid",
                        as: (String, String, String?, ByteBuffer?).self).map { id, landUse, attrs, geom in
                LandUseZone(id: id, landUse: LandUseCode(rawValue: landUse), area: try StoredValues.polygonal(geom),
                            attributes: try StoredValues.attributes(attrs, "land_use_zones", id))
            }
        }.sorted { $0.id < $1.id }
    }

    /// The infrastructure works, sorted by id; footprints in EPSG:9210 as stored.
    public func works() throws -> [InfrastructureWork] {
        try connection.session("reading infrastructure") { db in
            try db.rows("""
                SELECT work_id, utility, status, to_char(operational_from, 'YYYY-MM-DD'), service_radius_m, park_id,
                       task_number, attributes::text, ST_AsBinary(geom)
                FROM infrastructure ORDER BY fid
                """, as: (String, String, String, String?, Double?, String?, String?, String?, ByteBuffer?).self)
                .map { id, utility, status, from, radius, park, task, attrs, geom in
                    guard let utility = Utility(rawValue: utility), let status = WorkStatus(rawValue: status) else {
                        throw PostGISError("infrastructure \(id): unknown utility or status")
                    }
                    return InfrastructureWork(id: id, utility: utility, status: status, operationalFrom: try StoredValues.day(from),
                                              footprint: try StoredValues.geometry(geom), serviceRadiusM: radius, parkId: park,
                                              taskNumber: task, attributes: try StoredValues.attributes(attrs, "infrastructure", id))
                }
        }.sorted { $0.id < $1.id }
    }

    /// The plan's tasks in the order imported, each with the parks it names.
    public func tasks() throws -> [PlanTask] {
        try connection.session("reading plan_tasks") { db in
            var links: [String: [String]] = [:]
            for (reference, park) in try db.rows("SELECT reference, park_id FROM task_parks ORDER BY fid", as: (String, String).self) {
                links[reference, default: []].append(park)
            }
            return try db.rows("""
                SELECT reference, part, number, group_title, content, lead_agency, partner_agencies, period, funding, section
                FROM plan_tasks ORDER BY fid
                """, as: (String, String?, String, String?, String, String?, String?, String?, String?, String).self)
                .map { reference, part, number, group, content, lead, partners, period, funding, section in
                    guard let section = TaskSection(rawValue: section) else {
                        throw PostGISError("plan_tasks \(reference): unknown section \"\(section)\"")
                    }
                    return PlanTask(part: part, number: number, groupTitle: group, content: content, leadAgency: lead ?? "",
                                    partnerAgencies: partners ?? "", period: TaskPeriod(period ?? ""), funding: funding ?? "",
                                    section: section, parkIds: links[reference] ?? [])
                }
        }
    }

    /// Unit shares of `table`'s owners (`park_units`, `parcel_units`), of `level` or all, in stored order.
    static func unitShares(_ table: String, level: UnitLevel?, _ db: PostGISSession) throws -> [String: [UnitShare]] {
        var binds = PostgresBindings()
        if let level { binds.append(level.rawValue) }
        var out: [String: [UnitShare]] = [:]
        for (owner, lvl, unit, name, area, share) in try db.rows("""
            SELECT owner_id, unit_level, unit_id, unit_name, area_m2, share FROM \(table)
            \(level == nil ? "" : "WHERE unit_level = $1") ORDER BY fid
            """, binds, as: (String, String, String, String?, Double?, Double?).self) {
            out[owner, default: []].append(UnitShare(unitId: unit, unitName: name ?? unit, level: UnitLevel(rawValue: lvl),
                                                     areaM2: area ?? 0, share: share ?? 0))
        }
        return out
    }
}
