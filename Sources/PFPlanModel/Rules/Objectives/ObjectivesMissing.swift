import PFPlanLoader

enum ObjectivesMissing: PlanRule {
    static let description = RuleDescription(
        id: .objectivesMissing, severity: .warning,
        summary: "the plan has no framework.objectives",
        explanation: """
            A plan states what it will achieve as measurable objectives, each with outcome indicators, \
            so that the group, the council and funders can tell whether it works. Actions alone say what \
            will be done, not what should change. Add objectives under 'framework.objectives'.
            """,
        failing: RuleExample(
            """
            ↓framework:
              model: default
              title: Sampleton Prevention Framework
              period: {start: 2025-01-01, end: 2026-12-31}
              adopted: 2025-01-15
            actions:
              - id: referral-pathway
                title: Referral pathway for people at risk
                stage: secondary
                lead: clinic
                addresses: [gap-referral, threat-harassment]
                indicators: [{id: referrals-assessed, name: Referrals assessed, target: 20, collected-by: clinic}]
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
            actions:
              - id: referral-pathway
                title: Referral pathway for people at risk
                stage: secondary
                lead: clinic
                objectives: [obj-one-door]
                indicators: [{id: referrals-assessed, name: Referrals assessed, target: 20, collected-by: clinic}]
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        let framework = context.plan.framework
        guard framework.objectives.isEmpty else { return }
        findings.add(
            "the plan states no measurable objectives", at: context.planWideAnchor(framework.objectivesKeyRange),
            path: PlanPath.root.key("framework").key("objectives"), target: "framework",
            hint: "add 'objectives:' under framework, each with an outcome indicator and a target")
    }
}
