import PFPlanLoader

enum ActionsOverdue: PlanRule {
    static let description = RuleDescription(
        id: .actionsOverdue, severity: .warning,
        summary: "due is before --as-of and the status is not done or dropped",
        explanation: """
            An action past its due date that is neither done nor dropped needs a decision: update its \
            status, or move its due date. The date compared against is --as-of (today by default).
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
                due: ↓2025-06-30
                status: in-progress
                indicators: [{id: assessment-published, name: Assessment published, target: 1}]
            """, asOf: "2025-09-01"),
        passing: RuleExample(
            """
            actions:
              - id: needs-assessment
                title: Needs and vulnerabilities assessment
                stage: assess
                lead: city-of-sampleton
                partners: [health-dept]
                start: 2025-01-01
                due: 2025-06-30
                status: done
                indicators: [{id: assessment-published, name: Assessment published, target: 1}]
            """, asOf: "2025-09-01"))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        let actions = context.plan.actions
        for i in actions.indices where actions[i].isOpen {
            guard let due = actions[i].due, due.value < context.asOf else { continue }
            let status = actions[i].status?.value ?? .planned
            let id = actions[i].id.value
            findings.add(
                "the action '\(id)' was due \(due.value) and is still \(status) as of \(context.asOf)",
                at: due, target: id, hint: "set 'status: done' or 'dropped', or move the due date",
                facts: [
                    .id("action", id, .action), .date("due", due.value),
                    .count("days", context.asOf.daysSinceEpoch - due.value.daysSinceEpoch),
                    .word("status", .actionStatus, status.rawValue),
                ])
        }
    }
}
