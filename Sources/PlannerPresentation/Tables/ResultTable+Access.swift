import Planner

/// The served record's users and audit log as ``ResultTable``s.
extension ResultTable {
    /// The users (`users list`): `name`, `role`, `units` (level:id), `created_at`,
    /// `revoked_at` (UTC). Never a token or its hash.
    public static func users(_ users: [ServiceUser]) -> ResultTable {
        ResultTable(
            query: "users",
            columns: [.id("name"), .text("role"), .list("units"), .text("created_at"), .text("revoked_at")],
            rows: users.map { u in
                Row(id: u.name, values: [.string(u.name), .string(u.role.rawValue), .array(u.units.map { .string($0.description) }),
                                         .string(u.createdAt.description), s(u.revokedAt?.description)])
            })
    }

    /// The audit log, newest first (`audit`): `at` (UTC), `user`, `request_id`,
    /// `remote_address`, `action`, `parcel`, `entry` (PARCEL/SEQ), and the parcel's
    /// version, status and since-day before and after.
    public static func audit(_ entries: [AuditEntry]) -> ResultTable {
        ResultTable(
            query: "audit",
            columns: [.text("at"), .id("user"), .id("request_id"), .text("remote_address"), .text("action"), .id("parcel"), .id("entry"),
                      .count("before_version"), .text("before_status"), .date("before_since"),
                      .count("after_version"), .text("after_status"), .date("after_since")],
            rows: entries.map { e in
                let entry = LedgerEntry.id(parcel: e.parcelId, seq: e.entrySeq)
                return Row(id: entry, values: [
                    .string(e.at.description), .string(e.user), .string(e.requestId), .string(e.remoteAddress), .string(e.action),
                    .string(e.parcelId), .string(entry),
                    .number(Double(e.before.version)), .string(e.before.status.rawValue), s(e.before.since?.description),
                    .number(Double(e.after.version)), .string(e.after.status.rawValue), s(e.after.since?.description),
                ])
            })
    }
}
