import PFPlanLoader

/// Emitted by the loader for a plain value that starts and ends with curly
/// quotes.
enum YAMLCurlyQuotes: PlanRule {
    static let description = RuleDescription(
        id: .yamlCurlyQuotes, severity: .info,
        summary: "a value is wrapped in curly quotes (“ ”), which YAML keeps as part of the text",
        explanation: """
            Word processors turn straight quotes into curly ones, and text pasted from them keeps those. \
            YAML quotes a value only with straight quotes (" or '), so “City of Lawrence” is read with the \
            curly quotes as part of the name, and they appear in the document, the directory and the pledge \
            form. Write the value in straight quotes, or without quotes. To keep curly quotes in the text on \
            purpose, put straight quotes around the whole value ('“City of Lawrence”'): that is not flagged.
            """,
        failing: RuleExample(
            """
            city:
              name: ↓“Sampleton”
              region: Ohio
              country: US
            """),
        passing: RuleExample(
            """
            city:
              name: "Sampleton"
              region: Ohio
              country: US
            """))
}
