import PFPlanLoader

enum RolesMeetsRarely: PlanRule {
    static let description = RuleDescription(
        id: .rolesMeetsRarely, severity: .warning,
        summary: "leadership.meets is less often than the model's meets-at-least, or missing",
        explanation: """
            A group that rarely meets cannot coordinate a response or follow the plan's progress. Say how \
            often the group meets, at least as often as the model asks (quarterly in the default model).
            """,
        failing: RuleExample(
            """
            leadership:
              name: Sampleton Prevention Group
              meets: ↓yearly
              members:
                - {id: m-mayor, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair, coordinator]}
            """),
        passing: RuleExample(
            """
            leadership:
              name: Sampleton Prevention Group
              meets: monthly
              members:
                - {id: m-mayor, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair, coordinator]}
            """),
        variants: ["unknown", "rarely"])

    static func check(_ context: RuleContext, _ findings: inout Findings) {
        guard let needed = context.model.leadership.meetsAtLeast, let leadership = context.plan.leadership else {
            return
        }
        guard let meets = leadership.meets else {
            var at = leadership.range
            at.end = at.start
            findings.add(
                "the leadership group does not say how often it meets", at: at, path: leadership.path.key("meets"),
                target: "leadership", hint: "add 'meets: \(needed.rawValue)' or more often",
                facts: [.word("needed", .frequency, needed.rawValue)], variant: "unknown")
            return
        }
        let frequency = meets.value
        guard frequency < needed else { return }
        findings.add(
            "the group meets \(frequency.rawValue); the model asks for at least \(needed.rawValue)", at: meets,
            target: "leadership",
            facts: [.word("meets", .frequency, frequency.rawValue), .word("needed", .frequency, needed.rawValue)],
            variant: "rarely")
    }
}
