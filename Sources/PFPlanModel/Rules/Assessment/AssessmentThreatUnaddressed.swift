import PFPlanLoader

enum AssessmentThreatUnaddressed: PlanRule {
    static let description = RuleDescription(
        id: .assessmentThreatUnaddressed, severity: .warning,
        summary:
            "no action or objective addresses a threat (a threat without an id cannot be addressed; the hint says so)",
        explanation: """
            The assessment names the threats the plan exists to answer. A threat that no objective or \
            action addresses is a gap between what the city found and what it will do. Give the threat \
            an id and name it under 'addresses' of an objective or action.
            """,
        failing: RuleExample(
            """
            assessment:
              threats:
                - {id: threat-harassment, title: Harassment of religious minorities, trend: rising}
                - {id: ↓threat-online, title: Online recruitment of young people, trend: rising}
              groups-at-risk: [religious-minorities, youth]
              service-gaps:
                - {id: gap-referral, title: No single route into referral services, stage: secondary}
              consultation:
                - {id: listening-sessions, title: Listening sessions with congregations, with: [interfaith-council]}
            """),
        passing: RuleExample(
            """
            framework:
              model: default
              title: Sampleton Prevention Framework
              period: {start: 2025-01-01, end: 2026-12-31}
              adopted: 2025-01-15
              objectives:
                - {id: obj-one-door, title: People of concern reach voluntary support through one door, addresses: [threat-harassment, gap-referral, threat-online], indicators: [{id: referrals-supported, name: Referrals closed with a support plan, target: 70, collected-by: m-evaluation}]}
            assessment:
              threats:
                - {id: threat-harassment, title: Harassment of religious minorities, trend: rising}
                - {id: threat-online, title: Online recruitment of young people, trend: rising}
              groups-at-risk: [religious-minorities, youth]
              service-gaps:
                - {id: gap-referral, title: No single route into referral services, stage: secondary}
              consultation:
                - {id: listening-sessions, title: Listening sessions with congregations, with: [interfaith-council]}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard let threats = context.plan.assessment?.threats, !threats.isEmpty else { return }
        findings.addUnaddressed(
            threats, addressed: context.addressedIDs, noun: "threat", fact: "threat", thing: .threat, remedy: "answers")
    }
}

extension RuleContext {
    /// Ids named under `addresses` by an objective or an action.
    var addressedIDs: Set<String> {
        var out = Set<String>()
        for o in plan.framework.objectives { o.addresses.forEach { out.insert($0.value) } }
        let actions = plan.actions
        for i in actions.indices { actions[i].addresses.forEach { out.insert($0.value) } }
        return out
    }
}

/// An entry of the assessment that objectives and actions name under
/// `addresses`: a threat or a service gap.
protocol AddressableEntry {
    var id: Located<String>? { get }
    var anchor: SourceRange { get }
    var path: PlanPath { get }
    var title: String { get }
}

extension Plan.Threat: AddressableEntry {}
extension Plan.ServiceGap: AddressableEntry {}

extension Findings {
    /// The check `assessment/threat-unaddressed` and
    /// `assessment/gap-unaddressed` share: an entry without an id (nothing
    /// can name it), and an entry that no objective or action names under
    /// `addresses`. `remedy` is what the addressing work does to the entry
    /// ("answers" a threat, "closes" a gap).
    mutating func addUnaddressed<Entry: AddressableEntry>(
        _ entries: [Entry], addressed: Set<String>, noun: String, fact: String, thing: Fact.Thing, remedy: String
    ) {
        for e in entries {
            guard let id = e.id else {
                add(
                    "the \(noun) '\(e.title)' has no id, so no objective or action can address it", at: e.anchor,
                    path: e.path, target: nil,
                    hint: "give the \(noun) an 'id:' and name it under 'addresses' of an objective or action",
                    facts: [Fact(fact, .title(e.title, thing))])
                continue
            }
            guard !addressed.contains(id.value) else { continue }
            add(
                "no objective or action addresses the \(noun) '\(id.value)'", at: id, target: id.value,
                hint: "name '\(id.value)' under 'addresses' of an objective or action that \(remedy) it",
                facts: [.id(fact, id.value, thing)])
        }
    }
}
