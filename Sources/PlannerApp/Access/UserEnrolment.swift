import Foundation
import Planner

/// Adding a user of the served record (`users add NAME --role … --units …`): its token is
/// made here and returned once; the store keeps only its hash.
public struct UserEnrolment: Sendable {
    /// The user's name, unique.
    public var name: String
    /// The role's name: viewer, board or admin.
    public var role: String
    /// A board's units as typed (ids or names, see the resolver); none for other roles.
    public var units: [String]

    /// Creates the enrolment.
    public init(name: String, role: String, units: [String] = []) {
        self.name = name
        self.role = role
        self.units = units
    }

    /// Adds the user; returns it and its token (shown once, never stored).
    /// - Throws: ``OptionRefusal`` for a bad name, role or unit; store errors (a user of
    ///   that name exists).
    public func run(_ store: any AccessStorage & PlanningReading) throws -> (user: ServiceUser, token: String) {
        let name = self.name.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        guard !name.isEmpty, !name.contains(where: { $0.isNewline }) else { throw OptionRefusal(parameter: "name", "a user needs a name") }
        guard let role = ServiceRole(rawValue: role) else {
            throw OptionRefusal(parameter: "role", "unknown role '\(role)'; use one of: \(ServiceRole.validNames)")
        }
        let typed = units.flatMap { $0.split(separator: ",").map(String.init) }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        if role == .board, typed.isEmpty {
            throw OptionRefusal(parameter: "units", "a board needs its units (ids or names, e.g. 315,316 or phuong-an-hai)")
        }
        if role != .board, !typed.isEmpty {
            throw OptionRefusal(parameter: "units", "only a board has units; a \(role.rawValue) reads (or writes) every parcel")
        }
        let resolver = UnitNameResolver(units: try store.units(level: nil))
        var refs: [UnitReference] = []
        for text in typed {
            let ref = try resolver.resolve(text)
            if !refs.contains(ref) { refs.append(ref) }
        }
        let user = ServiceUser(name: name, role: role, units: refs, createdAt: .now)
        let token = ServiceToken.generate()
        try store.addUser(user, tokenHash: ServiceToken.hash(token))
        return (user, token)
    }
}
