import Foundation

/// Decides a task's ``TaskSection`` from words, since numbering differs between plans:
/// first from the heading of its group ("Đảm bảo cấp điện…"), then from its own content.
///
/// Keywords are matched on lowercase NFC text with diacritics, because folding would
/// confuse "điện" (power) with "diện" (area); bare "điện" is not a keyword either, so
/// "điện tử" (electronics) and "chính quyền điện tử" (e-government) stay `other`.
public enum TaskClassifier {
    /// Phrases naming each kind of work, matched on lowercase NFC text.
    public static let keywords: [(section: TaskSection, phrases: [String])] = [
        (.power, ["cấp điện", "điện lực", "lưới điện", "trạm biến áp", "hệ thống điện", "dự án điện", "nguồn điện", "đường dây điện"]),
        (.water, ["cấp nước", "nước sạch", "nhà máy nước"]),
        (.telecom, ["viễn thông", "hạ tầng thông tin", "hạ tầng số", "bưu chính", "cáp quang", "băng rộng"]),
        (.clearance, ["giải phóng mặt bằng", "gpmb", "bàn giao mặt bằng", "bồi thường", "thu hồi đất", "tái định cư"]),
    ]

    /// The section named by the group heading, else by the content, else `.other`.
    public static func section(groupTitle: String?, content: String) -> TaskSection {
        if let title = groupTitle, let s = firstNamed(in: title) { return s }
        return firstNamed(in: content) ?? .other
    }

    /// The section whose keyword appears earliest in `text`, or `nil`.
    public static func firstNamed(in text: String) -> TaskSection? {
        let lower = VietnameseName.nfc(text).lowercased()
        var best: (offset: Int, section: TaskSection)?
        for (section, phrases) in keywords {
            for phrase in phrases {
                guard let r = lower.range(of: phrase) else { continue }
                let offset = lower.distance(from: lower.startIndex, to: r.lowerBound)
                if best == nil || offset < best!.offset { best = (offset, section) }
            }
        }
        if let kv = lower.range(of: #"\d+\s?kv\b"#, options: .regularExpression) {
            let offset = lower.distance(from: lower.startIndex, to: kv.lowerBound)
            if best == nil || offset < best!.offset { best = (offset, .power) }
        }
        return best?.section
    }
}
