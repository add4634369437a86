import ArgumentParser
import Planner

/// A plan section typed by name (`power`, `water`, `telecom`, `clearance`, `other`).
extension TaskSection: ExpressibleByArgument {}
