import PFPlanLoader

enum PathwaysNoConsent: PlanRule {
    static let description = RuleDescription(
        id: .pathwaysNoConsent, severity: .warning,
        summary: "a pathway has no consent",
        explanation: """
            Support through a referral pathway is voluntary: people referred are told what happens and \
            agree to it. Say under 'consent' how consent is sought and what happens without it, so that \
            every partner on the team works to the same rule.
            """,
        failing: RuleExample(
            """
            pathways:
              - id: ↓one-door
                title: One Door referral
                stage: secondary
                intake: clinic
                team: [clinic, family-services]
                agreement: isa-one-door
            """),
        passing: RuleExample(
            """
            pathways:
              - id: one-door
                title: One Door referral
                stage: secondary
                intake: clinic
                team: [clinic, family-services]
                consent: Support is voluntary; without consent, no information is shared.
                agreement: isa-one-door
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        for p in context.plan.pathways where p.consent == nil {
            findings.add(
                "the pathway '\(p.id.value)' does not say how consent is sought", at: p.id, target: p.id.value,
                hint: "add 'consent:': how consent is asked for, and what happens without it",
                facts: [.id("pathway", p.id.value, .pathway)])
        }
    }
}
