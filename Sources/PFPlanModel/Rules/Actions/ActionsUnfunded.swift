import PFPlanLoader

enum ActionsUnfunded: PlanRule {
    static let description = RuleDescription(
        id: .actionsUnfunded, severity: .info,
        summary: "an action with a budget names no funding source",
        explanation: """
            Advice: a budget says what an action costs, not who pays. Name the sources under 'funding' \
            (ids of the plan's 'funding' list), so that the plan shows which work depends on which \
            grant or allocation.
            """,
        failing: RuleExample(
            """
            actions:
              - id: ↓referral-pathway
                title: Referral pathway for people at risk
                stage: secondary
                lead: clinic
                objectives: [obj-one-door]
                budget: {amount: 40000, currency: USD}
                indicators: [{id: referrals-assessed, name: Referrals assessed, target: 20, collected-by: clinic}]
            """),
        passing: RuleExample(
            """
            actions:
              - id: referral-pathway
                title: Referral pathway for people at risk
                stage: secondary
                lead: clinic
                objectives: [obj-one-door]
                budget: {amount: 40000, currency: USD}
                funding: [fund-city]
                indicators: [{id: referrals-assessed, name: Referrals assessed, target: 20, collected-by: clinic}]
            funding:
              - {id: fund-city, source: City general fund, kind: city, start: 2025-01-01, end: 2026-12-31, status: committed}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        let actions = context.plan.actions
        for a in actions.indices where actions[a].budget != nil && actions[a].funding.isEmpty {
            let id = actions[a].id
            findings.add(
                "the action '\(id.value)' has a budget but names no funding source", at: id, target: id.value,
                hint: "add 'funding:' with the ids of the sources that pay for it",
                facts: [.id("action", id.value, .action)])
        }
    }
}
