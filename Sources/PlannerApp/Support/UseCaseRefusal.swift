/// A question a use case refuses because of what was asked (an unknown park, a unit
/// level or layer the store does not hold); its description is the message a front
/// shows as it is.
public protocol UseCaseRefusal: Error, CustomStringConvertible {}
