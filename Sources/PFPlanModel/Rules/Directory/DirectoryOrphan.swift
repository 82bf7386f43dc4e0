import PFPlanLoader

enum DirectoryOrphan: PlanRule {
    static let description = RuleDescription(
        id: .directoryOrphan, severity: .info,
        summary: "a stakeholder that nothing in the plan refers to (no member, action, resource, pathway or agreement)",
        explanation: """
            Advice: a stakeholder nobody works with may belong in an action as a partner, as the \
            organization of a member, as a resource's provider, on a pathway's team, as a party to an \
            agreement or the body that oversees the safeguards, or it may be left over from an earlier \
            draft.
            """,
        failing: RuleExample(
            """
            stakeholders:
              - {id: city-of-sampleton, name: City of Sampleton, sector: local-government, contacts: [{email: city@example.org}]}
              - {id: health-dept, name: Sampleton Health Department, sector: public-health, contacts: [{email: health@example.org}]}
              - {id: schools, name: Sampleton City Schools, sector: education, contacts: [{email: schools@example.org}]}
              - {id: clinic, name: Sampleton Counselling Clinic, sector: mental-health, contacts: [{email: clinic@example.org}]}
              - {id: family-services, name: Sampleton Family Services, sector: social-services, contacts: [{email: family@example.org}]}
              - {id: police, name: Sampleton Police Department, sector: law-enforcement, contacts: [{email: police@example.org}]}
              - {id: ↓chamber, name: Sampleton Chamber of Commerce, sector: business, contacts: [{email: chamber@example.org}]}
            """),
        passing: RuleExample(
            """
            stakeholders:
              - {id: city-of-sampleton, name: City of Sampleton, sector: local-government, contacts: [{email: city@example.org}]}
              - {id: health-dept, name: Sampleton Health Department, sector: public-health, contacts: [{email: health@example.org}]}
              - {id: schools, name: Sampleton City Schools, sector: education, contacts: [{email: schools@example.org}]}
              - {id: clinic, name: Sampleton Counselling Clinic, sector: mental-health, contacts: [{email: clinic@example.org}]}
              - {id: family-services, name: Sampleton Family Services, sector: social-services, contacts: [{email: family@example.org}]}
              - {id: police, name: Sampleton Police Department, sector: law-enforcement, contacts: [{email: police@example.org}]}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        var referred = context.actionParticipants
        for m in context.plan.leadership?.members ?? [] { if let o = m.organization { referred.insert(o.value) } }
        let resources = context.plan.resources
        let stakeholders = context.plan.stakeholders
        for i in resources.indices { if let p = resources[i].provider { referred.insert(p.value) } }
        // The blocks of practice.md refer to organisations too: a body that
        // oversees the safeguards or sits on a pathway's team is no orphan.
        let plan = context.plan
        for p in plan.pathways {
            for list in [p.referrers, p.team] { list.forEach { referred.insert($0.value) } }
            if let intake = p.intake { referred.insert(intake.value) }
        }
        for a in plan.agreements { a.parties.forEach { referred.insert($0.value) } }
        if let oversight = plan.safeguards?.oversight { referred.insert(oversight.value) }
        for c in plan.assessment?.consultations ?? [] { c.with.forEach { referred.insert($0.value) } }
        for a in plan.assessment?.assets ?? [] { if let s = a.stakeholder { referred.insert(s.value) } }
        for l in plan.leadership?.learning ?? [] { if let p = l.provider { referred.insert(p.value) } }
        for i in stakeholders.indices where !referred.contains(stakeholders[i].id.value) {
            let id = stakeholders[i].id
            findings.add(
                "nothing in the plan refers to '\(id.value)' (\(stakeholders[i].name.value))", at: id, target: id.value,
                hint: "make it a partner of an action, a member's organization or a resource's provider",
                facts: [.id("stakeholder", id.value, .stakeholder)])
        }
    }
}
