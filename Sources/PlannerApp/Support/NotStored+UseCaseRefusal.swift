import Planner

/// A record the store does not hold is refused as asked (the CLI's exit 1, the server's 404).
extension NotStored: UseCaseRefusal {}
