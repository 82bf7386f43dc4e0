import PFPlanModel

/// A placeholder (a name or title still holding the starter's `TODO`) never
/// shows as a provider, a member or coverage (document.md, practice.md).
/// Render works from a copy of the plan without them: every named entry
/// whose name or title holds the marker is left out (stakeholders,
/// resources, actions, pathways, objectives, threats, gaps, assets,
/// consultations, learning sessions, agreements, funding sources), and a
/// member seat becomes a vacant seat (no name, title or contact), so every
/// output of the city (pages, pictures, calendar, directory files) and
/// every count agree. Free text that holds the marker (a statement of
/// need still to write) is shown as it is: the draft banner says so, and
/// `draft/placeholder` reports each under "open points".
enum Placeholders {
    static func removed(from plan: Plan) -> Plan {
        var out = plan
        func marked(_ text: String) -> Bool { Placeholder.marks(text) }
        out.stakeholders.removeAll { $0.isPlaceholder }
        out.resources.removeAll { $0.isPlaceholder }
        out.actions.removeAll { $0.isPlaceholder }
        out.pathways.removeAll { $0.isPlaceholder }
        out.framework.objectives.removeAll { marked($0.title.value) }
        out.agreements.removeAll { marked($0.title.value) }
        out.funding.removeAll { marked($0.source.value) }
        if var assessment = out.assessment {
            assessment.threats.removeAll { marked($0.title) }
            assessment.serviceGaps.removeAll { marked($0.title) }
            assessment.assets.removeAll { marked($0.title) }
            assessment.consultations.removeAll { marked($0.title) }
            out.assessment = assessment
        }
        out.leadership?.learning.removeAll { marked($0.title.value) }
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
