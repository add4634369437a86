import Testing
@testable import Planner

/// The board responsible for an overdue parcel: the larger share at the level boards sit
/// at on the day, the same unit write rights give the parcel to.
@Suite struct ResponsibleBoardTests {
    static let shares = [
        UnitShare(unitId: "315", unitName: "Huyện Tiên Lãng", level: .district, areaM2: 300, share: 0.3),
        UnitShare(unitId: "316", unitName: "Huyện Vĩnh Bảo", level: .district, areaM2: 700, share: 0.7),
        UnitShare(unitId: "c-1", unitName: "Xã Tiên Minh", level: .commune, areaM2: 600, share: 0.6),
        UnitShare(unitId: "c-2", unitName: "Xã Vĩnh Hải", level: .commune, areaM2: 400, share: 0.4),
    ]

    @Test func districtsBeforeTheReformCommunesFrom() {
        let before = LocalDate(year: 2025, month: 6, day: 30)!, after = LocalDate(year: 2025, month: 7, day: 1)!
        #expect(ResponsibleBoard.level(on: before, among: [.commune, .district]) == .district)
        #expect(ResponsibleBoard.level(on: after, among: [.district, .commune]) == .commune)
        #expect(ResponsibleBoard.level(on: after, among: [.district]) == .district, "the level stored")
        #expect(ResponsibleBoard.level(on: after, among: []) == nil)
        #expect(ResponsibleBoard.unit(on: before, among: Self.shares, levels: [.district, .commune])?.unitId == "316")
        #expect(ResponsibleBoard.unit(on: after, among: Self.shares, levels: [.district, .commune])?.unitId == "c-1")
    }

    /// An overdue parcel names the board its write rights give it to, and who recorded its status.
    @Test func anOverdueParcelNamesItsBoardAndRecorder() throws {
        let record = ParcelClearanceRecord(id: "TT-1", parkId: "tien-thanh", areaM2: 1000, plannedHandover: LocalDate(year: 2025, month: 1, day: 1)!,
                                           status: .inventoried, units: Self.shares.filter { $0.level == .district },
                                           recordedBy: "Ban GPMB huyện Vĩnh Bảo")
        let o = OverdueParcel(record, plannedHandover: record.plannedHandover!, status: .inventoried, asOf: LocalDate(year: 2025, month: 3, day: 1)!)
        #expect(o.boardUnitId == "316" && o.boardUnitName == "Huyện Vĩnh Bảo")
        #expect(o.recordedBy == "Ban GPMB huyện Vĩnh Bảo")
        let user = ServiceUser(name: "gpmb-vinh-bao", role: .board, units: [UnitReference(level: .district, id: o.boardUnitId!)], createdAt: .now)
        #expect(throws: Never.self) { try WriteRights.check(user, parcelId: "TT-1", shares: Self.shares) }
        // After the reform the board is the commune's, not known from district shares alone.
        let later = OverdueParcel(record, plannedHandover: record.plannedHandover!, status: .inventoried, asOf: LocalDate(year: 2025, month: 9, day: 1)!)
        #expect(later.boardUnitId == nil)
    }
}
