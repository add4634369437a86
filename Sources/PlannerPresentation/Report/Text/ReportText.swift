import Planner

/// The report's words in Vietnamese and English: headings, labels, legend entries.
public struct ReportText: Sendable {
    /// The language written in.
    public var lang: ReportLanguage

    /// The texts for a language.
    public init(_ lang: ReportLanguage) { self.lang = lang }

    /// A label or heading.
    public func callAsFunction(_ key: Key) -> String {
        let pair = key.texts
        return lang == .vi ? pair.vi : pair.en
    }

    /// A clearance status as the GPMB teams name it.
    public func status(_ s: ClearanceStatus) -> String {
        let vi: String, en: String
        switch s {
        case .notStarted: (vi, en) = ("Chưa thực hiện", "Not started")
        case .inventoried: (vi, en) = ("Đã kiểm đếm", "Inventoried")
        case .planApproved: (vi, en) = ("Đã duyệt phương án", "Plan approved")
        case .compensated: (vi, en) = ("Đã chi trả bồi thường", "Compensated")
        case .handedOver: (vi, en) = ("Đã bàn giao mặt bằng", "Handed over")
        case .disputed: (vi, en) = ("Khiếu nại, tranh chấp", "Disputed")
        }
        return lang == .vi ? vi : en
    }

    /// A utility's name.
    public func utility(_ u: Utility) -> String {
        switch (u, lang) {
        case (.power, .vi): "Điện"
        case (.power, .en): "Power"
        case (.water, .vi): "Cấp nước"
        case (.water, .en): "Water"
        case (.telecom, .vi): "Viễn thông"
        case (.telecom, .en): "Telecom"
        }
    }

    /// A work's status.
    public func workStatus(_ s: WorkStatus) -> String {
        switch (s, lang) {
        case (.planned, .vi): "Dự kiến"
        case (.planned, .en): "Planned"
        case (.underConstruction, .vi): "Đang thi công"
        case (.underConstruction, .en): "Under construction"
        case (.operational, .vi): "Đang vận hành"
        case (.operational, .en): "Operational"
        }
    }

    /// A layer's name as the overlap tables show it ("parcels" → "Thửa đất").
    public func layer(_ name: String) -> String {
        let vi: String, en: String
        switch name {
        case "parks": (vi, en) = ("Khu công nghiệp", "Parks")
        case "parcels": (vi, en) = ("Thửa đất", "Parcels")
        case "zones": (vi, en) = ("Vùng sử dụng đất", "Land-use zones")
        case "units": (vi, en) = ("Đơn vị hành chính", "Administrative units")
        case "infrastructure": (vi, en) = ("Công trình hạ tầng", "Infrastructure")
        default: return name
        }
        return lang == .vi ? vi : en
    }

    /// A unit level's name: "xã/phường", "quận/huyện", or the level's own name.
    public func level(_ l: UnitLevel) -> String {
        switch (l, lang) {
        case (.commune, .vi): "xã/phường"
        case (.district, .vi): "quận/huyện"
        default: l.rawValue
        }
    }

    /// "Quý 2/2025" or "Q2 2025".
    public func quarter(_ d: LocalDate) -> String {
        lang == .vi ? "Quý \(d.quarter)/\(d.year)" : d.quarterLabel
    }

    /// "30/06/2025" or "2025-06-30".
    public func date(_ d: LocalDate) -> String {
        guard lang == .vi else { return d.description }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(d.day))/\(two(d.month))/\(d.year)"
    }

    /// The labels and headings, each with its Vietnamese and English text.
    public enum Key: Sendable, CaseIterable {
        case title, subtitle, asOf, asRecorded, generated, totalArea, clearedArea, clearedShare, overdueCount
        case cityMap, parkMaps, progress, tables, byUnit, trend, trendNote, unitsTable, parksTable, overdueTable
        case overlapsTable, conflictsTable, gapsTable, parks, units, gaps, noGaps, north, total
        case unit, park, name, parcels, households, totalHa, clearedHa, percent, approvedHa, mappedHa, occupancy
        case parcel, plannedHandover, status, daysOverdue, featureA, featureB, layerA, layerB, overlapHa, shareA, shareB
        case work, utility, operationalFrom, parcelAreaHa, overlapAreaHa, gapHa, gapShare, targetHa, none, noRows
        case notServed, shareLegend, utilityGaps, parcelStatus, overlaps, noParcels, gridCells
        case policyTable, investmentPerHa, meetsTarget, reservedShare, reserveInBand, policyNote
        case commune, areaM2, unpaidMillionVND, board, recordedBy

        /// (Vietnamese, English).
        var texts: (vi: String, en: String) {
            switch self {
            case .title: ("Báo cáo tiến độ GPMB và hạ tầng các khu công nghiệp", "Site clearance and infrastructure report for the industrial parks")
            case .subtitle: ("Thành phố Hải Phòng — báo cáo hằng quý", "Hai Phong City — quarterly report")
            case .asOf: ("Số liệu tính đến ngày", "Figures as of")
            case .asRecorded: ("theo sổ theo dõi GPMB ghi đến", "from the clearance record as it stood at")
            case .generated: ("Lập bằng ParkPlanner từ dữ liệu không gian (EPSG:9210)", "Made with ParkPlanner from the spatial data (EPSG:9210)")
            case .totalArea: ("Tổng diện tích thửa đất", "Total parcel area")
            case .clearedArea: ("Diện tích đã bàn giao", "Area handed over")
            case .clearedShare: ("Tỷ lệ hoàn thành GPMB", "Share cleared")
            case .overdueCount: ("Thửa đất chậm bàn giao", "Parcels overdue")
            case .cityMap: ("Bản đồ các khu công nghiệp", "Map of the industrial parks")
            case .parkMaps: ("Từng khu công nghiệp", "Park by park")
            case .progress: ("Tiến độ GPMB", "Clearance progress")
            case .byUnit: ("Diện tích đã bàn giao theo đơn vị hành chính", "Area handed over by administrative unit")
            case .trend: ("Diện tích đã bàn giao lũy kế theo quý", "Cumulative area handed over by quarter")
            case .trendNote: ("Tính đến ngày cuối mỗi quý, từ sự kiện GPMB đầu tiên", "As of each quarter end, from the first clearance event")
            case .tables: ("Bảng số liệu", "Tables")
            case .unitsTable: ("Tiến độ GPMB theo đơn vị hành chính", "Clearance by administrative unit")
            case .parksTable: ("Các khu công nghiệp", "Parks")
            case .overdueTable: ("Thửa đất quá hạn bàn giao", "Parcels past their planned hand-over")
            case .overlapsTable: ("Chồng lấn vượt ngưỡng", "Overlaps above the threshold")
            case .conflictsTable: ("Công trình hạ tầng dự kiến trên đất chưa bàn giao", "Works planned on land not yet handed over")
            case .gapsTable: ("Vùng chưa được cấp hạ tầng", "Utility coverage gaps")
            case .parks: ("Khu công nghiệp", "Parks")
            case .units: ("Ranh giới đơn vị hành chính", "Administrative units")
            case .gaps: ("Chưa có", "No")
            case .noGaps: ("không có vùng thiếu", "no gap")
            case .north: ("B", "N")
            case .total: ("Tổng", "Total")
            case .unit: ("Đơn vị", "Unit")
            case .park: ("Khu", "Park")
            case .name: ("Tên", "Name")
            case .parcels: ("Số thửa", "Parcels")
            case .households: ("Số hộ", "Households")
            case .totalHa: ("Tổng (ha)", "Total (ha)")
            case .clearedHa: ("Đã bàn giao (ha)", "Handed over (ha)")
            case .percent: ("Tỷ lệ (%)", "Share (%)")
            case .approvedHa: ("Theo quy hoạch (ha)", "Approved (ha)")
            case .mappedHa: ("Theo bản đồ (ha)", "Mapped (ha)")
            case .occupancy: ("Lấp đầy (%)", "Occupancy (%)")
            case .parcel: ("Thửa", "Parcel")
            case .plannedHandover: ("Hạn bàn giao", "Planned hand-over")
            case .status: ("Trạng thái", "Status")
            case .daysOverdue: ("Số ngày chậm", "Days overdue")
            case .featureA: ("Đối tượng A", "Feature A")
            case .featureB: ("Đối tượng B", "Feature B")
            case .layerA: ("Lớp A", "Layer A")
            case .layerB: ("Lớp B", "Layer B")
            case .overlapHa: ("Chồng lấn (ha)", "Overlap (ha)")
            case .shareA: ("% của A", "% of A")
            case .shareB: ("% của B", "% of B")
            case .work: ("Công trình", "Work")
            case .utility: ("Hạ tầng", "Utility")
            case .operationalFrom: ("Dự kiến vận hành", "In service from")
            case .parcelAreaHa: ("Diện tích thửa (ha)", "Parcel area (ha)")
            case .overlapAreaHa: ("Phần chồng lên (ha)", "Site on parcels (ha)")
            case .gapHa: ("Chưa phủ (ha)", "Gap (ha)")
            case .gapShare: ("Tỷ lệ chưa phủ (%)", "Gap share (%)")
            case .targetHa: ("Diện tích khu (ha)", "Park area (ha)")
            case .none: ("(ngoài đơn vị)", "(no unit)")
            case .noRows: ("Không có.", "None.")
            case .notServed: ("chưa phủ", "not served")
            case .shareLegend: ("Tỷ lệ đã bàn giao", "Share handed over")
            case .utilityGaps: ("Vùng chưa có", "Not served by")
            case .parcelStatus: ("Trạng thái GPMB của thửa", "Parcel clearance status")
            case .overlaps: ("Chồng lấn", "Overlaps")
            case .noParcels: ("chưa có thửa đất", "no parcels")
            case .gridCells: ("thửa, vẽ theo ô lưới: mỗi ô mang trạng thái của thửa tại tâm ô, cạnh ô (px)",
                              "parcels, drawn as a grid: each cell shows the status of the parcel at its centre, cell side (px)")
            case .policyTable: ("Chỉ tiêu chính sách (Kế hoạch 278, quy hoạch 2012)", "Policy figures (Plan 278, the 2012 plan)")
            case .investmentPerHa: ("Vốn đầu tư / ha đất đã cho thuê (triệu USD)", "Investment per leased ha (M USD)")
            case .meetsTarget: ("Đạt 13 triệu USD/ha", "Meets 13 M USD/ha")
            case .reservedShare: ("Quỹ đất sạch dự trữ (%)", "Clean land reserved (%)")
            case .reserveInBand: ("Trong khoảng 10–15 %", "Within 10–15 %")
            case .policyNote: ("Vốn đầu tư đăng ký chia cho diện tích đất công nghiệp đã cho thuê, so với mục tiêu 13 triệu USD/ha của Kế hoạch 278; quỹ đất sạch dự trữ trên diện tích đất công nghiệp, so với khoảng 10–15 % của quy hoạch 2012; lấp đầy là đất đã cho thuê trên đất công nghiệp. Khu chưa cho thuê đất không có chỉ tiêu vốn (–).",
                               "Registered investment divided by the industrial land leased, against Plan 278's target of 13 M USD/ha; clean land reserved as a share of the industrial land, against the 2012 plan's 10–15 % band; occupancy is leased over industrial land. A park with no land leased has no investment figure (–).")
            case .commune: ("Xã/phường", "Commune")
            case .areaM2: ("Diện tích (m²)", "Area (m²)")
            case .unpaidMillionVND: ("Chưa chi trả (triệu đồng)", "Unpaid (M VND)")
            case .board: ("Ban GPMB phụ trách", "Board responsible")
            case .recordedBy: ("Người ghi trạng thái", "Status recorded by")
            }
        }
    }
}
