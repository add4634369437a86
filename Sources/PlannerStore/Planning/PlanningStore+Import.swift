import Foundation
import GRDB
import Planner

/// Importing files into the store: read and check with the Planner importers, compute
/// what is derived (unit shares, park links), then write in one transaction. A file with
/// any rejected feature throws ``ImportFailure`` listing every problem, and the store is
/// left exactly as it was.
extension PlanningStore {
    /// Imports a GeoJSON layer (`parks`, `parcels`, `units`, `zones`, `infrastructure`) or
    /// a plan's task table (`tasks`, tab-separated text).
    /// - Throws: ``ImportFailure`` for rejected input, ``StoreError`` for conflicts with
    ///   what is stored, ``GeoError`` when GEOS fails.
    /// `progress` is told each phase ("reading parcels.geojson", "writing 2500 parcels").
    /// `.update` is for parcels only; `retireOn` is the day `.replace` retires the parcels
    /// the file no longer has (default: today).
    public func importFile(_ url: URL, as layer: PlanningLayer, options: ImportOptions = ImportOptions(),
                           mode: ImportMode = .add, retireOn: LocalDate? = nil,
                           progress: (String) -> Void = { _ in }) throws -> ImportReport {
        if mode == .update && layer != .parcels {
            throw StoreError(.conflict, path: path, table: layer.table,
                             message: "--update updates parcels by id; for \(layer.rawValue) use --replace")
        }
        let file = url.lastPathComponent
        var options = options
        // Where the stored data lies, for the wrong-zone check (ImportOptions.knownPlaces).
        if layer != .tasks { options.knownPlaces = try units().compactMap(\.boundary.envelope) + parks().compactMap(\.boundary.envelope) }
        progress("reading and checking \(file)")
        switch layer {
        case .parks:
            var result = try ParkImporter().read(contentsOf: url, options: options)
            progress("apportioning \(result.values.count) parks over the units")
            let shares = try UnitShareCalculator.shares(of: result.values.map(\.boundary), in: units())
            for i in result.values.indices { result.values[i].units = shares[i] }
            progress("writing \(result.values.count) parks")
            try save(parks: result.values, mode: mode)
            return ImportReport(layer: layer, file: file, count: result.values.count, repairs: result.repairs, notices: result.notices)
        case .parcels:
            return try importParcels(url, options: options, mode: mode, retireOn: retireOn, progress: progress)
        case .units:
            let result = try AdministrativeUnitImporter().read(contentsOf: url, options: options)
            progress("writing \(result.values.count) units and re-apportioning parks and parcels")
            try geoPackage.write { tx in
                try Self.save(units: result.values, mode: mode, tx)
                try Self.reapportion(levels: Set(result.values.map(\.level)), tx)
            }
            return ImportReport(layer: layer, file: file, count: result.values.count, repairs: result.repairs, notices: result.notices)
        case .zones:
            let result = try LandUseZoneImporter().read(contentsOf: url, options: options)
            try save(zones: result.values, mode: mode)
            return ImportReport(layer: layer, file: file, count: result.values.count, repairs: result.repairs, notices: result.notices)
        case .infrastructure:
            let result = try InfrastructureImporter().read(contentsOf: url, options: options)
            try save(works: result.values, mode: mode)
            return ImportReport(layer: layer, file: file, count: result.values.count, repairs: result.repairs, notices: result.notices)
        case .tasks:
            let table = try Self.readTaskTable(url, parks: parks())
            try save(tasks: table.tasks, source: file, mode: mode)
            return ImportReport(layer: layer, file: file, count: table.tasks.count)
        }
    }

    /// Parses a task table; any unreadable row fails the whole import.
    static func readTaskTable(_ url: URL, parks: [IndustrialPark]) throws -> PlanTaskTable {
        let file = url.lastPathComponent
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ImportFailure(issues: [ImportIssue(file: file, kind: .malformedJSON, reason: "cannot read file: \(error.localizedDescription)")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ImportFailure(issues: [ImportIssue(file: file, kind: .invalidUTF8, reason: "the task table is not valid UTF-8 text")])
        }
        let table = PlanTaskTableParser(parks: parks).parse(text)
        guard table.problems.isEmpty else {
            throw ImportFailure(issues: table.problems.map {
                ImportIssue(file: file, kind: .badValue, reason: $0.description)
            })
        }
        guard !table.tasks.isEmpty else {
            throw ImportFailure(issues: [ImportIssue(file: file, kind: .missingProperty, reason: "no numbered task rows found")])
        }
        return table
    }

    /// Recomputes the park and parcel shares of the given unit levels from the units now
    /// stored, inside the caller's transaction.
    static func reapportion(levels: Set<UnitLevel>, _ tx: GeoPackageTransaction) throws {
        let units = try StoreError.converting(path: tx.path, table: AdminUnitRecord.databaseTableName) {
            try AdminUnitRecord.filter(levels.map(\.rawValue).contains(AdminUnitRecord.Columns.level)).fetchAll(tx.db).map { try $0.unit() }
        }
        try reapportion(ParkShares.self, layer: .parks, levels: levels, units: units, tx)
        try reapportion(ParcelShares.self, layer: .parcels, levels: levels, units: units, tx)
    }

    /// Replaces the shares of `levels` of every owner in `layer` with those over `units`.
    private static func reapportion<Owner: UnitShareOwner>(_ owner: Owner.Type, layer: PlanningLayer, levels: Set<UnitLevel>,
                                                          units: [AdministrativeUnit], _ tx: GeoPackageTransaction) throws {
        typealias Share = UnitShareRecord<Owner>
        try StoreError.converting(path: tx.path, table: Share.databaseTableName) {
            _ = try Share.filter(levels.map(\.rawValue).contains(Share.Columns.unitLevel)).deleteAll(tx.db)
        }
        // Ids and geometries only: a million parcels' attributes are not needed here.
        let owners = try shapes(of: layer, tx.reader).features
        let shares = try UnitShareCalculator.shares(of: owners.map(\.geometry), in: units)
        try tx.insert(zip(owners, shares).lazy.flatMap { owner, s in s.lazy.map { Share($0, ownerId: owner.id) } })
    }
}
