extension Utility {
    /// The plan-task section about this utility.
    var taskSection: TaskSection {
        switch self {
        case .power: .power
        case .water: .water
        case .telecom: .telecom
        }
    }
}
