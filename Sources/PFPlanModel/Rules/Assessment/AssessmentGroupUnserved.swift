import PFPlanLoader

enum AssessmentGroupUnserved: PlanRule {
    static let description = RuleDescription(
        id: .assessmentGroupUnserved, severity: .warning,
        summary: "a group at risk is the audience of no action",
        explanation: """
            The assessment names the groups at risk; an action should reach each of them. List the \
            group under 'audiences' of the actions that serve it.
            """,
        failing: RuleExample(
            """
            assessment:
              threats:
                - {id: threat-harassment, title: Harassment of religious minorities, trend: rising}
              groups-at-risk: [religious-minorities, youth, ↓lgbtq]
              service-gaps:
                - {id: gap-referral, title: No single route into referral services, stage: secondary}
              consultation:
                - {id: listening-sessions, title: Listening sessions with congregations, with: [interfaith-council]}
            """),
        passing: RuleExample(
            """
            assessment:
              threats:
                - {id: threat-harassment, title: Harassment of religious minorities, trend: rising}
              groups-at-risk: [religious-minorities, youth]
              service-gaps:
                - {id: gap-referral, title: No single route into referral services, stage: secondary}
              consultation:
                - {id: listening-sessions, title: Listening sessions with congregations, with: [interfaith-council]}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard let groups = context.plan.assessment?.groupsAtRisk, !groups.isEmpty else { return }
        var served = Set<String>()
        let actions = context.plan.actions
        for i in actions.indices { actions[i].audiences.forEach { served.insert($0.value) } }
        for g in groups where !served.contains(g.value) {
            let title = context.model.audience(g.value)?.title ?? g.value
            findings.add(
                "no action serves the group at risk '\(g.value)' (\(title))", at: g, target: g.value,
                hint: "list '\(g.value)' under 'audiences' of an action that serves it",
                facts: [.term("group", .audience, g.value)])
        }
    }
}
