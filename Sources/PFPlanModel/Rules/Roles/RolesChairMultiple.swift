import PFPlanLoader

enum RolesChairMultiple: PlanRule {
    static let description = RuleDescription(
        id: .rolesChairMultiple, severity: .error,
        summary: "more than one chair",
        explanation: """
            One person chairs the group so that responsibility for the plan is clear. Co-chairs can be \
            recorded as coordinators.
            """,
        failing: RuleExample(
            """
            leadership:
              name: Sampleton Prevention Group
              meets: quarterly
              members:
                - {id: m-mayor, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair]}
                - {id: m-deputy, name: Ben Cole, organization: city-of-sampleton, sector: local-government, roles: [↓chair]}
            """),
        passing: RuleExample(
            """
            leadership:
              name: Sampleton Prevention Group
              meets: quarterly
              members:
                - {id: m-mayor, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair]}
                - {id: m-deputy, name: Ben Cole, organization: city-of-sampleton, sector: local-government, roles: [coordinator]}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard let chair = context.model.chairRole, let members = context.plan.leadership?.members else { return }
        var first: Located<String>?
        for m in members {
            for role in m.roles where role.value == chair.id {
                guard let f = first else {
                    first = role
                    continue
                }
                findings.add(
                    "'\(m.id.value)' is a second \(chair.id); the group has one", at: role, target: m.id.value,
                    hint: "make one of them coordinator instead",
                    related: [RelatedLocation(range: f.range, message: "the first \(chair.id) is here")],
                    facts: [.id("member", m.id.value, .member), .term("role", .role, chair.id)])
            }
        }
    }
}
