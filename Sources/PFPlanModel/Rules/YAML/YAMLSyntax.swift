import PFPlanLoader

/// Emitted by the loader from libyaml's own error, in plain words.
enum YAMLSyntax: PlanRule {
    static let description = RuleDescription(
        id: .yamlSyntax, severity: .error,
        summary: "the text is not valid YAML; the finding is at the character to change",
        explanation: """
            The file is not valid YAML, so nothing after the problem can be read. The finding points at \
            the character to change and shows the line written right. The usual causes: a quote that is \
            never closed; an apostrophe inside single quotes (write it twice, or use double quotes); \
            text containing ': ' that is not in quotes; '-' or ':' without a space after it; a line \
            indented differently from the keys it belongs with; a tab used for indentation; a value that \
            starts with '*', '@' or '`' without quotes. docs/yaml-mistakes.md shows each with pfplan's \
            message.
            """,
        failing: RuleExample(
            """
            city:
              name: Sampleton
              region: Ohio↓: United States
            """),
        passing: RuleExample(
            """
            city:
              name: Sampleton
              region: "Ohio: United States"
            """))
}
