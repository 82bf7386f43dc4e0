import PFPlanLoader

enum IndicatorsNoOwner: PlanRule {
    static let description = RuleDescription(
        id: .indicatorsNoOwner, severity: .info,
        summary: "an indicator has no collected-by",
        explanation: """
            Advice: figures are collected when someone is responsible for them. Name under \
            'collected-by' the member or stakeholder who gathers the indicator's figures, and say how \
            often under 'frequency'.
            """,
        failing: RuleExample(
            """
            actions:
              - id: referral-pathway
                title: Referral pathway for people at risk
                stage: secondary
                lead: clinic
                objectives: [obj-one-door]
                indicators: [{id: ↓referrals-assessed, name: Referrals assessed, target: 20}]
            """),
        passing: RuleExample(
            """
            actions:
              - id: referral-pathway
                title: Referral pathway for people at risk
                stage: secondary
                lead: clinic
                objectives: [obj-one-door]
                indicators: [{id: referrals-assessed, name: Referrals assessed, target: 20, collected-by: clinic, frequency: quarterly}]
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        func check(_ indicators: [Plan.Indicator]) {
            for i in indicators where i.collectedBy == nil {
                findings.add(
                    "no one is named to collect the figures of the indicator '\(i.id.value)'", at: i.id,
                    target: i.id.value,
                    hint: "add 'collected-by:' with a member or stakeholder id",
                    facts: [.id("indicator", i.id.value, .indicator)])
            }
        }
        for o in context.plan.framework.objectives { check(o.indicators) }
        let actions = context.plan.actions
        for a in actions.indices { check(actions[a].indicators) }
    }
}
