import Planner

/// How `parkplan serve` runs: the store served, the address bound, the limits.
public struct ServerSettings: Sendable {
    /// The planning store (a GeoPackage file) served.
    public var storePath: String
    /// The address bound: loopback unless told otherwise (put a TLS reverse proxy in front
    /// for anything else).
    public var host: String
    /// The TCP port; 0 lets the system pick a free one (tests).
    public var port: Int
    /// The largest request body accepted, in bytes; a larger one is answered 413.
    public var maxBodyBytes: Int
    /// The clearance groupings whose kept totals are built in the background at start
    /// (``KeptTotalsWarmup``); none: each is built by its first question of the day.
    public var keptGroupings: [ClearanceGrouping]

    /// Settings for serving `storePath`.
    public init(storePath: String, host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = 64 * 1024,
                keptGroupings: [ClearanceGrouping] = []) {
        self.storePath = storePath
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.keptGroupings = keptGroupings
    }
}
