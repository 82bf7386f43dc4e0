import PFPlanLoader

enum ActionsOutsidePeriod: PlanRule {
    static let description = RuleDescription(
        id: .actionsOutsidePeriod, severity: .warning,
        summary: "an action starts before or ends after framework.period",
        explanation: """
            The plan covers a period; an action outside it is either a date typo or work the plan does \
            not fund or follow. Move the date, or widen the period.
            """,
        failing: RuleExample(
            """
            actions:
              - id: needs-assessment
                title: Needs and vulnerabilities assessment
                stage: assess
                lead: city-of-sampleton
                partners: [health-dept]
                start: 2025-01-01
                due: ↓2027-03-31
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
                start: 2025-01-01
                due: 2025-03-31
                status: done
                indicators: [{id: assessment-published, name: Assessment published, target: 1}]
            """),
        variants: ["early", "late"])

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard let period = context.plan.framework.period else { return }
        let related = [
            RelatedLocation(
                range: period.range, message: "the plan's period is \(period.start.value) to \(period.end.value)")
        ]
        let actions = context.plan.actions
        for i in actions.indices {
            if let start = actions[i].start, start.value < period.start.value {
                let id = actions[i].id.value
                findings.add(
                    "the action '\(id)' starts on \(start.value), before the plan's period begins on \(period.start.value)",
                    at: start, target: id, related: related,
                    facts: [
                        .id("action", id, .action), .date("start", start.value), .date("begins", period.start.value),
                    ], variant: "early")
            }
            if let due = actions[i].due, period.end.value < due.value {
                let id = actions[i].id.value
                findings.add(
                    "the action '\(id)' is due \(due.value), after the plan's period ends on \(period.end.value)",
                    at: due, target: id, related: related,
                    facts: [
                        .id("action", id, .action), .date("due", due.value), .date("ends", period.end.value),
                    ], variant: "late")
            }
        }
    }
}
