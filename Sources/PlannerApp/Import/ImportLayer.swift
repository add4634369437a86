import Foundation
import Planner

/// Importing one file into a store, all or nothing: the file is read and checked by the
/// Planner importers (every rejected feature listed), what is derived is worked out here
/// (unit shares by ``UnitShareCalculator``, park links by the parcel importer), and the
/// store writes each layer in one transaction (``LayerWriting``), so a refused import
/// leaves the store exactly as it was. Geometry is stored in EPSG:9210 (metres).
///
/// Any store that reads (``PlanningReading``) and writes layers (``LayerWriting``) can be
/// imported into: the GeoPackage store and the PostGIS store (`PlannerPostGIS`).
public struct ImportLayer<Store: PlanningReading & LayerWriting> {
    /// Parcels read, checked and written together: bounds the memory an import of any size takes.
    public static var parcelBatchSize: Int { 16_384 }

    /// The store written.
    public let store: Store

    /// An import into `store`.
    public init(into store: Store) {
        self.store = store
    }

    /// Imports a GeoJSON layer (`parks`, `parcels`, `units`, `zones`, `infrastructure`, or any
    /// vector file GDAL reads) or a plan's task table (`tasks`, tab-separated text).
    /// `.update` is for parcels only; `retireOn` is the day `.replace` retires the parcels
    /// the file no longer has and a resurvey retires their parents (default: today).
    /// `progress` is told each phase ("reading and checking parcels.geojson").
    /// - Throws: ``ImportFailure`` for rejected input, ``ImportModeRefusal`` for `.update` of
    ///   another layer, the store's errors for conflicts with what it holds, ``GeoError``
    ///   when GEOS fails.
    public func run(_ url: URL, as layer: PlanningLayer, options: ImportOptions = ImportOptions(),
                    mode: ImportMode = .add, retireOn: LocalDate? = nil,
                    progress: (String) -> Void = { _ in }) throws -> ImportReport {
        if mode == .update && layer != .parcels { throw ImportModeRefusal(layer: layer) }
        let file = url.lastPathComponent
        var options = options
        let units = layer == .tasks ? [] : try store.units(level: nil)
        let parks = try store.parks()
        // Where the stored data lies, for the wrong-zone check (ImportOptions.knownPlaces).
        if layer != .tasks { options.knownPlaces = units.compactMap(\.boundary.envelope) + parks.compactMap(\.boundary.envelope) }
        progress("reading and checking \(file)")
        switch layer {
        case .parks:
            var result = try ParkImporter().read(contentsOf: url, options: options)
            progress("apportioning \(result.values.count) parks over the units")
            let shares = try UnitShareCalculator.shares(of: result.values.map(\.boundary), in: units)
            for i in result.values.indices { result.values[i].units = shares[i] }
            progress("writing \(result.values.count) parks")
            try store.save(parks: result.values, mode: mode)
            return ImportReport(layer: layer, file: file, result)
        case .parcels:
            return try importParcels(url, options: options, mode: mode, retireOn: retireOn ?? .today,
                                     parks: parks, units: units, progress: progress)
        case .units:
            let result = try AdministrativeUnitImporter().read(contentsOf: url, options: options)
            progress("writing \(result.values.count) units and re-apportioning parks and parcels")
            try store.save(units: result.values, mode: mode) { boundaries, units in
                try UnitShareCalculator.shares(of: boundaries, in: units)
            }
            return ImportReport(layer: layer, file: file, result)
        case .zones:
            let result = try LandUseZoneImporter().read(contentsOf: url, options: options)
            try store.save(zones: result.values, mode: mode)
            return ImportReport(layer: layer, file: file, result)
        case .infrastructure:
            let result = try InfrastructureImporter().read(contentsOf: url, options: options)
            try store.save(works: result.values, mode: mode)
            return ImportReport(layer: layer, file: file, result)
        case .tasks:
            let table = try TaskTableImporter(parks: parks).read(contentsOf: url)
            try store.save(tasks: table.tasks, source: file, mode: mode)
            return ImportReport(layer: layer, file: file, count: table.tasks.count)
        }
    }
}
