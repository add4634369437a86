/// A resurvey's lineage: the parcels a new parcel came from (a split gives one parent to
/// several children, a merge several parents to one child), the day of the resurvey, and
/// the moment it was recorded. The rules, in one place:
///
/// - every parent is a parcel in the record on the resurvey day (known, not retired), is
///   not the child itself, and does not descend from the child (no cycle);
/// - the parents leave the record on the resurvey day (``Parcel/retiredOn``) and the
///   children enter it that day (``Parcel/resurveyedOn``): counted from then on;
/// - a child inherits the status in force of its parents (``inherited(from:)``), as a ledger
///   entry recorded at the moment of the resurvey, so the record as it stood before
///   (`--as-recorded`) still gives the old answer.
public struct ParcelLineage: Hashable, Sendable {
    /// The new parcel's id.
    public var child: String
    /// The ids of the parcels it came from, as given.
    public var parents: [String]
    /// The day of the resurvey: the parents' last day in the record is the day before.
    public var resurveyedOn: LocalDate
    /// When the lineage was recorded; `nil` for a lineage not yet written.
    public var recordedAt: RecordedTime?

    /// Creates a lineage.
    public init(child: String, parents: [String], resurveyedOn: LocalDate, recordedAt: RecordedTime? = nil) {
        self.child = child
        self.parents = parents
        self.resurveyedOn = resurveyedOn
        self.recordedAt = recordedAt
    }

    /// True when the lineage was recorded by `moment` (`nil`: the record as it stands now).
    public func isRecorded(by moment: RecordedTime?) -> Bool {
        guard let moment, let recordedAt else { return true }
        return recordedAt <= moment
    }

    /// What a parent is, for the checks: in the record until `retiredOn` (`nil`: still in it).
    public struct ParentState: Sendable, Hashable {
        /// The day the parent left the record, when it has.
        public var retiredOn: LocalDate?
        /// Creates a state.
        public init(retiredOn: LocalDate?) { self.retiredOn = retiredOn }
    }

    /// Why a lineage is refused.
    public struct Refusal: Error, Hashable, Sendable, CustomStringConvertible {
        /// The child whose parents are refused.
        public var child: String
        /// The reason, in words, naming the parent.
        public var reason: String
        /// `parcel "TT-9001": parent "TT-0001" is not in the store`.
        public var description: String { "parcel \"\(child)\": \(reason)" }
    }

    /// Checks the lineage against the parents as stored (`parents[id]`, `nil`: not stored) and
    /// `ancestors(id)`, the ids `id` descends from by recorded lineages.
    /// - Throws: ``Refusal``.
    public func check(parents states: [String: ParentState], ancestors: (String) -> Set<String>) throws {
        func refuse(_ reason: String) -> Refusal { Refusal(child: child, reason: reason) }
        if parents.isEmpty { throw refuse("parent_ids is empty") }
        if Set(parents).count != parents.count { throw refuse("a parent is named twice in parent_ids") }
        for parent in parents {
            if parent == child { throw refuse("it cannot be its own parent (a cycle)") }
            if ancestors(parent).contains(child) { throw refuse("parent \"\(parent)\" descends from it (a cycle)") }
            guard let state = states[parent] else { throw refuse("parent \"\(parent)\" is not in the store (unknown parent)") }
            if let retired = state.retiredOn {
                throw refuse("parent \"\(parent)\" was already retired on \(retired); a retired parcel cannot be resurveyed again")
            }
        }
    }

    /// The status a child starts with: its parents' events in force (`nil`: nothing
    /// recorded); a disputed parent makes the child disputed, else the least advanced
    /// status of them (a merge of handed-over and inventoried land is inventoried), dated
    /// the latest day a parent reached it. `nil` when it is `not_started` with no event.
    public static func inherited(from parents: [(id: String, event: ClearanceEvent?)]) -> (status: ClearanceStatus, date: LocalDate, from: [String])? {
        let statuses = parents.map { $0.event?.status ?? .notStarted }
        let status = statuses.contains(.disputed) ? .disputed : statuses.min() ?? .notStarted
        let carriers = parents.filter { ($0.event?.status ?? .notStarted) == status }
        guard let date = carriers.compactMap({ $0.event?.date }).max() else { return nil }
        return (status, date, carriers.map(\.id))
    }
}
