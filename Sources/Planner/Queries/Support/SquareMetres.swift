/// Area unit conversions used by the query results.
enum SquareMetres {
    /// Square metres in one hectare.
    static let perHectare = 10_000.0

    /// Hectares for an area in m².
    static func hectares(_ m2: Double) -> Double { m2 / perHectare }
}
