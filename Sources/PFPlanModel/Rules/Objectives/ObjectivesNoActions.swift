import PFPlanLoader

enum ObjectivesNoActions: PlanRule {
    static let description = RuleDescription(
        id: .objectivesNoActions, severity: .warning,
        summary: "no action serves an objective",
        explanation: """
            An objective that no action works towards is a wish. Name it under 'objectives' of the \
            actions that serve it, or add an action.
            """,
        failing: RuleExample(
            """
            framework:
              model: default
              title: Sampleton Prevention Framework
              period: {start: 2025-01-01, end: 2026-12-31}
              adopted: 2025-01-15
              objectives:
                - id: ↓obj-one-door
                  title: People of concern reach voluntary support through one door
                  addresses: [threat-harassment, gap-referral]
                  indicators: [{id: referrals-supported, name: Referrals closed with a support plan, target: 70, collected-by: m-evaluation}]
            actions:
              - id: referral-pathway
                title: Referral pathway for people at risk
                stage: secondary
                lead: clinic
                indicators: [{id: referrals-assessed, name: Referrals assessed, target: 20, collected-by: clinic}]
            """),
        passing: RuleExample(
            """
            framework:
              model: default
              title: Sampleton Prevention Framework
              period: {start: 2025-01-01, end: 2026-12-31}
              adopted: 2025-01-15
              objectives:
                - id: obj-one-door
                  title: People of concern reach voluntary support through one door
                  addresses: [threat-harassment, gap-referral]
                  indicators: [{id: referrals-supported, name: Referrals closed with a support plan, target: 70, collected-by: m-evaluation}]
            actions:
              - id: referral-pathway
                title: Referral pathway for people at risk
                stage: secondary
                lead: clinic
                objectives: [obj-one-door]
                indicators: [{id: referrals-assessed, name: Referrals assessed, target: 20, collected-by: clinic}]
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        let objectives = context.plan.framework.objectives
        guard !objectives.isEmpty else { return }
        var served = Set<String>()
        let actions = context.plan.actions
        for i in actions.indices { actions[i].objectives.forEach { served.insert($0.value) } }
        for o in objectives where !served.contains(o.id.value) {
            findings.add(
                "no action serves the objective '\(o.id.value)'", at: o.id, target: o.id.value,
                hint: "list '\(o.id.value)' under 'objectives' of the actions that work towards it",
                facts: [.id("objective", o.id.value, .objective)])
        }
    }
}
