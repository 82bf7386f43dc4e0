import PFPlanLoader

/// Waiver findings are emitted by `WaiverIndex`, as the rules' findings are matched.
enum WaiversNoReason: PlanRule {
    static let description = RuleDescription(
        id: .waiversNoReason, severity: .error,
        summary: "a waiver without a reason",
        explanation: """
            A waiver records a decision of the group, and the rendered plan shows it with its reason. \
            Without a reason it hides a finding without saying why, so it is not applied.
            """,
        failing: RuleExample(
            """
            waivers:
              - ↓{rule: coverage/audience-unserved, target: online-communities}
            """),
        passing: RuleExample(
            """
            waivers:
              - {rule: actions/overdue, target: needs-assessment, reason: Published late; accepted by the group on 2025-07-01.}
            """, asOf: "2025-09-01"))
}

enum WaiversUnused: PlanRule {
    static let description = RuleDescription(
        id: .waiversUnused, severity: .warning,
        summary: "a waiver that matches no finding",
        explanation: """
            The finding the waiver was written for is gone (the plan was fixed, or the target is \
            misspelt). Remove the waiver, or correct its rule or target.
            """,
        failing: RuleExample(
            """
            waivers:
              - {rule: ↓coverage/stage-no-actions, target: tertiary, reason: Led by the county.}
            """),
        passing: RuleExample(
            """
            waivers: []
            """))
}

enum WaiversExpired: PlanRule {
    static let description = RuleDescription(
        id: .waiversExpired, severity: .info,
        summary: "a waiver past its until date (the finding is shown again)",
        explanation: """
            A waiver with 'until' is a decision for a time. After that date the finding returns, so that \
            the group looks at it again; renew the date or fix the plan.
            """,
        failing: RuleExample(
            """
            actions:
              - id: needs-assessment
                title: Needs and vulnerabilities assessment
                stage: assess
                lead: city-of-sampleton
                partners: [health-dept]
                due: 2025-06-30
                status: in-progress
                indicators: [{id: assessment-published, name: Assessment published, target: 1}]
            waivers:
              - {rule: actions/overdue, target: needs-assessment, reason: Data arrives late., until: ↓2025-08-31}
            """, asOf: "2025-09-01"),
        passing: RuleExample(
            """
            actions:
              - id: needs-assessment
                title: Needs and vulnerabilities assessment
                stage: assess
                lead: city-of-sampleton
                partners: [health-dept]
                due: 2025-06-30
                status: in-progress
                indicators: [{id: assessment-published, name: Assessment published, target: 1}]
            waivers:
              - {rule: actions/overdue, target: needs-assessment, reason: Data arrives late., until: 2025-12-31}
            """, asOf: "2025-09-01"))
}
