/// The lineage an import of parcels brings, and what recording it does to the record
/// (``ParcelLineage``'s rules), worked out apart from any store: every store gathers the
/// links of the batches it writes (``collect(_:)``), reads what ``plan(stored:parents:ledger:resurveyedOn:now:)``
/// asks about, then writes the plan inside the import's transaction, once every batch is
/// written (a parent may come later in the file).
///
/// - a child with `parent_ids` only is a new resurvey: checked (known parents in the record,
///   no cycle), its parents retired on the resurvey day, and, when the file gives it no
///   clearance history, given its parents' status in force as a ledger entry recorded now;
/// - a child that also carries `resurveyed_on` and `lineage_recorded_at` (an export read
///   back) is restored as it was recorded, with no check and no new entry;
/// - a child whose lineage is already recorded with the same parents (the same file again)
///   is left as it is; with other parents it is refused.
public struct ResurveyRecording: Sendable {
    private var links: [(child: String, parents: [String], day: LocalDate?, recordedAt: RecordedTime?, hasHistory: Bool)] = []

    /// An empty recording.
    public init() {}

    /// Notes the lineage of the parcels of one batch.
    public mutating func collect(_ batch: [Parcel]) {
        for p in batch where !p.parentIds.isEmpty {
            links.append((p.id, p.parentIds, p.resurveyedOn, p.lineageRecordedAt, !p.ledgerEntries(recordedAt: nil).isEmpty))
        }
    }

    /// True when no parcel written names parents.
    public var isEmpty: Bool { links.isEmpty }

    /// Every parent named (the parcels whose state ``plan(stored:parents:ledger:resurveyedOn:now:)`` reads), sorted.
    public var parentIds: [String] { Array(Set(links.flatMap(\.parents))).sorted() }

    /// What the store writes for the links collected.
    public struct Plan: Sendable {
        /// The lineage rows to insert, one per child and parent: (child, parent, day, recorded at).
        public var rows: [(child: String, parent: String, day: LocalDate, recordedAt: RecordedTime)] = []
        /// The parents to retire on their resurvey's day (those not retired yet).
        public var retire: [(parent: String, day: LocalDate)] = []
        /// The first ledger entry of each child that inherits its parents' status.
        public var inherited: [(child: String, entry: LedgerEntry)] = []
        /// The import report's notice (`nil` when no lineage is recorded).
        public var notice: String?
    }

    /// The plan over what the store holds: `stored`, each child's recorded lineage now;
    /// `parents`, the state of each parent named that the store holds (``parentIds``, as
    /// stored before this import retires any); `ledger(id)`, a parent's ledger.
    /// `resurveyedOn` is the day of a resurvey whose file gives none.
    /// - Throws: ``ParcelLineage/Refusal`` naming the child and the reason; `ledger`'s errors.
    public func plan(stored: [String: ParcelLineage], parents states: [String: ParcelLineage.ParentState],
                     ledger: (String) throws -> ClearanceLedger, resurveyedOn: LocalDate, now: RecordedTime) throws -> Plan {
        var plan = Plan()
        guard !links.isEmpty else { return plan }
        let fresh = Dictionary(links.map { ($0.child, $0.parents) }, uniquingKeysWith: { a, _ in a })
        var inherit: [(child: String, parents: [String], day: LocalDate)] = []
        for link in links {
            if let known = stored[link.child] {
                guard Set(known.parents) == Set(link.parents) else {
                    throw ParcelLineage.Refusal(child: link.child, reason: "its lineage is already recorded with parents \(known.parents.joined(separator: ", ")); a recorded lineage never changes")
                }
                continue
            }
            if let day = link.day, let recordedAt = link.recordedAt {
                plan.rows += link.parents.map { (link.child, $0, day, recordedAt) }
                continue
            }
            let day = link.day ?? resurveyedOn
            let lineage = ParcelLineage(child: link.child, parents: link.parents, resurveyedOn: day)
            try lineage.check(parents: states) {
                ParcelLineage.ancestors(of: $0, byChild: stored, extra: fresh)
            }
            if let newParent = link.parents.first(where: { fresh[$0] != nil }) {
                throw ParcelLineage.Refusal(child: link.child, reason: "parent \"\(newParent)\" is itself new in this resurvey; name the parcels in the record before it")
            }
            plan.rows += link.parents.map { (link.child, $0, day, now) }
            plan.retire += link.parents.map { ($0, day) }
            if !link.hasHistory { inherit.append((link.child, link.parents, day)) }
        }
        for child in inherit {
            let ledgers = try child.parents.map(ledger)
            let events = zip(child.parents, ledgers).map { id, l in (id: id, event: l.history().eventInForce(on: child.day)) }
            guard let start = ParcelLineage.inherited(from: events) else { continue }
            let note = "inherited at the resurvey of \(child.day) from " + start.from.map { id in
                let seq = ledgers[child.parents.firstIndex(of: id)!].entries.last { $0.event != nil }?.seq
                return seq.map { LedgerEntry.id(parcel: id, seq: $0) } ?? id
            }.joined(separator: ", ")
            let entry = LedgerEntry(seq: 1, kind: .event(ClearanceEvent(status: start.status, date: start.date, by: "resurvey", note: note)),
                                    recordedAt: now, by: "resurvey")
            plan.inherited.append((child.child, entry))
        }
        let children = Set(plan.rows.map(\.child)).count
        if children > 0 {
            plan.notice = "\(children) parcel(s) from a resurvey recorded with their parents (\(plan.retire.count) parent link(s) retired on the resurvey day); \(plan.inherited.count) inherited their parents' status in force"
        }
        return plan
    }
}

extension ParcelLineage {
    /// The ids `parcelId` descends from, through the lineages recorded (`byChild`) and the
    /// new ones of an import (`extra`: child → parents).
    public static func ancestors(of parcelId: String, byChild: [String: ParcelLineage], extra: [String: [String]] = [:]) -> Set<String> {
        var seen = Set<String>(), stack = [parcelId]
        while let id = stack.popLast() {
            for p in (byChild[id]?.parents ?? []) + (extra[id] ?? []) where seen.insert(p).inserted { stack.append(p) }
        }
        return seen
    }
}
