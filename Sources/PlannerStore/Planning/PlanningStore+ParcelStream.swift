import Foundation
import GRDB
import Planner

/// Writing a parcel layer of any size: the use case reads, checks and hands over the file
/// batch by batch, so memory stays bounded whatever the number of parcels, and every batch
/// goes into ONE transaction: a rejected feature, an id conflict or a crash rolls all of it
/// back and leaves the store byte for byte as it was.
extension PlanningStore {
    /// Writes a parcel layer in one transaction; see ``LayerWriting/writeParcels(file:mode:retireOn:apportion:_:)``.
    public func writeParcels<Read>(file: String, mode: ImportMode, retireOn: LocalDate,
                                   apportion: @escaping ParcelApportioning,
                                   _ read: (_ write: ([Parcel]) throws -> ParcelsWritten?) throws -> Read) throws
        -> (read: Read, notices: [ImportIssue]) {
        try geoPackage.write { tx in
            return try Self.bulkWrite(tx) {
                let now = RecordedTime.now
                var lineage = LineageWriter()
                if mode == .add {
                    var writer = try StreamedLayerWriter(.parcels, tx, file: file)
                    // Into an empty layer every pair is new: found in one pass, no id set kept.
                    var added: Set<String>? = writer.isEmpty ? nil : []
                    let result = try read { batch in
                        guard writer.admit(batch.map(\.id)) else { return nil }
                        try Self.insert(parcels: try apportion(batch), recordedAt: now, tx)
                        lineage.collect(batch)
                        added?.formUnion(batch.map(\.id))
                        return ParcelsWritten(added: writer.written)
                    }
                    try writer.finish()
                    let notices = try lineage.write(tx, file: file, resurveyedOn: retireOn, now: now)
                    try Self.refreshOverlapPairs(tx, touching: added)
                    return (result, notices)
                }
                var upsert = ParcelUpsert(tx, mode: mode, retireOn: retireOn, recordedAt: now, file: file)
                let result = try read { batch in
                    try upsert.write(batch, apportion: apportion)
                    lineage.collect(batch)
                    return ParcelsWritten(added: upsert.added, updated: upsert.updated)
                }
                // Before `--replace` retires what the file lacks: the parents a resurvey retires are refused once retired.
                let lineageNotices = try lineage.write(tx, file: file, resurveyedOn: retireOn, now: now)
                try upsert.finish()
                try Self.refreshOverlapPairs(tx, touching: upsert.reshaped)
                return (result, upsert.notices(file: file) + lineageNotices)
            }
        }
    }
}
