import PFPlanModel

/// A placeholder (a name or title still holding the starter's `TODO`) never
/// shows as a provider, a member or coverage (document.md, practice.md).
/// Render works from a copy of the plan without them: the stakeholders,
/// resources, actions and pathways are left out, and a member seat becomes
/// a vacant seat (no name, title or contact), so every output of the city
/// (pages, pictures, calendar, directory files) and every count agree.
/// `draft/placeholder` still reports each of them under "open points".
enum Placeholders {
    static func removed(from plan: Plan) -> Plan {
        var out = plan
        out.stakeholders.removeAll { $0.isPlaceholder }
        out.resources.removeAll { $0.isPlaceholder }
        out.actions.removeAll { $0.isPlaceholder }
        out.pathways.removeAll { $0.isPlaceholder }
        if var leadership = out.leadership {
            for i in leadership.members.indices where leadership.members[i].isPlaceholder {
                leadership.members[i].name = nil
                leadership.members[i].title = nil
                leadership.members[i].contact = nil
            }
            out.leadership = leadership
        }
        return out
    }
}
