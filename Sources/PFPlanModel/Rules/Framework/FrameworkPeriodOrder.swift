import PFPlanLoader

enum FrameworkPeriodOrder: PlanRule {
    static let description = RuleDescription(
        id: .frameworkPeriodOrder, severity: .error,
        summary: "period.end is before period.start",
        explanation: """
            A plan whose period ends before it starts cannot be drawn on a timeline, and every action \
            falls outside it. The two dates are usually swapped, or the end's year is a typo.
            """,
        failing: RuleExample(
            """
            framework:
              model: default
              title: Sampleton Prevention Framework
              period: {start: 2025-01-01, end: ↓2024-12-31}
              adopted: 2025-01-15
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
        guard let period = context.plan.framework.period, period.end.value < period.start.value else { return }
        findings.add(
            "the plan's period ends on \(period.end.value), before it starts on \(period.start.value)", at: period.end,
            target: "framework", hint: "swap the dates, or correct the end's year",
            facts: [.date("end", period.end.value), .date("start", period.start.value)])
    }
}
