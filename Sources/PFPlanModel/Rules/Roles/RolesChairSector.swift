import PFPlanLoader

enum RolesChairSector: PlanRule {
    static let description = RuleDescription(
        id: .rolesChairSector, severity: .error,
        summary: "the chair is not from local government (per the model's role rule)",
        explanation: """
            The model says which sectors may hold the chair; in the default model, local government, \
            because the framework is city-led and not led by security agencies alone.
            """,
        failing: RuleExample(
            """
            leadership:
              name: Sampleton Prevention Group
              meets: quarterly
              members:
                - {id: m-chief, name: Eve Lund, organization: police, sector: ↓law-enforcement, roles: [chair]}
            """),
        passing: RuleExample(
            """
            leadership:
              name: Sampleton Prevention Group
              meets: quarterly
              members:
                - {id: m-mayor, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair]}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard let chair = context.model.chairRole, let allowed = chair.sectors,
            let members = context.plan.leadership?.members
        else { return }
        for m in members where m.roles.contains(where: { $0.value == chair.id }) {
            guard let sector = m.sector, !allowed.contains(sector.value) else { continue }
            let names = allowed.map { context.model.title(ofSector: $0).lowercased() }.joined(separator: " or ")
            findings.add(
                "the \(chair.id) '\(m.id.value)' is from \(sector.value); the model asks for \(names)",
                at: sector, target: m.id.value,
                facts: [
                    .id("member", m.id.value, .member), .term("role", .role, chair.id),
                    .term("sector", .sector, sector.value),
                    .terms("allowed", .sector, allowed, .or),
                ])
        }
    }
}
