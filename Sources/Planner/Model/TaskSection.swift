/// The kind of work a plan task is about, as the planner groups them.
public enum TaskSection: String, Sendable, CaseIterable, Codable {
    /// Power supply (cấp điện; section 10 of Plan 278).
    case power
    /// Water supply (cấp nước, nước sạch; section 11).
    case water
    /// Telecom (viễn thông, hạ tầng thông tin; section 12).
    case telecom
    /// Site clearance (giải phóng mặt bằng, GPMB; section 13).
    case clearance
    /// Anything else (planning, investment promotion, training…).
    case other
}
