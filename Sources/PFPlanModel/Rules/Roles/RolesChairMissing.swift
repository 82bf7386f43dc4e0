import PFPlanLoader

enum RolesChairMissing: PlanRule {
    static let readsCoverage = true
    static let description = RuleDescription(
        id: .rolesChairMissing, severity: .error,
        summary: "no member has the role chair",
        explanation: """
            The framework is city-led: a representative of local government chairs the leadership group \
            and answers for the plan. Give one member the chair role (the model's single-seat role).
            """,
        failing: RuleExample(
            """
            leadership:
              name: Sampleton Prevention Group
              meets: quarterly
              ↓members:
                - {id: m-mayor, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [coordinator]}
            """),
        passing: RuleExample(
            """
            leadership:
              name: Sampleton Prevention Group
              meets: quarterly
              members:
                - {id: m-mayor, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair, coordinator]}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard let chair = context.model.chairRole, let leadership = context.plan.leadership else { return }
        if context.coverage.leadershipRoles[chair.id, default: []].isEmpty {
            let at = leadership.membersRange ?? leadership.range
            findings.add(
                "no member of the leadership group has the role '\(chair.id)'", at: at,
                path: leadership.path.key("members"), target: chair.id,
                hint: "add '\(chair.id)' to the roles of the member who chairs the group",
                facts: [.term("role", .role, chair.id)])
        }
    }
}
