import Foundation
import Planner
import PlannerStore

extension PlanningStores {
    /// Imports `url` as `layer` into the store at `location` (``ImportLayer``, all or
    /// nothing). A PostGIS database (`postgresql://…`) gets the store's schema if it has
    /// none yet; a GeoPackage file that does not exist yet is built in a temporary file
    /// beside its path and appears only once the import has committed, so a refused or
    /// killed first import leaves no store behind.
    /// - Throws: as ``ImportLayer/run(_:as:options:mode:retireOn:progress:)``, and the
    ///   store's errors when it cannot be opened or created.
    public static func importFile(_ url: URL, as layer: PlanningLayer, into location: String,
                                  options: ImportOptions = ImportOptions(), mode: ImportMode = .add,
                                  retireOn: LocalDate? = nil, progress: (String) -> Void = { _ in }) throws -> ImportReport {
        if isDatabase(location) {
            return try ImportLayer(into: createDatabase(at: location))
                .run(url, as: layer, options: options, mode: mode, retireOn: retireOn, progress: progress)
        }
        return try PlanningStore.withStore(at: location) { store in
            try ImportLayer(into: store).run(url, as: layer, options: options, mode: mode, retireOn: retireOn, progress: progress)
        }
    }
}
