import PFPlanLoader

enum ActionsDoneWithoutActual: PlanRule {
    static let description = RuleDescription(
        id: .actionsDoneWithoutActual, severity: .warning,
        summary: "an action is done and one of its indicators has no actual",
        explanation: """
            A finished action is reported with what it achieved: each of its indicators needs the \
            figure reached under 'actual', or the report cannot say whether it met its target.
            """,
        failing: RuleExample(
            """
            actions:
              - id: referral-pathway
                title: Referral pathway for people at risk
                stage: secondary
                lead: clinic
                objectives: [obj-one-door]
                status: done
                indicators: [{id: ↓referrals-assessed, name: Referrals assessed, target: 20, collected-by: clinic}]
            """),
        passing: RuleExample(
            """
            actions:
              - id: referral-pathway
                title: Referral pathway for people at risk
                stage: secondary
                lead: clinic
                objectives: [obj-one-door]
                status: done
                indicators: [{id: referrals-assessed, name: Referrals assessed, target: 20, actual: 24, collected-by: clinic}]
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        let actions = context.plan.actions
        for a in actions.indices where actions[a].status?.value == .done {
            for i in actions[a].indicators where i.actual == nil {
                findings.add(
                    "the action '\(actions[a].id.value)' is done but its indicator '\(i.id.value)' has no actual figure",
                    at: i.id, target: i.id.value, hint: "add 'actual:' with the figure reached",
                    facts: [.id("action", actions[a].id.value, .action), .id("indicator", i.id.value, .indicator)])
            }
        }
    }
}
