import PFPlanLoader

enum DirectoryContactNoChannel: PlanRule {
    static let description = RuleDescription(
        id: .directoryContactNoChannel, severity: .warning,
        summary: "a contact with neither email nor phone",
        explanation: """
            A contact is a way to reach someone: a name alone is not. Add an email or a phone number.
            """,
        failing: RuleExample(
            """
            stakeholders:
              - {id: city-of-sampleton, name: City of Sampleton, sector: local-government, contacts: [↓{name: City Hall}]}
              - {id: health-dept, name: Sampleton Health Department, sector: public-health, contacts: [{email: health@example.org}]}
              - {id: schools, name: Sampleton City Schools, sector: education, contacts: [{email: schools@example.org}]}
              - {id: clinic, name: Sampleton Counselling Clinic, sector: mental-health, contacts: [{email: clinic@example.org}]}
              - {id: family-services, name: Sampleton Family Services, sector: social-services, contacts: [{email: family@example.org}]}
              - {id: police, name: Sampleton Police Department, sector: law-enforcement, contacts: [{email: police@example.org}]}
            """),
        passing: RuleExample(
            """
            stakeholders:
              - {id: city-of-sampleton, name: City of Sampleton, sector: local-government, contacts: [{name: City Hall, phone: "+1 740 555 0101"}]}
              - {id: health-dept, name: Sampleton Health Department, sector: public-health, contacts: [{email: health@example.org}]}
              - {id: schools, name: Sampleton City Schools, sector: education, contacts: [{email: schools@example.org}]}
              - {id: clinic, name: Sampleton Counselling Clinic, sector: mental-health, contacts: [{email: clinic@example.org}]}
              - {id: family-services, name: Sampleton Family Services, sector: social-services, contacts: [{email: family@example.org}]}
              - {id: police, name: Sampleton Police Department, sector: law-enforcement, contacts: [{email: police@example.org}]}
            """))

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        func check(_ c: Plan.Contact, owner: String, _ kind: Fact.Thing) {
            guard c.email == nil, c.phone == nil else { return }
            let who = c.name.map { "the contact '\($0)'" } ?? "a contact"
            findings.add(
                "\(who) of '\(owner)' has neither email nor phone", at: c.range, path: c.path, target: owner,
                hint: "add 'email:' or 'phone:'", facts: [.id("owner", owner, kind)])
        }
        for m in context.plan.leadership?.members ?? [] {
            if let c = m.contact { check(c, owner: m.id.value, .member) }
        }
        let stakeholders = context.plan.stakeholders
        for i in stakeholders.indices where !stakeholders[i].contacts.isEmpty {
            stakeholders[i].contacts.forEach { check($0, owner: stakeholders[i].id.value, .stakeholder) }
        }
    }
}
