import PFPlanLoader

enum RolesNotMultidisciplinary: PlanRule {
    static let readsCoverage = true
    static let description = RuleDescription(
        id: .rolesNotMultidisciplinary, severity: .warning,
        summary: "fewer members or sectors than the model's leadership needs",
        explanation: """
            Prevention works when the whole of society takes part: the model asks for a minimum number \
            of members drawn from a minimum number of sectors (in the default model, 5 members from 4 \
            sectors). Invite members from the sectors the group lacks.
            """,
        failing: RuleExample(
            """
            leadership:
              name: Sampleton Prevention Group
              meets: quarterly
              ↓members:
                - {id: m-mayor, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair, coordinator]}
                - {id: m-analyst, name: Cara Diaz, organization: health-dept, sector: public-health, roles: [evaluation-lead]}
            """),
        passing: RuleExample(
            """
            leadership:
              name: Sampleton Prevention Group
              meets: quarterly
              members:
                - {id: m-mayor, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair, coordinator]}
                - {id: m-analyst, name: Cara Diaz, organization: health-dept, sector: public-health, roles: [evaluation-lead]}
                - {id: m-clinic, name: Dev Shah, organization: clinic, sector: mental-health, roles: [member]}
                - {id: m-schools, name: Fay Ito, organization: schools, sector: education, roles: [member]}
                - {id: m-family, name: Gil Roy, organization: family-services, sector: social-services, roles: [member]}
            """),
        variants: ["members", "sectors", "both"])

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard let leadership = context.plan.leadership else { return }
        let needs = context.model.leadership
        let members = leadership.members.count
        let sectors = context.coverage.leadershipSectors.count
        var short: [String] = []
        if let min = needs.minMembers, members < min { short.append("\(members) of the \(counted(min, "member"))") }
        if let min = needs.minSectors, sectors < min { short.append("\(sectors) of the \(counted(min, "sector"))") }
        guard !short.isEmpty else { return }
        findings.add(
            "the leadership group has \(short.joined(separator: " and ")) the model asks for",
            at: leadership.membersRange ?? leadership.range, path: leadership.path.key("members"), target: "leadership",
            hint: "invite members from sectors the group does not have yet",
            facts: [
                .count("members", members), .count("needed-members", needs.minMembers ?? 0),
                .count("sectors", sectors), .count("needed-sectors", needs.minSectors ?? 0),
            ],
            variant: short.count == 2 ? "both" : needs.minMembers.map { members < $0 } == true ? "members" : "sectors")
    }
}
