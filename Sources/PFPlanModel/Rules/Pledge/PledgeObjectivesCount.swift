import PFPlanLoader

enum PledgeObjectivesCount: PlanRule {
    static let description = RuleDescription(
        id: .pledgeObjectivesCount, severity: .warning,
        summary: "more than three GCM objectives (the form asks for the main three)",
        explanation: """
            The GCM pledge form asks for the main three objectives a pledge serves. A longer list dilutes \
            the pledge and is cut when the form is filed. Keep the three the plan serves most directly, and \
            name the others in the description; or waive this finding (target: pledge) when the group wants \
            every objective listed.
            """,
        failing: RuleExample(
            """
            pledge:
              title: Sampleton Welcoming Pledge
              entity: City of Sampleton
              country: US
              objectives: [7, 15, 16, ↓23]
              description: >-
                Sampleton will open a one-stop welcome centre for newcomers, translate the city's
                essential services into the five most spoken languages, train front-line staff in
                culturally responsive service and fund resident-led welcoming events in every ward,
                so that immigrants and long-time residents can reach the same services and build
                trust in one another over the plan's two years.
              deadline: 2026-12-31
            """),
        passing: RuleExample(
            """
            pledge:
              title: Sampleton Welcoming Pledge
              entity: City of Sampleton
              country: US
              objectives: [7, 15, 16]
              description: >-
                Sampleton will open a one-stop welcome centre for newcomers, translate the city's
                essential services into the five most spoken languages, train front-line staff in
                culturally responsive service and fund resident-led welcoming events in every ward,
                so that immigrants and long-time residents can reach the same services and build
                trust in one another over the plan's two years.
              deadline: 2026-12-31
            """))

    /// The form's limit; beyond it the extra objectives are the finding.
    static let mainObjectives = 3

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard let pledge = context.plan.pledge, pledge.objectives.count > mainObjectives else { return }
        let all = pledge.objectives.map { String($0.value) }.joined(separator: ", ")
        let first = pledge.objectives[mainObjectives]
        findings.add(
            "the pledge names \(pledge.objectives.count) GCM objectives (\(all)); the form asks for the main three",
            at: first, target: "pledge",
            hint: "keep the three main objectives and name the others in the description",
            facts: [
                .count("count", pledge.objectives.count),
                .list("objectives", pledge.objectives.map { .number(Double($0.value), .none) }),
                .count("main", mainObjectives),
            ])
    }
}
