import PFPlanLoader

/// Emitted by the loader before parsing.
enum YAMLEncoding: PlanRule {
    static let description = RuleDescription(
        id: .yamlEncoding, severity: .error,
        summary: "the text is not UTF-8 (or UTF-16 with a byte-order mark)",
        explanation: """
            pfplan reads UTF-8, and UTF-16 when the file starts with a byte-order mark. Other encodings \
            (Latin-1, Windows-1252) garble names with accents, so they are refused at the first byte \
            that is not UTF-8. Save the file as UTF-8 in your editor. Control characters such as NUL \
            are reported here too, including those written as escapes in double quotes ("\\a", \
            "\\u0007"): no plan document, directory or calendar can show them.
            """,
        failing: RuleExample(
            """
            city:
              name: San Jos↓\u{0001}
            """),
        passing: RuleExample(
            """
            city:
              name: San José
            """))
}
