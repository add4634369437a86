import Planner

extension AdministrativeUnit {
    /// The unit as a row of `admin_units`.
    var record: NewFeature {
        NewFeature(geometry: StoredGeometry.multiPolygon(boundary), attributes: [
            "unit_id": .text(id), "level": .text(level.rawValue), "name": .text(name),
            "name_key": .text(VietnameseName.key(name)), "attributes": AttributesJSON.encode(attributes),
        ])
    }

    /// A unit read from a row of `admin_units`.
    init(record f: StoredFeature) throws {
        let a = f.attributes
        guard let id = a["unit_id"]?.text, let level = a["level"]?.text, let name = a["name"]?.text else {
            throw StoreError(.schema, table: "admin_units", message: "row fid \(f.fid) lacks unit_id, level or name")
        }
        self.init(id: id, name: name, level: UnitLevel(rawValue: level), boundary: StoredGeometry.simplified(f.geometry),
                  attributes: AttributesJSON.decode(a["attributes"]))
    }
}

extension LandUseZone {
    /// The zone as a row of `land_use_zones`.
    var record: NewFeature {
        NewFeature(geometry: StoredGeometry.multiPolygon(area), attributes: [
            "zone_id": .text(id), "land_use": .text(landUse.rawValue),
            "name": ColumnValue(attributes["name"]?.stringValue), "attributes": AttributesJSON.encode(attributes),
        ])
    }

    /// A zone read from a row of `land_use_zones`.
    init(record f: StoredFeature) throws {
        let a = f.attributes
        guard let id = a["zone_id"]?.text, let landUse = a["land_use"]?.text else {
            throw StoreError(.schema, table: "land_use_zones", message: "row fid \(f.fid) lacks zone_id or land_use")
        }
        self.init(id: id, landUse: LandUseCode(rawValue: landUse), area: StoredGeometry.simplified(f.geometry),
                  attributes: AttributesJSON.decode(a["attributes"]))
    }
}

extension InfrastructureWork {
    /// The work as a row of `infrastructure` (geometry as given: point, line or polygon).
    var record: NewFeature {
        NewFeature(geometry: footprint, attributes: [
            "work_id": .text(id), "utility": .text(utility.rawValue), "status": .text(status.rawValue),
            "operational_from": ColumnValue(operationalFrom), "service_radius_m": ColumnValue(serviceRadiusM),
            "park_id": ColumnValue(parkId), "task_number": ColumnValue(taskNumber),
            "name": ColumnValue(attributes["name"]?.stringValue), "attributes": AttributesJSON.encode(attributes),
        ])
    }

    /// A work read from a row of `infrastructure`.
    init(record f: StoredFeature) throws {
        let a = f.attributes
        guard let id = a["work_id"]?.text, let u = a["utility"]?.text, let utility = Utility(rawValue: u),
              let s = a["status"]?.text, let status = WorkStatus(rawValue: s) else {
            throw StoreError(.schema, table: "infrastructure", message: "row fid \(f.fid) lacks work_id, utility or status")
        }
        self.init(id: id, utility: utility, status: status, operationalFrom: a["operational_from"]?.localDate,
                  footprint: f.geometry ?? .empty, serviceRadiusM: a["service_radius_m"]?.double,
                  parkId: a["park_id"]?.text, taskNumber: a["task_number"]?.text,
                  attributes: AttributesJSON.decode(a["attributes"]))
    }
}

extension PlanTask {
    /// The task as a row of `plan_tasks`.
    func record(source: String) -> NewFeature {
        NewFeature(geometry: nil, attributes: [
            "reference": .text(reference), "part": ColumnValue(part), "number": .text(number),
            "group_title": ColumnValue(groupTitle), "content": .text(content), "lead_agency": .text(leadAgency),
            "partner_agencies": .text(partnerAgencies), "period": .text(period.text),
            "period_from": ColumnValue(period.fromYear), "period_to": ColumnValue(period.toYear),
            "funding": .text(funding), "section": .text(section.rawValue), "source": .text(source),
        ])
    }

    /// Rows of `task_parks`: one per park the task names.
    var parkLinkRecords: [NewFeature] {
        parkIds.map { NewFeature(geometry: nil, attributes: ["reference": .text(reference), "park_id": .text($0)]) }
    }

    /// A task read from a row of `plan_tasks` and its park links.
    init(record f: StoredFeature, parkIds: [String]) throws {
        let a = f.attributes
        guard let number = a["number"]?.text, let content = a["content"]?.text,
              let s = a["section"]?.text, let section = TaskSection(rawValue: s) else {
            throw StoreError(.schema, table: "plan_tasks", message: "row fid \(f.fid) lacks number, content or section")
        }
        self.init(part: a["part"]?.text, number: number, groupTitle: a["group_title"]?.text, content: content,
                  leadAgency: a["lead_agency"]?.text ?? "", partnerAgencies: a["partner_agencies"]?.text ?? "",
                  period: TaskPeriod(a["period"]?.text ?? ""), funding: a["funding"]?.text ?? "",
                  section: section, parkIds: parkIds)
    }
}
