import PFPlanLoader

enum ActionsDates: PlanRule {
    static let description = RuleDescription(
        id: .actionsDates, severity: .error,
        summary: "due is before start",
        explanation: """
            An action cannot end before it begins; one of the two dates is wrong (often a swapped month \
            and day, or last year's date). The timeline cannot be drawn until it is fixed.
            """,
        failing: RuleExample(
            """
            actions:
              - id: needs-assessment
                title: Needs and vulnerabilities assessment
                stage: assess
                lead: city-of-sampleton
                partners: [health-dept]
                start: 2025-06-01
                due: ↓2025-01-31
                status: done
                indicators: [{id: assessment-published, name: Assessment published, target: 1}]
            """),
        passing: RuleExample(
            """
            actions:
              - id: needs-assessment
                title: Needs and vulnerabilities assessment
                stage: assess
                lead: city-of-sampleton
                partners: [health-dept]
                start: 2025-01-31
                due: 2025-06-01
                status: done
                indicators: [{id: assessment-published, name: Assessment published, target: 1}]
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        let actions = context.plan.actions
        for i in actions.indices {
            guard let start = actions[i].start, let due = actions[i].due, due.value < start.value else { continue }
            let id = actions[i].id.value
            findings.add(
                "the action '\(id)' is due \(due.value), before it starts on \(start.value)", at: due,
                target: id, related: [RelatedLocation(range: start.range, message: "the start date is here")],
                facts: [.id("action", id, .action), .date("due", due.value), .date("start", start.value)])
        }
    }
}
