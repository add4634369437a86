import Geo

/// A power, water or telecom work (a substation, a 110 kV line, a water main, a mast)
/// and the area it serves.
public struct InfrastructureWork: Hashable, Sendable {
    /// The work's id.
    public var id: String
    /// What it supplies.
    public var utility: Utility
    /// How far it has got.
    public var status: WorkStatus
    /// The day it is (or is planned to be) in service; `nil` when not known.
    public var operationalFrom: LocalDate?
    /// Where it is, in EPSG:9210 (metres): a service-area polygon, or a line or point.
    public var footprint: Geometry
    /// For a line or point footprint, the distance it serves, metres; `nil` for a service-area polygon.
    public var serviceRadiusM: Double?
    /// The park it is built for, when given.
    public var parkId: String?
    /// The plan task it carries out (e.g. "10.1"), when given.
    public var taskNumber: String?
    /// Properties kept from the source.
    public var attributes: [String: AttributeValue]

    /// Creates a work.
    public init(id: String, utility: Utility, status: WorkStatus, operationalFrom: LocalDate? = nil,
                footprint: Geometry, serviceRadiusM: Double? = nil, parkId: String? = nil,
                taskNumber: String? = nil, attributes: [String: AttributeValue] = [:]) {
        self.id = id
        self.utility = utility
        self.status = status
        self.operationalFrom = operationalFrom
        self.footprint = footprint
        self.serviceRadiusM = serviceRadiusM
        self.parkId = parkId
        self.taskNumber = taskNumber
        self.attributes = attributes
    }

    /// The area served, EPSG:9210: a polygonal footprint as is; a line or point buffered
    /// by ``serviceRadiusM`` metres (no radius: the bare footprint, which covers no area).
    /// - Throws: ``GeoError`` when GEOS cannot buffer the footprint.
    public func serviceArea() throws -> Geometry {
        if footprint.isPolygonal { return footprint }
        guard let radius = serviceRadiusM, radius > 0 else { return footprint }
        return try footprint.buffer(radius)
    }

    /// True when the work is operational and in service on `date` (from ``operationalFrom``
    /// on; an operational work with no date counts as always in service).
    public func isInService(asOf date: LocalDate) -> Bool {
        guard status == .operational else { return false }
        return operationalFrom.map { $0 <= date } ?? true
    }

    /// True when the work is in service, or is planned or being built to be in service, by `date`.
    public func isPlannedToServe(by date: LocalDate) -> Bool {
        if isInService(asOf: date) { return true }
        return operationalFrom.map { $0 <= date } ?? false
    }
}
