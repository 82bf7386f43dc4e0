import PFPlanFormats
import PFPlanModel

/// The directory as JSON for other tools. Keys come in a fixed order and
/// absent values are `null` (every object of a kind has the same keys), so
/// the bytes depend only on the plan: diffs between runs show real changes.
///
/// Shape: `{"audience", "cities": [{"city", "region", "country", "model",
/// "stakeholders": [{"sector", "title", "entries": [...]}], "resources":
/// [{"stage", "title", "entries": [...]}]}]}`. A part left out by
/// `--what` is absent rather than empty, since an empty list would claim
/// the plan has none.
enum DirectoryJSON {
    static func render(_ contents: [DirectoryContent], what: DirectorySelection, audience: Visibility) -> String {
        JSONWriter.document(
            .object([
                ("audience", .string(audience.rawValue)),
                ("cities", .array(contents.map(city))),
            ]))
    }

    private static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    private static func text(_ value: String?) -> JSONValue { .string(orNull: DirectoryText.present(value)) }

    private static func city(_ content: DirectoryContent) -> JSONValue {
        let plan = content.plan
        var members: [(String, JSONValue)] = [
            ("city", text(plan.city.name?.value)),
            ("region", text(plan.city.region?.value)),
            ("country", text(plan.city.country?.value)),
            ("model", .string(content.model.id)),
        ]
        if let groups = content.stakeholderGroups {
            members.append(
                (
                    "stakeholders",
                    .array(
                        groups.map { group in
                            .object([
                                ("sector", .string(orNull: group.sector)),
                                ("title", .string(group.title)),
                                ("entries", .array(group.stakeholders.map { stakeholder($0) })),
                            ])
                        })
                ))
        }
        if let groups = content.resourceGroups {
            members.append(
                (
                    "resources",
                    .array(
                        groups.map { group in
                            .object([
                                ("stage", .string(orNull: group.stage)),
                                ("title", .string(group.title)),
                                ("entries", .array(group.resources.map { resource($0, content) })),
                            ])
                        })
                ))
        }
        return .object(members)
    }

    private static func stakeholder(_ s: Plan.Stakeholder) -> JSONValue {
        .object([
            ("id", .string(s.id.value)),
            ("name", .string(DirectoryText.clean(s.name.value))),
            ("sector", .string(orNull: s.sector?.value)),
            ("description", text(s.description)),
            ("website", text(s.website)),
            ("address", text(s.address)),
            ("stages", strings(s.stages.map(\.value))),
            ("languages", strings(s.languages)),
            (
                "contacts",
                .array(
                    s.contacts.map { c in
                        .object([
                            ("name", text(c.name)),
                            ("role", text(c.role)),
                            ("email", text(c.email?.value)),
                            ("phone", text(c.phone?.value)),
                            ("visibility", .string(c.visibility.rawValue)),
                        ])
                    })
            ),
        ])
    }

    private static func resource(_ r: Plan.Resource, _ content: DirectoryContent) -> JSONValue {
        let provider: JSONValue =
            r.provider.map { p in
                .object([("id", .string(p.value)), ("name", .string(content.providerName(r) ?? p.value))])
            } ?? .null
        let access: JSONValue =
            r.access.map { a in
                .object([
                    ("url", text(a.url)), ("phone", text(a.phone)), ("email", text(a.email)),
                    ("address", text(a.address)),
                    ("hours", text(a.hours)),
                ])
            } ?? .null
        return .object([
            ("id", .string(r.id.value)),
            ("name", .string(DirectoryText.clean(r.name.value))),
            ("kind", .string(orNull: r.kind?.value.rawValue)),
            ("provider", provider),
            ("stages", strings(r.stages.map(\.value))),
            ("audiences", strings(r.audiences.map(\.value))),
            ("languages", strings(r.languages)),
            ("cost", text(r.cost?.rawValue)),
            ("access", access),
            ("description", text(r.description)),
        ])
    }
}
