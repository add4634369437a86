import Foundation

/// The level of an administrative layer. Open: any level name loads, so layers from
/// before (districts) and after (communes and wards) the 1 July 2025 reform both fit.
public struct UnitLevel: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The level's name, lowercase ("district", "commune").
    public var rawValue: String

    /// Creates a level from its name (lowercased, trimmed).
    public init(rawValue: String) {
        self.rawValue = rawValue.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Quận/huyện: the level plans of 2022–2024 speak of (abolished 1 July 2025).
    public static let district = UnitLevel(rawValue: "district")
    /// Xã/phường: the only level below the city since 1 July 2025.
    public static let commune = UnitLevel(rawValue: "commune")

    /// The level's name.
    public var description: String { rawValue }
}
