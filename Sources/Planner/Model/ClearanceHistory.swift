/// A parcel's clearance history: every change, in date order, never overwritten, so
/// the status on any past day can be asked for.
public struct ClearanceHistory: Hashable, Sendable {
    /// The changes, oldest first (events of the same day keep the order recorded).
    public private(set) var events: [ClearanceEvent]

    /// An empty history: the parcel has not started clearance.
    public init() { events = [] }

    /// The history of events as a ledger recorded them (``ClearanceLedger/history(asRecorded:)``),
    /// in the order recorded, taken as they are: the rule of ``eventInForce(on:among:)``
    /// holds for any order of dates.
    public init(recorded events: [ClearanceEvent]) { self.events = events }

    /// A history from events already in date order.
    /// - Throws: ``ClearanceHistoryError`` when an event is dated before the one before it.
    public init(_ events: [ClearanceEvent]) throws(ClearanceHistoryError) {
        self.init()
        for e in events { self = try recording(e) }
    }

    /// This history with `event` appended.
    /// - Throws: ``ClearanceHistoryError`` when `event` is dated before the last event.
    public func recording(_ event: ClearanceEvent) throws(ClearanceHistoryError) -> ClearanceHistory {
        if let last = events.last, event.date < last.date {
            throw ClearanceHistoryError(event: event, lastDate: last.date)
        }
        var copy = self
        copy.events.append(event)
        return copy
    }

    /// The status on `date` (the last event on or before it); `.notStarted` before the first event.
    public func status(asOf date: LocalDate) -> ClearanceStatus {
        Self.eventInForce(on: date, among: events)?.status ?? .notStarted
    }

    /// The event in force on `date`: among `events` in the order recorded, the last one
    /// dated on or before `date` (of several the same day, the last recorded); `nil`
    /// before the first (status `.notStarted`). THE rule for "which status is in force on
    /// a day", for every reader (whole histories and stores streaming their events): it
    /// holds for any order of dates, as a store may hold them. O(n).
    public static func eventInForce<S: Sequence>(on date: LocalDate, among events: S) -> ClearanceEvent?
    where S.Element == ClearanceEvent {
        var inForce: ClearanceEvent?
        for e in events where e.date <= date { inForce = e }
        return inForce
    }

    /// The event in force on `date` (see ``eventInForce(on:among:)``).
    public func eventInForce(on date: LocalDate) -> ClearanceEvent? { Self.eventInForce(on: date, among: events) }

    /// The latest status.
    public var current: ClearanceStatus { events.last?.status ?? .notStarted }

    /// The day the latest status was reached, `nil` when nothing was recorded.
    public var currentSince: LocalDate? { events.last?.date }

    /// The day the site was handed over, when it was (the last hand-over, in case a
    /// dispute reopened it and it was handed over again); `nil` when it is not handed over now.
    public var handedOverDate: LocalDate? {
        guard current == .handedOver else { return nil }
        return events.last { $0.status == .handedOver }?.date
    }

    /// True when a dispute was recorded at any time.
    public var wasEverDisputed: Bool { events.contains { $0.status == .disputed } }
}

/// An event that would put a clearance history out of date order.
public struct ClearanceHistoryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The event refused.
    public var event: ClearanceEvent
    /// The date of the last event already recorded.
    public var lastDate: LocalDate

    /// "event "compensated" on 2023-01-05 is dated before the last recorded event (2023-03-01)".
    public var description: String {
        "event \"\(event.status.rawValue)\" on \(event.date) is dated before the last recorded event (\(lastDate))"
    }
}
