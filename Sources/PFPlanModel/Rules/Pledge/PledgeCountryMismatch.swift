import PFPlanLoader

enum PledgeCountryMismatch: PlanRule {
    static let description = RuleDescription(
        id: .pledgeCountryMismatch, severity: .warning,
        summary: "the pledge's country of implementation is not the city's country",
        explanation: """
            A city pledges what it will do at home, so the pledge's country of implementation is normally \
            the city's own (city.country). A different code is usually a typo or a copied pledge. Work in \
            other countries belongs under other-countries.
            """,
        failing: RuleExample(
            """
            pledge:
              title: Sampleton Welcoming Pledge
              entity: City of Sampleton
              country: ↓CA
              objectives: [7, 15, 16]
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
              other-countries: [CA]
              objectives: [7, 15, 16]
              description: >-
                Sampleton will open a one-stop welcome centre for newcomers, translate the city's
                essential services into the five most spoken languages, train front-line staff in
                culturally responsive service and fund resident-led welcoming events in every ward,
                so that immigrants and long-time residents can reach the same services and build
                trust in one another over the plan's two years.
              deadline: 2026-12-31
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard let country = context.plan.pledge?.country, let city = context.plan.city.country,
            country.value != city.value
        else { return }
        findings.add(
            "the pledge is to be implemented in '\(country.value)', but the city is in '\(city.value)'", at: country,
            target: "pledge", hint: "write 'country: \(city.value)', and list other countries under 'other-countries'",
            related: [RelatedLocation(range: city.range, message: "the city's country is here")],
            facts: [.text("pledged", country.value), .text("city", city.value)])
    }
}
