import Foundation

/// A Vietnamese land-use code (mã loại đất) as the cadastre writes it: "LUC", "ONT"…
/// Open: any code loads; the common ones have names.
public struct LandUseCode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The code, uppercase.
    public var rawValue: String

    /// Creates a code (trimmed, uppercased).
    public init(rawValue: String) {
        self.rawValue = rawValue.trimmingCharacters(in: .whitespaces).uppercased()
    }

    /// LUC: rice land, two or more crops (đất chuyên trồng lúa nước).
    public static let riceLand = LandUseCode(rawValue: "LUC")
    /// ONT: rural homestead (đất ở tại nông thôn).
    public static let ruralHomestead = LandUseCode(rawValue: "ONT")
    /// ODT: urban homestead (đất ở tại đô thị).
    public static let urbanHomestead = LandUseCode(rawValue: "ODT")
    /// NTS: aquaculture (đất nuôi trồng thủy sản).
    public static let aquaculture = LandUseCode(rawValue: "NTS")
    /// SKK: industrial-park land (đất khu công nghiệp).
    public static let industrialPark = LandUseCode(rawValue: "SKK")
    /// RPH: protected forest (đất rừng phòng hộ).
    public static let protectedForest = LandUseCode(rawValue: "RPH")
    /// DTL: irrigation and dike works (đất công trình thủy lợi).
    public static let irrigationAndDikes = LandUseCode(rawValue: "DTL")

    /// The code.
    public var description: String { rawValue }
}
