/// The GPMB (site clearance) board that answers for a parcel on a day: the board of the
/// unit holding the larger share of the parcel's area (``ParcelJurisdiction``, the rule
/// the server's write rights use, so the board named responsible is the one allowed to
/// record its changes) at the level boards sit at on that day: districts (quận/huyện)
/// before the 1 July 2025 reform, communes (xã/phường) from it. A store that lacks that
/// level answers with the first level it has.
public enum ResponsibleBoard {
    /// The day districts were abolished and communes became the only level below the city.
    public static let communeReform = LocalDate(year: 2025, month: 7, day: 1)!

    /// The level boards sit at on `day` among the `levels` stored (in their stored order);
    /// `nil` with no levels.
    public static func level(on day: LocalDate, among levels: [UnitLevel]) -> UnitLevel? {
        let preferred: UnitLevel = day >= communeReform ? .commune : .district
        return levels.contains(preferred) ? preferred : levels.first
    }

    /// The unit whose board answers on `day` for a parcel with these `shares` (the
    /// parcel's shares of every stored level, `levels` in stored order); `nil` when the
    /// parcel lies in no unit of that level.
    public static func unit(on day: LocalDate, among shares: [UnitShare], levels: [UnitLevel]) -> UnitShare? {
        level(on: day, among: levels).flatMap { ParcelJurisdiction.unit(at: $0, among: shares) }
    }
}
