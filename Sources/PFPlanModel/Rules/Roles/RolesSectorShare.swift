import PFPlanLoader

enum RolesSectorShare: PlanRule {
    static let readsCoverage = true
    static let description = RuleDescription(
        id: .rolesSectorShare, severity: .warning,
        summary: "one sector holds more than its allowed share of seats",
        explanation: """
            Prevention led by the whole of society, not by security agencies alone: the default model \
            caps law enforcement at a third of the seats. Balance the group with members of other sectors.
            """,
        failing: RuleExample(
            """
            leadership:
              name: Sampleton Prevention Group
              meets: quarterly
              members:
                - {id: m-mayor, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair, coordinator]}
                - {id: m-chief, name: Eve Lund, organization: police, sector: ↓law-enforcement, roles: [evaluation-lead]}
                - {id: m-captain, name: Hal Ng, organization: police, sector: law-enforcement, roles: [member]}
            """),
        passing: RuleExample(
            """
            leadership:
              name: Sampleton Prevention Group
              meets: quarterly
              members:
                - {id: m-mayor, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair, coordinator]}
                - {id: m-chief, name: Eve Lund, organization: police, sector: law-enforcement, roles: [evaluation-lead]}
                - {id: m-clinic, name: Dev Shah, organization: clinic, sector: mental-health, roles: [member]}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard let cap = context.model.leadership.maxShare, let members = context.plan.leadership?.members,
            !members.isEmpty
        else { return }
        let seats = context.coverage.leadershipSectors[cap.sector, default: 0]
        guard Double(seats) / Double(members.count) > cap.share,
            let first = members.first(where: { $0.sector?.value == cap.sector })?.sector
        else { return }
        let percent = Int((cap.share * 100).rounded())
        findings.add(
            "\(cap.sector) holds \(seats) of \(counted(members.count, "seat")), more than the \(percent)% the model allows",
            at: first, target: cap.sector, hint: "add members from other sectors, or give a seat to another sector",
            facts: [
                .term("sector", .sector, cap.sector), .count("seats", seats), .count("members", members.count),
                .percent("share", cap.share * 100),
            ])
    }
}
