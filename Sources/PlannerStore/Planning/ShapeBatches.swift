import Geo
import GRDB
import Planner

/// The ids and boundaries of the parks or the parcels in id order (the order
/// ``PlanningStore/shapes(of:level:landUses:)`` gives), `size` at a time, so that a
/// million boundaries are never in memory at once. Read by a cursor in storage order
/// when that is id order (the usual case: stored in import order); otherwise the whole
/// layer is read and sorted first, exactly as `shapes(of:)` does.
struct ShapeBatches {
    private var cursor: RowCursor?
    private var sorted: ArraySlice<OverlapLayer.Feature> = []
    private let size: Int
    private let path: String
    private let table: String

    /// Opens the batches of `layer` (parks or parcels) inside a read or transaction that
    /// stays open while they are read.
    /// - Throws: ``StoreError`` for an unreadable table.
    init(of layer: PlanningLayer, size: Int, _ reader: GeoPackageReader) throws {
        precondition(layer == .parks || layer == .parcels, "ShapeBatches reads parks or parcels")
        self.size = max(1, size)
        path = reader.path
        table = layer.table
        let idColumn = Column(layer.idColumn)
        let inIdOrder = try StoreError.converting(path: reader.path, table: layer.table) {
            let ids = try String.fetchCursor(reader.db, Table(layer.table).select(idColumn).order(Column("fid")))
            guard var previous = try ids.next() else { return true }
            while let id = try ids.next() {
                guard previous <= id else { return false }
                previous = id
            }
            return true
        }
        if inIdOrder {
            cursor = try StoreError.converting(path: reader.path, table: layer.table) {
                try Table(layer.table).select(idColumn, Column("geom")).order(Column("fid")).fetchCursor(reader.db)
            }
        } else {
            sorted = try PlanningStore.shapes(of: layer, reader).features[...]
        }
    }

    /// The next batch (at most `size` features, boundaries in EPSG:9210), or `nil` after the last.
    /// - Throws: ``StoreError`` for a bad geometry blob.
    mutating func next() throws -> [OverlapLayer.Feature]? {
        guard let cursor else {
            guard !sorted.isEmpty else { return nil }
            defer { sorted = sorted.dropFirst(size) }
            return Array(sorted.prefix(size))
        }
        let batch = try StoreError.converting(path: path, table: table) {
            var batch: [OverlapLayer.Feature] = []
            batch.reserveCapacity(size)
            while batch.count < size, let row = try cursor.next() {
                batch.append(try PlanningStore.shapeFeature(row))
            }
            return batch
        }
        return batch.isEmpty ? nil : batch
    }
}
