import PFPlanLoader

enum PathwaysPoliceThreshold: PlanRule {
    static let description = RuleDescription(
        id: .pathwaysPoliceThreshold, severity: .warning,
        summary: "law enforcement is the intake or on the team of a pathway with no police-threshold",
        explanation: """
            Police on a referral team is the central civil-liberties concern of prevention work: people \
            stay away from a pathway they fear is a police file. When law enforcement (the sector whose \
            seats the model caps) is the intake or on the team, say under 'police-threshold' when they \
            are told, for instance only of an imminent threat to life.
            """,
        failing: RuleExample(
            """
            pathways:
              - id: ↓one-door
                title: One Door referral
                stage: secondary
                intake: clinic
                team: [clinic, family-services, police]
                consent: Support is voluntary; without consent, no information is shared.
                agreement: isa-one-door
            """),
        passing: RuleExample(
            """
            pathways:
              - id: one-door
                title: One Door referral
                stage: secondary
                intake: clinic
                team: [clinic, family-services, police]
                consent: Support is voluntary; without consent, no information is shared.
                police-threshold: Only an imminent threat to life is reported to the police.
                agreement: isa-one-door
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard let police = context.lawEnforcementSector, !context.plan.pathways.isEmpty else { return }
        let pathways = context.plan.pathways
        let who = context.whoIs(Set(pathways.flatMap { ([$0.intake].compactMap { $0 } + $0.team).map(\.value) }))
        for p in pathways where p.policeThreshold == nil {
            let people = [p.intake].compactMap { $0 } + p.team
            guard people.contains(where: { who[$0.value]?.sector == police }) else { continue }
            findings.add(
                "law enforcement is on the pathway '\(p.id.value)', which does not say when the police are told",
                at: p.id,
                target: p.id.value, hint: "add 'police-threshold:': when, and only when, law enforcement is told",
                facts: [.id("pathway", p.id.value, .pathway), .term("sector", .sector, police)])
        }
    }
}
