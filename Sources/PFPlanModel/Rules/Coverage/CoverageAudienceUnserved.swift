import PFPlanLoader

enum CoverageAudienceUnserved: PlanRule {
    static let readsCoverage = true
    static let description = RuleDescription(
        id: .coverageAudienceUnserved, severity: .info,
        summary: "an audience of the model is served by no action or resource",
        explanation: """
            Advice, not a fault: the model lists the audiences a framework usually serves (youth, \
            parents, faith communities, victims ...). An audience no action or resource names may be a \
            gap worth discussing. List it under 'audiences' of an action or resource that serves it.
            """,
        failing: RuleExample(
            """
            ↓resources:
              - id: counselling
                name: Sampleton Counselling Service
                kind: service
                provider: clinic
                stages: [primary, secondary]
                audiences: [general-public, youth, parents, educators, faith-communities, immigrants-refugees, lgbtq,
                  racial-ethnic-minorities, religious-minorities, people-at-risk, victims, practitioners, adults]
                access: {phone: "+1 740 555 0100"}
            actions:
              - id: needs-assessment
                title: Needs and vulnerabilities assessment
                stage: assess
                lead: city-of-sampleton
                partners: [health-dept]
                indicators: [{id: assessment-published, name: Assessment published, target: 1}]
            """),
        passing: RuleExample(
            """
            resources:
              - id: counselling
                name: Sampleton Counselling Service
                kind: service
                provider: clinic
                stages: [primary, secondary]
                audiences: [general-public, youth, parents, educators, faith-communities, immigrants-refugees, lgbtq,
                  racial-ethnic-minorities, religious-minorities, people-at-risk, victims, practitioners, adults,
                  online-communities, native-communities, women-girls, veterans, people-with-disabilities, public-officials]
                access: {phone: "+1 740 555 0100"}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        for audience in context.coverage.unservedAudiences {
            let title = context.model.audience(audience)?.title ?? audience
            // Plan-wide advice: it points at the top of the plan.
            findings.add(
                "no action or resource serves the audience '\(audience)' (\(title))",
                at: context.anchor([]), path: .root, target: audience,
                hint: "add '\(audience)' to the audiences of an action or resource that serves it",
                facts: [.term("audience", .audience, audience)])
        }
    }
}
