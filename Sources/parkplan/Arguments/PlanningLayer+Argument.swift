import ArgumentParser
import PlannerStore

/// A store layer typed by name: parks, parcels, units, zones, infrastructure or tasks.
extension PlanningLayer: ExpressibleByArgument {}
