/// Where a parcel stands in site clearance (giải phóng mặt bằng, GPMB).
///
/// The usual path is not started → inventoried → plan approved → compensated →
/// handed over; `disputed` can be reached from any step.
public enum ClearanceStatus: String, Sendable, CaseIterable, Codable, Comparable {
    /// Nothing done yet.
    case notStarted = "not_started"
    /// Land and assets counted (kiểm đếm).
    case inventoried
    /// Compensation plan approved (phê duyệt phương án bồi thường).
    case planApproved = "plan_approved"
    /// Compensation paid (đã chi trả bồi thường).
    case compensated
    /// Site handed over (bàn giao mặt bằng).
    case handedOver = "handed_over"
    /// A complaint or dispute holds the parcel up (khiếu nại, tranh chấp).
    case disputed

    /// The valid names, comma-separated, for error messages.
    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The position on the usual path (`disputed` last).
    public var step: Int { Self.allCases.firstIndex(of: self)! }

    /// Orders statuses by ``step``.
    public static func < (lhs: ClearanceStatus, rhs: ClearanceStatus) -> Bool { lhs.step < rhs.step }
}
