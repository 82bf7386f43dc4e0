import PFPlanLoader

enum RefsDuplicateID: PlanRule {
    static let description = RuleDescription(
        id: .refsDuplicateID, severity: .error,
        summary: "two things share an id (related: the first)",
        explanation: """
            Members, stakeholders, resources, actions, pillars, strategies and indicators share one \
            namespace, so that any reference names exactly one thing. Rename one of the two.
            """,
        failing: RuleExample(
            """
            resources:
              - id: ↓clinic
                name: Sampleton Counselling Service
                kind: service
                provider: clinic
                access: {phone: "+1 740 555 0100"}
            """),
        passing: RuleExample(
            """
            resources:
              - id: counselling
                name: Sampleton Counselling Service
                kind: service
                provider: clinic
                access: {phone: "+1 740 555 0100"}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        let definitions = context.ids.definitions
        for (i, f) in context.ids.redefinitions {
            let (d, first) = (definitions[i], definitions[f])
            findings.add(
                "the id '\(d.id.value)' of this \(d.kind.noun) is already used by \(first.kind.withArticle)",
                at: d.id, target: d.id.value,
                hint:
                    "ids are shared by members, stakeholders, resources, actions, pillars, strategies, indicators, objectives, "
                    + "threats, service gaps, consultations, pathways, agreements and funding sources",
                related: [RelatedLocation(range: first.id.range, message: "'\(d.id.value)' is first defined here")])
        }
    }
}
