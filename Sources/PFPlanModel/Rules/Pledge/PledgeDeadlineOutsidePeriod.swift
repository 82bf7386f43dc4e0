import PFPlanLoader

enum PledgeDeadlineOutsidePeriod: PlanRule {
    static let description = RuleDescription(
        id: .pledgeDeadlineOutsidePeriod, severity: .info,
        summary: "the pledge deadline falls outside framework.period",
        explanation: """
            A pledge announces the plan, so its deadline normally falls within the plan's period. A deadline \
            outside it promises work the plan does not cover, or is a typo. Move the deadline, or widen the \
            period if the plan really runs that long.
            """,
        failing: RuleExample(
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
              deadline: ↓2027-12-31
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
            """),
        variants: ["early", "late"])

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard let deadline = context.plan.pledge?.deadline, let period = context.plan.framework.period else { return }
        let related = [
            RelatedLocation(
                range: period.range, message: "the plan's period is \(period.start.value) to \(period.end.value)")
        ]
        if deadline.value < period.start.value {
            findings.add(
                "the pledge's deadline \(deadline.value) is before the plan's period begins on \(period.start.value)",
                at: deadline, target: "pledge", related: related,
                facts: [.date("deadline", deadline.value), .date("begins", period.start.value)], variant: "early")
        } else if period.end.value < deadline.value {
            findings.add(
                "the pledge's deadline \(deadline.value) is after the plan's period ends on \(period.end.value)",
                at: deadline, target: "pledge", related: related,
                facts: [.date("deadline", deadline.value), .date("ends", period.end.value)], variant: "late")
        }
    }
}
