import Foundation
import Planner
import PlannerApp
import PlannerStore

extension PlanningStore {
    /// Imports `url` into this store through the import use case (``ImportLayer``), as
    /// `parkplan import` does: the one-line form the store tests use.
    public func importFile(_ url: URL, as layer: PlanningLayer, options: ImportOptions = ImportOptions(),
                           mode: ImportMode = .add, retireOn: LocalDate? = nil,
                           progress: (String) -> Void = { _ in }) throws -> ImportReport {
        try ImportLayer(into: self).run(url, as: layer, options: options, mode: mode, retireOn: retireOn, progress: progress)
    }
}
