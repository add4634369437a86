import ArgumentParser
import PlannerPresentation

/// The language of a report or a legend: `vi` or `en`.
extension ReportLanguage: ExpressibleByArgument {}
