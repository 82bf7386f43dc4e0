import PFPlanLoader

enum PledgeDescriptionLength: PlanRule {
    static let description = RuleDescription(
        id: .pledgeDescriptionLength, severity: .warning,
        summary: "the description is shorter than 300 or longer than 3,000 characters",
        explanation: """
            The pledge form takes a description of 300 to 3,000 characters: shorter, it cannot say what \
            the city will do; longer, the form refuses it. The form has no field for the expected impact, \
            so `pfplan pledge` writes it into the description, under "Expected Impact:", and the count is \
            of that whole text, as the form counts it. Characters are counted as a reader sees them, \
            after leading and trailing blank space, with each line break as one. A pledge without a \
            description is reported too, as 0 characters.
            """,
        failing: RuleExample(
            """
            pledge:
              title: Sampleton Welcoming Pledge
              entity: City of Sampleton
              country: US
              objectives: [7, 15, 16]
              description: ↓Sampleton will open a welcome centre for newcomers.
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
            """),
        variants: ["missing", "short", "long"])

    static let range = 300...3000

    /// What the form would count: the text without surrounding blank space.
    static func length(of text: String) -> Int {
        text.trimmingBlankSpace().count
    }

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard let pledge = context.plan.pledge else { return }
        guard let text = pledge.description else {
            var at = pledge.range
            at.end = at.start
            findings.add(
                "the pledge has no description; the form needs \(range.lowerBound) to 3,000 characters", at: at,
                path: pledge.path.key("description"), target: "pledge",
                hint: "add 'description:' saying what the city will do, for whom, and by when",
                facts: [.count("minimum", range.lowerBound), .count("maximum", range.upperBound)], variant: "missing")
            return
        }
        let n = length(of: pledge.formDescription ?? text.value)
        let withImpact = pledge.expectedImpact.isEmpty ? "" : ", with the expected impact,"
        if n < range.lowerBound {
            findings.add(
                "the pledge's description\(withImpact) has \(counted(n, "character")); the form needs at least \(range.lowerBound)",
                at: text,
                target: "pledge", hint: "say what the city will do, for whom, with whom and by when",
                facts: [.count("characters", n), .count("minimum", range.lowerBound)], variant: "short")
        } else if n > range.upperBound {
            findings.add(
                "the pledge's description\(withImpact) has \(counted(n, "character")); the form takes at most 3,000",
                at: text,
                target: "pledge", hint: "shorten it, and keep the details in the plan's actions",
                facts: [.count("characters", n), .count("maximum", range.upperBound)], variant: "long")
        }
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    func trimmingBlankSpace() -> Substring {
        var s = self[...]
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return s
    }
}
