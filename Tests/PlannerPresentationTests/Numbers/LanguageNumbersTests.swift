import Testing
@testable import PlannerPresentation

@Test(arguments: [
    (1234.5, 1, ReportLanguage.vi, "1.234,5"), (1234.5, 1, .en, "1,234.5"),
    (1234567.891, 2, .vi, "1.234.567,89"), (1234567.891, 2, .en, "1,234,567.89"),
    (-1234.5, 1, .vi, "-1.234,5"), (-1234.5, 1, .en, "-1,234.5"),
    (0.125, 2, .en, "0.13"), (-0.125, 2, .vi, "-0,13"), (2.5, 0, .en, "3"), (999.96, 1, .vi, "1.000,0"),
    (-0.004, 2, .en, "0.00"), (0, 0, .vi, "0"), (12, 3, .vi, "12,000"), (100, 0, .en, "100"), (1000, 0, .en, "1,000"),
])
func numbersAreWrittenTheWayTheLanguageWritesThem(value: Double, decimals: Int, lang: ReportLanguage, expected: String) {
    #expect(NumberText.format(value, decimals: decimals, lang: lang) == expected)
}

@Test func sharesAndAreasCarryTheirUnit() {
    #expect(NumberText.percent(0.125, lang: .vi) == "12,5\u{00A0}%")
    #expect(NumberText.hectares(fromSquareMetres: 12_345_000, lang: .en) == "1,234.50\u{00A0}ha")
    #expect(NumberText.format(.nan, lang: .en) == "–")
}

@Test func textIsEscapedForHTML() {
    #expect(HTMLText.escape("a < b & \"c\" 'd' > e") == "a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt; e")
    #expect(HTMLText.escape("Nomura – Hải Phòng") == "Nomura – Hải Phòng")
}
