import Planner
import GRDB

/// The id bookkeeping of a layer added to batch by batch in one transaction (``ImportMode/add``):
/// refuses ids already stored, listing all of them
/// (``finish()``) as the one-shot ``PlanningStore/save(parcels:mode:)`` does, and writes
/// nothing more once one is found.
struct StreamedLayerWriter {
    let layer: PlanningLayer
    let tx: GeoPackageTransaction
    /// The file being imported, named in the conflict.
    let file: String?
    private let stored: Set<String>
    private var clashes: [String] = []
    /// Features admitted for writing so far.
    private(set) var written = 0

    /// Loads the ids the layer holds.
    init(_ layer: PlanningLayer, _ tx: GeoPackageTransaction, file: String? = nil) throws {
        self.layer = layer
        self.tx = tx
        self.file = file
        stored = try Table(layer.table).select(Column(layer.idColumn), as: String.self).fetchSet(tx.db)
    }

    /// Whether the layer held nothing before this import.
    var isEmpty: Bool { stored.isEmpty }

    /// Records the batch's ids already stored; true when the batch may be written (no
    /// conflict so far).
    mutating func admit(_ ids: [String]) -> Bool {
        if !stored.isEmpty { clashes += ids.filter(stored.contains) }
        guard clashes.isEmpty else { return false }
        written += ids.count
        return true
    }

    /// Throws the conflict when any id was already stored.
    func finish() throws {
        try PlanningStore.refuse(clashes, layer, tx, file: file)
    }
}
