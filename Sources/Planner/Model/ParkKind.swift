/// What sort of zone a park is, as the plans classify them.
public enum ParkKind: String, Sendable, CaseIterable, Codable {
    /// Khu công nghiệp (KCN).
    case industrialPark = "industrial_park"
    /// Khu kinh tế (KKT), e.g. Đình Vũ–Cát Hải.
    case economicZone = "economic_zone"
    /// Khu phi thuế quan, e.g. Xuân Cầu.
    case nonTariffZone = "non_tariff_zone"
    /// Cụm công nghiệp (CCN).
    case industrialCluster = "industrial_cluster"
}
