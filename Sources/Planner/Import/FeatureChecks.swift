import Geo

/// The checks every layer shares: id present, geometry readable, not empty, of an
/// accepted type, finite, inside Vietnam (checked in the source CRS), structurally and
/// topologically valid (or repaired when allowed), then transformed to EPSG:9210.
struct FeatureChecks {
    let file: String
    let sourceCRS: CRS
    let options: ImportOptions
    let rule: LayerGeometry

    func check(_ feature: SourceFeature, _ properties: inout PropertyReader, _ issues: inout FeatureIssues) -> CheckedFeature {
        var checked = CheckedFeature(index: feature.index)
        if let reason = feature.notAFeature {
            issues.add(.malformedGeometry, reason)
            return checked
        }
        let before = issues.issues.count
        let idProperty = properties.string(options.idField, &issues)
        let idRefused = issues.issues.count > before
        checked.id = idProperty ?? (idRefused ? nil : feature.memberId.map(PropertyText.normalized))
        issues.featureId = checked.id
        if checked.id == nil {
            if !idRefused { issues.add(.missingProperty, "missing required property \"\(options.idField)\"") }
        } else if let bad = PropertyText.controlCharacter(in: checked.id!) {
            issues.add(.badValue, "id contains the control character U+\(String(bad.value, radix: 16, uppercase: true).leftPadded(4))")
            checked.id = nil
        } else if checked.id!.allSatisfy(\.isWhitespace) {
            issues.add(.badValue, "blank id \"\(checked.id!)\"")
            checked.id = nil
        }
        guard let source = sourceGeometry(feature, &issues) else { return checked }
        let geographic = DeclaredCRS.isGeographic(sourceCRS)
        var problem: ValidityReport?
        do {
            let report = try source.validity()
            if !report.isValid { problem = report }
        } catch {
            issues.add(.invalidGeometry, "invalid geometry: \(error)")
            return checked
        }
        if let p = problem, source.structuralProblem != nil || !options.repair || !source.isPolygonal {
            let at = p.location.map { " at \(CoordinateText.format($0, geographic: geographic))" } ?? ""
            issues.add(.invalidGeometry, "invalid geometry: \(p.reason ?? "invalid")\(at)")
            return checked
        }
        let projected: Geometry
        do {
            projected = try source.transformed(from: sourceCRS, to: .haiPhongTM3)
        } catch {
            issues.add(.untransformable, "cannot transform from \(sourceCRS) to EPSG:9210: \(error)")
            return checked
        }
        guard let p = problem else {
            // A valid source can still collapse or cross itself in the target CRS.
            do {
                let after = try projected.validity()
                if !after.isValid {
                    let at = after.location.map { " at \(CoordinateText.format($0, geographic: false))" } ?? ""
                    issues.add(.invalidGeometry, "invalid geometry after transforming from \(sourceCRS) to EPSG:9210: \(after.reason ?? "invalid")\(at)")
                    return checked
                }
            } catch {
                issues.add(.invalidGeometry, "invalid geometry after transforming from \(sourceCRS) to EPSG:9210: \(error)")
                return checked
            }
            checked.geometry = projected
            return checked
        }
        do {
            let repaired = try Self.polygonsOnly(projected.makeValid())
            guard !repaired.isEmpty else {
                issues.add(.invalidGeometry, "invalid geometry: \(p.summary); repair left no area")
                return checked
            }
            let at = p.location.map { " at \(CoordinateText.format($0, geographic: geographic))" } ?? ""
            checked.repair = GeometryRepair(file: file, featureIndex: feature.index, featureId: checked.id,
                                            problem: (p.reason ?? "invalid") + at,
                                            areaBeforeM2: projected.area, areaAfterM2: repaired.area)
            checked.geometry = repaired
        } catch {
            issues.add(.invalidGeometry, "invalid geometry: \(p.summary); repair failed: \(error)")
        }
        return checked
    }

    /// The geometry as given, or `nil` after recording why it is unusable.
    private func sourceGeometry(_ feature: SourceFeature, _ issues: inout FeatureIssues) -> Geometry? {
        let geometry: Geometry
        switch feature.geometry {
        case nil:
            issues.add(.emptyGeometry, "empty geometry (null or missing)")
            return nil
        case .failure(let error)?:
            issues.add(.malformedGeometry, "malformed geometry: \(error.message)")
            return nil
        case .success(let g)?:
            geometry = g
        }
        if geometry.isEmpty {
            issues.add(.emptyGeometry, "empty geometry (\(geometry.typeName) with no coordinates)")
            return nil
        }
        guard rule.accepts(geometry) else {
            issues.add(.wrongGeometryType, "wrong geometry type \(geometry.typeName) (expected \(rule.expected))")
            return nil
        }
        let coordinates = geometry.coordinates
        if let k = coordinates.firstIndex(where: { !$0.isFinite }) {
            issues.add(.nonFiniteCoordinate, "NaN or infinite coordinate at vertex \(k): (\(coordinates[k].x), \(coordinates[k].y))")
            return nil
        }
        if let outside = VietnamBounds.problem(geometry, crs: sourceCRS) {
            issues.add(.outsideVietnam, outside)
            return nil
        }
        return geometry
    }

    /// The polygonal part of a make-valid result (stray lines and points dropped).
    static func polygonsOnly(_ g: Geometry) -> Geometry {
        let polygons = g.polygons
        if polygons.count == 1 { return .polygon(polygons[0]) }
        return polygons.isEmpty ? .empty : .multiPolygon(MultiPolygon(polygons))
    }
}
