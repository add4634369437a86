import ArgumentParser
import PlannerPresentation

/// What `parkplan map` draws, typed by name (`parks`, `parcels`, …, `gaps`, `clearance`).
extension MapSubject: ExpressibleByArgument {}
