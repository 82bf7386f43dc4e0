import PFPlanLoader

/// The schema rules are emitted by the decoder in its single pass; their
/// files hold their documentation and examples.
enum SchemaUnknownKey: PlanRule {
    static let description = RuleDescription(
        id: .schemaUnknownKey, severity: .error,
        summary:
            "a key the format does not define (keys starting with x- are kept as extensions); suggests the nearest key",
        explanation: """
            An unknown key is almost always a typo, and a typo silently drops what it holds: a misspelt \
            'due' means no deadline. Fix the spelling; to keep data pfplan should ignore, start its key \
            with 'x-'.
            """,
        failing: RuleExample(
            """
            city:
              name: Sampleton
              ↓regoin: Ohio
            """),
        passing: RuleExample(
            """
            city:
              name: Sampleton
              region: Ohio
              x-county: Athens County
            """))
}

enum SchemaMissing: PlanRule {
    static let description = RuleDescription(
        id: .schemaMissing, severity: .error,
        summary: "a required key is absent",
        explanation: """
            Some keys are needed for the plan to mean anything: a city's name, an action's stage and \
            lead, a stakeholder's sector. The finding says which key and what it holds.
            """,
        failing: RuleExample(
            """
            city:
              ↓region: Ohio
            """),
        passing: RuleExample(
            """
            city:
              name: Sampleton
              region: Ohio
            """))
}

enum SchemaType: PlanRule {
    static let description = RuleDescription(
        id: .schemaType, severity: .error,
        summary: "wrong kind of value (a list where a mapping is needed, text where a number is)",
        explanation: """
            Each key holds one kind of value. A list written as a single word, or text where a number \
            belongs, cannot be read as the author meant. Write the value in the kind the key needs; \
            lists use [a, b] or one '- ' line per item.
            """,
        failing: RuleExample(
            """
            city:
              name: Sampleton
              population: ↓about twenty thousand
            """),
        passing: RuleExample(
            """
            city:
              name: Sampleton
              population: 20000
            """))
}

enum SchemaValue: PlanRule {
    static let description = RuleDescription(
        id: .schemaValue, severity: .error,
        summary:
            "a value outside its set (stage, sector, role, status, kind, visibility, cost, audience), or a malformed id, date, email, url or country code; suggests the nearest allowed value",
        explanation: """
            Stages, sectors, roles and audiences come from the framework model; statuses, kinds, \
            visibilities and costs from the plan format. A value outside its set is usually a typo, and \
            the finding suggests the nearest allowed one. Dates are YYYY-MM-DD and must exist.
            """,
        failing: RuleExample(
            """
            city:
              name: Sampleton
              country: ↓USA
            """),
        passing: RuleExample(
            """
            city:
              name: Sampleton
              country: US
            """))
}

enum SchemaVersion: PlanRule {
    static let description = RuleDescription(
        id: .schemaVersion, severity: .error,
        summary: "'pfplan:' missing or not 1",
        explanation: """
            The first line of a plan says which version of the format it is written in, so that a later \
            pfplan can read old plans correctly. Only version 1 exists: write 'pfplan: 1'.
            """,
        failing: RuleExample(
            """
            pfplan: ↓2
            """),
        passing: RuleExample(
            """
            pfplan: 1
            """))
}
