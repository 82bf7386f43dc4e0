import PFPlanLoader

enum RolesVacant: PlanRule {
    static let description = RuleDescription(
        id: .rolesVacant, severity: .warning,
        summary: "a member seat with a role but no name",
        explanation: """
            A seat may be planned before it is filled: leave out 'name' and the seat shows as vacant. \
            The warning keeps the open seat on the agenda until someone takes it.
            """,
        failing: RuleExample(
            """
            leadership:
              name: Sampleton Prevention Group
              meets: quarterly
              members:
                - {id: m-mayor, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair, coordinator]}
                - {id: ↓m-analyst, organization: health-dept, sector: public-health, roles: [evaluation-lead]}
            """),
        passing: RuleExample(
            """
            leadership:
              name: Sampleton Prevention Group
              meets: quarterly
              members:
                - {id: m-mayor, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair, coordinator]}
                - {id: m-analyst, name: Cara Diaz, organization: health-dept, sector: public-health, roles: [evaluation-lead]}
            """),
        variants: ["organization", "seat"])

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        for m in context.plan.leadership?.members ?? [] where m.name == nil && !m.roles.isEmpty {
            let roles = m.roles.map(\.value).joined(separator: ", ")
            findings.add(
                "the seat '\(m.id.value)' (\(roles)) is vacant", at: m.id, target: m.id.value,
                hint: "add the name of the person who takes the seat",
                facts: [.terms("roles", .role, m.roles.map(\.value))]
                    + (m.organization.map { [.id("organization", $0.value, .stakeholder)] } ?? []),
                variant: m.organization == nil ? "seat" : "organization")
        }
    }
}
