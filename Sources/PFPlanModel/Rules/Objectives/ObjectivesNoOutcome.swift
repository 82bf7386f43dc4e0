import PFPlanLoader

enum ObjectivesNoOutcome: PlanRule {
    static let description = RuleDescription(
        id: .objectivesNoOutcome, severity: .warning,
        summary: "an objective has no outcome indicator with a target",
        explanation: """
            An objective is measurable when an outcome indicator (what changed, not what was done) says \
            how far it should go. Indicators of an objective are outcomes unless marked 'kind: output'. \
            Give the objective an outcome indicator with a target.
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
                  indicators: [{id: referrals-made, name: Referrals made, kind: output, target: 40, collected-by: m-evaluation}]
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
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        for o in context.plan.framework.objectives
        where !o.indicators.contains(where: { $0.kind == .outcome && $0.target != nil }) {
            findings.add(
                "the objective '\(o.id.value)' has no outcome indicator with a target", at: o.id, target: o.id.value,
                hint: "add an indicator of what should change, with 'target:'",
                facts: [.id("objective", o.id.value, .objective)])
        }
    }
}
