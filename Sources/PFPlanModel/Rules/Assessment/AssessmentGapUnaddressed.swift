import PFPlanLoader

enum AssessmentGapUnaddressed: PlanRule {
    static let description = RuleDescription(
        id: .assessmentGapUnaddressed, severity: .warning,
        summary: "no action or objective addresses a service gap",
        explanation: """
            A service gap the assessment found and no objective or action closes stays open. Give the \
            gap an id and name it under 'addresses' of an objective or action.
            """,
        failing: RuleExample(
            """
            assessment:
              threats:
                - {id: threat-harassment, title: Harassment of religious minorities, trend: rising}
              groups-at-risk: [religious-minorities, youth]
              service-gaps:
                - {id: gap-referral, title: No single route into referral services, stage: secondary}
                - {id: ↓gap-spanish, title: No Spanish-language crisis line, stage: secondary}
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
                - {id: obj-one-door, title: People of concern reach voluntary support through one door, addresses: [threat-harassment, gap-referral, gap-spanish], indicators: [{id: referrals-supported, name: Referrals closed with a support plan, target: 70, collected-by: m-evaluation}]}
            assessment:
              threats:
                - {id: threat-harassment, title: Harassment of religious minorities, trend: rising}
              groups-at-risk: [religious-minorities, youth]
              service-gaps:
                - {id: gap-referral, title: No single route into referral services, stage: secondary}
                - {id: gap-spanish, title: No Spanish-language crisis line, stage: secondary}
              consultation:
                - {id: listening-sessions, title: Listening sessions with congregations, with: [interfaith-council]}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard let gaps = context.plan.assessment?.serviceGaps, !gaps.isEmpty else { return }
        findings.addUnaddressed(
            gaps, addressed: context.addressedIDs, noun: "service gap", fact: "gap", thing: .serviceGap,
            remedy: "closes")
    }
}
