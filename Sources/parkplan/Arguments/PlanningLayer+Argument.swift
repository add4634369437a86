import ArgumentParser
import Planner

/// A store layer typed by name: parks, parcels, units, zones, infrastructure or tasks.
extension PlanningLayer: ExpressibleByArgument {}
