import PFPlanLoader

enum FrameworkReviewOverdue: PlanRule {
    static let description = RuleDescription(
        id: .frameworkReviewOverdue, severity: .warning,
        summary: "framework.review is before --as-of",
        explanation: """
            A plan names the date of its next review so that the group and the public know when it \
            will be looked at again. Once that date has passed, hold the review and set the next date. \
            The date compared against is --as-of (today by default).
            """,
        failing: RuleExample(
            """
            framework:
              model: default
              title: Sampleton Prevention Framework
              period: {start: 2025-01-01, end: 2026-12-31}
              adopted: 2025-01-15
              review: ↓2026-03-01
              objectives:
                - {id: obj-one-door, title: People of concern reach voluntary support through one door, addresses: [threat-harassment, gap-referral], indicators: [{id: referrals-supported, name: Referrals closed with a support plan, target: 70, collected-by: m-evaluation}]}
            """, asOf: "2026-06-01"),
        passing: RuleExample(
            """
            framework:
              model: default
              title: Sampleton Prevention Framework
              period: {start: 2025-01-01, end: 2026-12-31}
              adopted: 2025-01-15
              review: 2026-09-01
              objectives:
                - {id: obj-one-door, title: People of concern reach voluntary support through one door, addresses: [threat-harassment, gap-referral], indicators: [{id: referrals-supported, name: Referrals closed with a support plan, target: 70, collected-by: m-evaluation}]}
            """, asOf: "2026-06-01"))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard let review = context.plan.framework.review, review.value < context.asOf else { return }
        findings.add(
            "the plan's review was due on \(review.value) (as of \(context.asOf))", at: review, target: "framework",
            hint: "hold the review, then set 'review:' to the next date", facts: [.date("review", review.value)])
    }
}
