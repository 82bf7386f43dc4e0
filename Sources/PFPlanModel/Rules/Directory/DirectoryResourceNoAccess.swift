import PFPlanLoader

enum DirectoryResourceNoAccess: PlanRule {
    static let description = RuleDescription(
        id: .directoryResourceNoAccess, severity: .warning,
        summary: "a resource with no url, phone or address",
        explanation: """
            The directory exists so that people can reach help: a resource without a web address, phone \
            number or address cannot be reached from the page. Add one under 'access'.
            """,
        failing: RuleExample(
            """
            resources:
              - id: ↓counselling
                name: Sampleton Counselling Service
                kind: service
                provider: clinic
                stages: [primary, secondary]
            """),
        passing: RuleExample(
            """
            resources:
              - id: counselling
                name: Sampleton Counselling Service
                kind: service
                provider: clinic
                stages: [primary, secondary]
                access: {url: https://counselling.example.org, hours: Mon-Fri 9-17}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        let resources = context.plan.resources
        for i in resources.indices {
            if let a = resources[i].access, a.url != nil || a.phone != nil || a.address != nil { continue }
            let id = resources[i].id
            findings.add(
                "the resource '\(id.value)' has no url, phone or address", at: id, target: id.value,
                hint: "add 'access: {url: ..., phone: ...}'", facts: [.id("resource", id.value, .resource)])
        }
    }
}
