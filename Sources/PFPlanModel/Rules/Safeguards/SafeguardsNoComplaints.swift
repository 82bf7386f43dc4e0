import PFPlanLoader

enum SafeguardsNoComplaints: PlanRule {
    static let description = RuleDescription(
        id: .safeguardsNoComplaints, severity: .warning,
        summary:
            "a safeguards block gives no complaint route (email, phone or url); without the block, only safeguards/missing fires",
        explanation: """
            Commitments hold when anyone can complain that they were broken. Give a complaint route \
            under 'safeguards.complaints' (an email, a phone or a web form). It is public by nature: \
            it appears in every edition of the document.
            """,
        failing: RuleExample(
            """
            ↓safeguards:
              statement: No one is referred for their religion, ethnicity, political views or lawful speech.
              oversight: rights-commission
            """),
        passing: RuleExample(
            """
            safeguards:
              statement: No one is referred for their religion, ethnicity, political views or lawful speech.
              oversight: rights-commission
              complaints: {email: concerns@example.org, url: https://example.org/concerns}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard let s = context.plan.safeguards, s.complaints?.isEmpty ?? true else { return }
        findings.add(
            "the safeguards give no way to complain", at: context.planWideAnchor(s.keyRange),
            path: s.path.key("complaints"), target: "safeguards",
            hint: "add 'complaints:' with an email, phone or url")
    }
}
