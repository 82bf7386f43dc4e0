import PFPlanLoader

enum SafeguardsMissing: PlanRule {
    /// The stages that work with people at risk (practice.md names them).
    static let riskStages: Set<String> = ["secondary", "tertiary"]

    static let description = RuleDescription(
        id: .safeguardsMissing, severity: .warning,
        summary: "a plan with a pathway, or with actions at secondary or tertiary stages, has no safeguards.statement",
        explanation: """
            Work with people referred for support touches civil rights: who may be referred, for what, \
            and what is never a reason. State the commitments under 'safeguards.statement' (no one is \
            referred for their religion, ethnicity, political views or lawful speech), with a complaint \
            route and a body that oversees them.
            """,
        failing: RuleExample(
            """
            ↓safeguards:
              oversight: rights-commission
              complaints: {email: concerns@example.org}
            """),
        passing: RuleExample(
            """
            safeguards:
              statement: No one is referred for their religion, ethnicity, political views or lawful speech.
              oversight: rights-commission
              complaints: {email: concerns@example.org}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        let plan = context.plan
        guard plan.safeguards?.statement == nil else { return }
        let actions = plan.actions
        let atRisk =
            !plan.pathways.isEmpty
            || actions.indices.contains { actions[$0].stage.map { riskStages.contains($0.value) } == true }
        guard atRisk else { return }
        findings.add(
            "the plan works with people at risk but states no civil-rights safeguards",
            at: context.planWideAnchor(plan.safeguards?.keyRange), path: PlanPath.root.key("safeguards"),
            target: "safeguards",
            hint: "add 'safeguards:' with a 'statement' of the commitments, a complaint route and an oversight body")
    }
}
