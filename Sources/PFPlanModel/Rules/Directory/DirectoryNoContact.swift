import PFPlanLoader

enum DirectoryNoContact: PlanRule {
    static let description = RuleDescription(
        id: .directoryNoContact, severity: .warning,
        summary: "a stakeholder that leads or partners an action has no contact",
        explanation: """
            A stakeholder with work to do in the plan must be reachable. Add a contact (a desk is fine); \
            contacts stay internal unless marked public.
            """,
        failing: RuleExample(
            """
            stakeholders:
              - {id: city-of-sampleton, name: City of Sampleton, sector: local-government, contacts: [{email: city@example.org}]}
              - {id: ↓health-dept, name: Sampleton Health Department, sector: public-health}
              - {id: schools, name: Sampleton City Schools, sector: education, contacts: [{email: schools@example.org}]}
              - {id: clinic, name: Sampleton Counselling Clinic, sector: mental-health, contacts: [{email: clinic@example.org}]}
              - {id: family-services, name: Sampleton Family Services, sector: social-services, contacts: [{email: family@example.org}]}
              - {id: police, name: Sampleton Police Department, sector: law-enforcement, contacts: [{email: police@example.org}]}
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
        let involved = context.actionParticipants
        let stakeholders = context.plan.stakeholders
        for i in stakeholders.indices
        where stakeholders[i].contacts.isEmpty && involved.contains(stakeholders[i].id.value) {
            let id = stakeholders[i].id
            findings.add(
                "'\(id.value)' takes part in actions but has no contact", at: id, target: id.value,
                hint: "add 'contacts:' with at least an email or phone",
                facts: [.id("stakeholder", id.value, .stakeholder)])
        }
    }
}
