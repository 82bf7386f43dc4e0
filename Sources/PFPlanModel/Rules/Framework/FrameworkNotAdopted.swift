import PFPlanLoader

enum FrameworkNotAdopted: PlanRule {
    static let description = RuleDescription(
        id: .frameworkNotAdopted, severity: .info,
        summary: "no framework.adopted: the plan is a draft",
        explanation: """
            A plan becomes the city's framework when the body it answers to adopts it. Until \
            'framework.adopted' gives that date, documents call the plan a draft, so that no reader \
            mistakes a proposal for a commitment. Add the date once the plan is adopted.
            """,
        failing: RuleExample(
            """
            ↓framework:
              model: default
              title: Sampleton Prevention Framework
              period: {start: 2025-01-01, end: 2026-12-31}
              objectives:
                - {id: obj-one-door, title: People of concern reach voluntary support through one door, addresses: [threat-harassment, gap-referral], indicators: [{id: referrals-supported, name: Referrals closed with a support plan, target: 70, collected-by: m-evaluation}]}
            """),
        passing: RuleExample(
            """
            framework:
              model: default
              title: Sampleton Prevention Framework
              period: {start: 2025-01-01, end: 2026-12-31}
              adopted: 2025-01-15
              objectives:
                - {id: obj-one-door, title: People of concern reach voluntary support through one door, addresses: [threat-harassment, gap-referral], indicators: [{id: referrals-supported, name: Referrals closed with a support plan, target: 70, collected-by: m-evaluation}]}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard context.plan.framework.adopted == nil else { return }
        findings.add(
            "the plan gives no adoption date: it is a draft", at: context.planWideAnchor(nil),
            path: PlanPath.root.key("framework"), target: "framework",
            hint: "add 'adopted: YYYY-MM-DD' under framework once the plan is adopted")
    }
}
