import PFPlanLoader

/// Emitted by the loader at the second occurrence, with the first as related.
enum YAMLDuplicateKey: PlanRule {
    static let description = RuleDescription(
        id: .yamlDuplicateKey, severity: .error,
        summary: "a mapping repeats a key",
        explanation: """
            YAML parsers disagree on what a repeated key means (most keep the last one silently), so a \
            plan with a repeated key does not say one thing. Keep one of the two.
            """,
        failing: RuleExample(
            """
            city:
              name: Sampleton
              region: Ohio
              ↓region: OH
            """),
        passing: RuleExample(
            """
            city:
              name: Sampleton
              region: Ohio
            """))
}
