import PFPlanLoader

enum ActionsIndicatorNoTarget: PlanRule {
    static let description = RuleDescription(
        id: .actionsIndicatorNoTarget, severity: .warning,
        summary: "an indicator has no target",
        explanation: """
            An indicator without a target measures but cannot say whether the action succeeded. Add the \
            figure the group aims for.
            """,
        failing: RuleExample(
            """
            actions:
              - id: needs-assessment
                title: Needs and vulnerabilities assessment
                stage: assess
                lead: city-of-sampleton
                partners: [health-dept]
                indicators: [{id: ↓assessment-published, name: Assessment published}]
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
        for a in actions.indices {
            for i in actions[a].indicators where i.target == nil {
                findings.add(
                    "the indicator '\(i.id.value)' of '\(actions[a].id.value)' has no target", at: i.id,
                    target: i.id.value,
                    hint: "add 'target:' with the figure the group aims for",
                    facts: [.id("indicator", i.id.value, .indicator), .id("action", actions[a].id.value, .action)])
            }
        }
    }
}
