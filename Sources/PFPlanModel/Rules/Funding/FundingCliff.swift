import PFPlanLoader

enum FundingCliff: PlanRule {
    static let description = RuleDescription(
        id: .fundingCliff, severity: .warning,
        summary: "an action's due is after the end of every funding source it names",
        explanation: """
            Work that outlasts its money stops when the grant ends. When an action is due after the \
            'end' of every source it names, find funding that lasts, or plan for the gap.
            """,
        failing: RuleExample(
            """
            actions:
              - id: ↓referral-pathway
                title: Referral pathway for people at risk
                stage: secondary
                lead: clinic
                objectives: [obj-one-door]
                due: 2026-06-30
                funding: [fund-grant]
                indicators: [{id: referrals-assessed, name: Referrals assessed, target: 20, collected-by: clinic}]
            funding:
              - {id: fund-grant, source: State prevention grant, kind: state, start: 2025-01-01, end: 2025-12-31, status: awarded}
            """),
        passing: RuleExample(
            """
            actions:
              - id: referral-pathway
                title: Referral pathway for people at risk
                stage: secondary
                lead: clinic
                objectives: [obj-one-door]
                due: 2026-06-30
                funding: [fund-grant, fund-city]
                indicators: [{id: referrals-assessed, name: Referrals assessed, target: 20, collected-by: clinic}]
            funding:
              - {id: fund-grant, source: State prevention grant, kind: state, start: 2025-01-01, end: 2025-12-31, status: awarded}
              - {id: fund-city, source: City general fund, kind: city, start: 2025-01-01, end: 2026-12-31, status: committed}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        let plan = context.plan
        guard !plan.funding.isEmpty else { return }
        var ends: [String: CalendarDate?] = [:]
        for f in plan.funding where ends[f.id.value] == nil { ends[f.id.value] = f.end?.value }
        let actions = plan.actions
        for a in actions.indices where !actions[a].funding.isEmpty {
            guard let due = actions[a].due?.value else { continue }
            // Unknown ids are refs/unknown's; a source with no end lasts.
            let named = actions[a].funding.compactMap { ends[$0.value] }
            guard !named.isEmpty, named.allSatisfy({ $0 != nil && $0! < due }) else { continue }
            let last = named.compactMap { $0 }.max()!
            let id = actions[a].id
            findings.add(
                "the action '\(id.value)' is due \(due), after its funding ends (\(last))", at: id, target: id.value,
                hint: "find funding that lasts until the action is due, or move its due date",
                facts: [.id("action", id.value, .action), .date("due", due), .date("end", last)])
        }
    }
}
