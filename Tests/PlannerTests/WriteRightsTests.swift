import Planner
import Testing

/// Who may write a parcel: admins any, boards the parcels of their units (the unit
/// holding the larger share of a straddling parcel), viewers none.
@Suite struct WriteRightsTests {
    let district = UnitLevel(rawValue: "district")
    let commune = UnitLevel(rawValue: "commune")

    func share(_ id: String, _ level: UnitLevel, _ fraction: Double) -> UnitShare {
        UnitShare(unitId: id, unitName: id, level: level, areaM2: fraction * 1000, share: fraction)
    }

    func user(_ role: ServiceRole, _ units: [UnitReference] = []) -> ServiceUser {
        ServiceUser(name: "u", role: role, units: units, createdAt: .now)
    }

    @Test func aStraddlingParcelBelongsToTheUnitHoldingTheLargerShare() {
        let shares = [share("315", district, 0.4), share("316", district, 0.6), share("xa-a", commune, 1)]
        #expect(ParcelJurisdiction.unit(at: district, among: shares)?.unitId == "316")
        #expect(ParcelJurisdiction.unit(at: commune, among: shares)?.unitId == "xa-a")
        #expect(ParcelJurisdiction.unit(at: UnitLevel(rawValue: "province"), among: shares) == nil)
        // An exact tie goes to the id that sorts first, whatever the order of the rows.
        let tie = [share("316", district, 0.5), share("315", district, 0.5)]
        #expect(ParcelJurisdiction.unit(at: district, among: tie)?.unitId == "315")
        #expect(ParcelJurisdiction.unit(at: district, among: tie.reversed())?.unitId == "315")
    }

    @Test func aBoardWritesOnlyTheParcelsOfItsUnits() throws {
        let shares = [share("315", district, 0.4), share("316", district, 0.6)]
        let board316 = user(.board, [UnitReference(level: district, id: "316")])
        let board315 = user(.board, [UnitReference(level: district, id: "315")])
        try WriteRights.check(board316, parcelId: "P", shares: shares)
        #expect(throws: RightsRefusal.self) { try WriteRights.check(board315, parcelId: "P", shares: shares) }
        do {
            try WriteRights.check(board315, parcelId: "P", shares: shares)
        } catch {
            #expect(error.rule == "board-writes-own-units")
            #expect(error.reason.contains("district:316"))
        }
        try WriteRights.check(user(.admin), parcelId: "P", shares: shares)
        #expect(throws: RightsRefusal.self) { try WriteRights.check(user(.viewer), parcelId: "P", shares: shares) }
        #expect(throws: RightsRefusal.self) { try WriteRights.checkAudit(board316) }
    }
}
