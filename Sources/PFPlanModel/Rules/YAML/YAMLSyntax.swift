import PFPlanLoader

/// Emitted by the loader from libyaml's own error, in plain words.
enum YAMLSyntax: PlanRule {
    static let description = RuleDescription(
        id: .yamlSyntax, severity: .error,
        summary: "libyaml rejects the text; the finding is at the position of the problem",
        explanation: """
            The file is not valid YAML, so nothing after the problem can be read. The most common causes \
            are text containing ': ' that is not in quotes, a line indented differently from its \
            neighbours, and tabs used for indentation. Quote the text or fix the indentation.
            """,
        failing: RuleExample("""
            city:
              name: Sampleton
              region: Ohio↓: United States
            """),
        passing: RuleExample("""
            city:
              name: Sampleton
              region: "Ohio: United States"
            """))
}
