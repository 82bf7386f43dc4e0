import PFPlanLoader

enum RolesCommunityShare: PlanRule {
    static let description = RuleDescription(
        id: .rolesCommunityShare, severity: .warning,
        summary: "seats of the community sectors are fewer than the model's min-share of all seats",
        explanation: """
            Prevention led by the whole of society needs the communities at the table, not only \
            agencies: the default model asks that civil society, faith, immigrant services, civil \
            rights and youth organizations hold at least a quarter of the seats together. Give seats to \
            members of those sectors.
            """,
        failing: RuleExample(
            """
            leadership:
              name: Sampleton Prevention Group
              meets: quarterly
              ↓members:
                - {id: m-chair, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair]}
                - {id: m-coordinator, name: Ben Cole, organization: city-of-sampleton, sector: local-government, roles: [coordinator]}
                - {id: m-evaluation, name: Cara Diaz, organization: health-dept, sector: public-health, roles: [evaluation-lead]}
                - {id: m-clinic, name: Dev Shah, organization: clinic, sector: mental-health, roles: [member]}
                - {id: m-police, name: Eve Lund, organization: police, sector: law-enforcement, roles: [member]}
                - {id: m-faith, name: Farid Haddad, organization: interfaith-council, sector: faith, roles: [communications-lead]}
            """),
        passing: RuleExample(
            """
            leadership:
              name: Sampleton Prevention Group
              meets: quarterly
              members:
                - {id: m-chair, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair]}
                - {id: m-coordinator, name: Ben Cole, organization: city-of-sampleton, sector: local-government, roles: [coordinator]}
                - {id: m-evaluation, name: Cara Diaz, organization: health-dept, sector: public-health, roles: [evaluation-lead]}
                - {id: m-clinic, name: Dev Shah, organization: clinic, sector: mental-health, roles: [member]}
                - {id: m-police, name: Eve Lund, organization: police, sector: law-enforcement, roles: [member]}
                - {id: m-faith, name: Farid Haddad, organization: interfaith-council, sector: faith, roles: [communications-lead]}
                - {id: m-youth, name: Gia Moreno, organization: youth-center, sector: youth, roles: [member]}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard let need = context.model.leadership.minShare, let leadership = context.plan.leadership,
            !leadership.members.isEmpty
        else { return }
        let community = Set(need.sectors)
        let seats = leadership.members.count { $0.sector.map { community.contains($0.value) } == true }
        let all = leadership.members.count
        guard Double(seats) < need.share * Double(all) else { return }
        let percent = Int((need.share * 100).rounded())
        findings.add(
            "the community sectors (\(need.sectors.joined(separator: ", "))) hold \(seats) of \(all) seats, "
                + "fewer than the \(percent)% the model asks for",
            at: leadership.membersRange ?? leadership.range, path: leadership.path.key("members"), target: "leadership",
            hint: "give seats to members from \(need.sectors.joined(separator: ", "))",
            facts: [
                .terms("sectors", .sector, need.sectors), .count("seats", seats), .count("members", all),
                .percent("share", need.share * 100),
            ])
    }
}
