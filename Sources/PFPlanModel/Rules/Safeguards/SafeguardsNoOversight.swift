import PFPlanLoader

enum SafeguardsNoOversight: PlanRule {
    static let description = RuleDescription(
        id: .safeguardsNoOversight, severity: .info,
        summary: "safeguards name no oversight body",
        explanation: """
            Advice: safeguards are checked best by a body outside the group, such as a human relations \
            commission or an ombudsperson. Name it under 'safeguards.oversight' (a stakeholder id).
            """,
        failing: RuleExample(
            """
            ↓safeguards:
              statement: No one is referred for their religion, ethnicity, political views or lawful speech.
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
        guard let s = context.plan.safeguards, s.oversight == nil else { return }
        findings.add(
            "the safeguards name no body that oversees them", at: context.planWideAnchor(s.keyRange),
            path: s.path.key("oversight"), target: "safeguards",
            hint: "add 'oversight:' with the stakeholder id of the overseeing body")
    }
}
