import PFPlanLoader

enum RolesRequiredMissing: PlanRule {
    static let readsCoverage = true
    static let description = RuleDescription(
        id: .rolesRequiredMissing, severity: .warning,
        summary: "a role with min in the model has too few holders (coordinator, ...)",
        explanation: """
            The model names roles the group needs to work: someone who coordinates day to day, \
            someone who owns monitoring and evaluation, so that those duties are assigned to a named \
            member, and someone who leads communication (crisis communication after an incident \
            cannot wait for a vacant seat). Give the role to a member.
            """,
        failing: RuleExample(
            """
            leadership:
              name: Sampleton Prevention Group
              meets: quarterly
              ↓members:
                - {id: m-mayor, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair]}
                - {id: m-analyst, name: Cara Diaz, organization: health-dept, sector: public-health, roles: [evaluation-lead]}
            """),
        passing: RuleExample(
            """
            leadership:
              name: Sampleton Prevention Group
              meets: quarterly
              members:
                - {id: m-mayor, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair, coordinator]}
                - {id: m-analyst, name: Cara Diaz, organization: health-dept, sector: public-health, roles: [evaluation-lead, communications-lead]}
            """),
        variants: ["none", "too-few"])

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard let leadership = context.plan.leadership else { return }
        let chair = context.model.chairRole?.id
        for role in context.model.roles where role.id != chair {
            guard let min = role.min, min > 0 else { continue }
            let have = context.coverage.leadershipRoles[role.id, default: []].count
            guard have < min else { continue }
            findings.add(
                min == 1
                    ? "no member holds the role '\(role.id)' (\(role.title))"
                    : "\(have) of the \(counted(min, "member")) the role '\(role.id)' needs hold it",
                at: leadership.membersRange ?? leadership.range, path: leadership.path.key("members"), target: role.id,
                hint: role.summary,
                facts: [.term("role", .role, role.id), .count("have", have), .count("need", min)],
                variant: min == 1 ? "none" : "too-few")
        }
    }
}
