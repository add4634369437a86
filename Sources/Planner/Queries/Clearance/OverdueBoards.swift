import Geo

/// Names each overdue parcel's commune and the unit whose GPMB board answers for it
/// (``ResponsibleBoard``) from whole parcels in memory (the report's path; the lean
/// store path names them in `ClearanceProgressReport`). A level whose shares the parcel
/// does not store is apportioned over that level's units on the fly. Planar areas, EPSG:9210.
public enum OverdueBoards {
    /// `overdue` with `unitId`/`unitName` (the commune, else the first level, holding the
    /// larger share; kept when already named) and the board's unit filled in from `data`.
    /// - Throws: ``GeoError`` when GEOS fails on a parcel.
    public static func named(_ overdue: [OverdueParcel], in data: PlanningData, asOf: LocalDate) throws -> [OverdueParcel] {
        let levels = data.unitLevels
        guard let first = levels.first, let board = ResponsibleBoard.level(on: asOf, among: levels) else { return overdue }
        let finest: UnitLevel = levels.contains(.commune) ? .commune : first
        var apportionments: [UnitLevel: UnitApportionment] = [:]
        func unit(_ parcel: Parcel, at level: UnitLevel) throws -> UnitShare? {
            var shares = parcel.units.filter { $0.level == level }
            if shares.isEmpty {
                let apportionment = apportionments[level] ?? UnitApportionment(units: data.units(at: level))
                apportionments[level] = apportionment
                shares = try apportionment.shares(of: parcel.boundary).map { var s = $0; s.level = level; return s }
            }
            return ParcelJurisdiction.unit(at: level, among: shares)
        }
        return try overdue.map { o in
            guard let parcel = data.parcel(id: o.parcelId) else { return o }
            var out = o
            if out.unitId == nil, let commune = try unit(parcel, at: finest) {
                out.unitId = commune.unitId
                out.unitName = commune.unitName
            }
            let responsible = try unit(parcel, at: board)
            out.assignBoard(unitId: responsible?.unitId, unitName: responsible?.unitName)
            return out
        }
    }
}
