import PFPlanLoader

enum ActionsNoIndicator: PlanRule {
    static let description = RuleDescription(
        id: .actionsNoIndicator, severity: .warning,
        summary: "an action has no indicator",
        explanation: """
            Monitoring and evaluation need a figure for every action: what will show that it happened \
            and made a difference. Add at least one indicator with a baseline and a target.
            """,
        failing: RuleExample(
            """
            actions:
              - id: ↓needs-assessment
                title: Needs and vulnerabilities assessment
                stage: assess
                lead: city-of-sampleton
                partners: [health-dept]
            """),
        passing: RuleExample(
            """
            actions:
              - id: needs-assessment
                title: Needs and vulnerabilities assessment
                stage: assess
                lead: city-of-sampleton
                partners: [health-dept]
                indicators: [{id: assessment-published, name: Assessment published, target: 1}]
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        let actions = context.plan.actions
        for i in actions.indices where actions[i].indicators.isEmpty {
            let id = actions[i].id
            findings.add(
                "the action '\(id.value)' has no indicator", at: id, target: id.value,
                hint: "add 'indicators:' with at least one {id, name, target}",
                facts: [.id("action", id.value, .action)])
        }
    }
}
