import PFPlanLoader

enum DraftPlaceholder: PlanRule {
    static let description = RuleDescription(
        id: .draftPlaceholder, severity: .warning,
        summary:
            "text still holds the TODO marker: one finding at the first, saying how many, the next ones (up to 20) under related",
        explanation: """
            'pfplan init' marks every value still to fill with the word TODO, in capitals. Text that \
            still holds it is a placeholder: an organization, resource, action or pathway whose name \
            or title holds it does not count for coverage, directories or counts, and a document would \
            print the marker. Replace each TODO with what is true for the city; the finding says how \
            many are left.
            """,
        failing: RuleExample(
            """
            city: {name: Sampleton, region: ↓"TODO the state", country: US}
            """),
        passing: RuleExample(
            """
            city: {name: Sampleton, region: Ohio, country: US}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        let texts = context.plan.placeholders
        guard let first = texts.places.first else { return }
        let count = texts.count
        let related = texts.places.dropFirst().map {
            RelatedLocation(range: $0.range, message: "TODO here too (\($0.path))")
        }
        findings.add(
            count == 1
                ? "the plan still holds TODO in 1 place"
                : "the plan still holds TODO in \(count) places; this is the first",
            at: first.range, path: first.path, target: nil,
            hint: "replace each TODO with what is true for the city", related: related, facts: [.count("places", count)]
        )
    }
}
