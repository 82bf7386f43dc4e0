import PFPlanFormats
import PFPlanModel

/// `pfplan gaps --format json`: ids only (titles belong to the model and
/// words to a locale), keys in a fixed order, so scripts and diffs can rely
/// on it. Per stage, `sectors` are present through work, `offered` only
/// listed by stakeholders (meeting no need), `missingSectors` holds the
/// unmet needs in the same words as lint, and `unmetSectorNeeds` the same
/// needs as data.
enum GapsJSON {
    static func render(_ cities: [CityGaps]) -> String {
        JSONWriter.document(.object([("cities", .array(cities.map(city)))]))
    }

    static func city(_ c: CityGaps) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("file", .string(c.file)),
            ("city", .string(c.city)),
            ("model", .string(orNull: c.model?.id)),
            ("coverageComputed", .bool(c.isComputed)),
            ("blockingErrors", .int(c.blockingErrors)),
        ]
        guard c.isComputed else { return .object(members) }
        members.append(("stages", .array(c.stages.map(stage))))
        members.append(("leadership", c.leadership.map(leadership) ?? .null))
        members.append(("unservedAudiences", strings(c.unservedAudiences)))
        return .object(members)
    }

    static func stage(_ s: CityGaps.Stage) -> JSONValue {
        let sectors: [JSONValue] = s.sectors.map {
            .object([("sector", .string($0.sector)), ("providers", strings($0.providers))])
        }
        let offered: [JSONValue] = s.offered.map {
            .object([("sector", .string($0.sector)), ("stakeholders", strings($0.providers))])
        }
        let unmet: [JSONValue] = s.unmetNeeds.map { need in
            .object([
                ("kind", .string(need.kind.rawValue)), ("count", .int(need.count)), ("sectors", strings(need.sectors)),
            ])
        }
        let actions: JSONValue = .object([
            ("count", .int(s.actionIDs.count)),
            ("needed", .int(s.actionsNeeded)),
            ("shortfall", .int(s.actionsShortfall)),
            ("ids", strings(s.actionIDs)),
        ])
        let byKind: [(String, JSONValue)] = s.resourcesByKind.map { ($0.kind, .int($0.count)) }
        let resources: JSONValue = .object([
            ("count", .int(s.resourceIDs.count)),
            ("needed", .int(s.resourcesNeeded)),
            ("neededKinds", s.resourceKindsNeeded.map(strings) ?? .null),
            ("ofNeededKinds", .int(s.resourcesOfNeededKinds)),
            ("shortfall", .int(s.resourcesShortfall)),
            ("byKind", .object(byKind)),
            ("ids", strings(s.resourceIDs)),
        ])
        return .object([
            ("id", .string(s.id)),
            ("covered", .bool(s.covered)),
            ("sectors", .array(sectors)),
            ("offered", .array(offered)),
            ("missingSectors", strings(s.missingSectors)),
            ("unmetSectorNeeds", .array(unmet)),
            ("actions", actions),
            ("resources", resources),
            (
                "pathways",
                .object([
                    ("count", .int(s.pathwayIDs.count)), ("needed", .int(s.pathwaysNeeded)),
                    ("shortfall", .int(s.pathwaysShortfall)),
                    ("ids", strings(s.pathwayIDs)),
                ])
            ),
            ("audiences", strings(s.audiences)),
        ])
    }

    static func leadership(_ l: CityGaps.Leadership) -> JSONValue {
        let sectors: [(String, JSONValue)] = l.seatsBySector.map { ($0.kind, .int($0.count)) }
        let roles: [JSONValue] = l.roles.map { r in
            .object([
                ("role", .string(r.role)), ("minimum", r.minimum.map(JSONValue.int) ?? .null),
                ("members", strings(r.members)),
            ])
        }
        return .object([
            ("name", .string(orNull: l.name)),
            ("seats", .int(l.seats.count)),
            ("vacantSeats", strings(l.vacantSeats)),
            ("sectors", .object(sectors)),
            ("roles", .array(roles)),
        ])
    }

    static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
}
