import PFPlanLoader

/// Emitted by the loader while it pulls events, so a hostile file ends fast.
enum YAMLLimitsRule: PlanRule {
    static let description = RuleDescription(
        id: .yamlLimits, severity: .error,
        summary:
            "over the input limits: file larger than 16 MiB, nesting deeper than 64, more than 10,000 alias uses, an alias that expands to over 1,000,000 nodes, or more than one node per 5 bytes (beyond 10,000)",
        explanation: """
            The limits are far above any real plan and protect the people running pfplan in CI from \
            files built to exhaust memory (alias bombs, or millions of tiny values such as [a,a,a,...]) \
            or time (runaway nesting). A real plan has about one node (key, value or list item) per 15 \
            bytes. Split a very large plan into included files; write repeated values out instead of \
            nesting aliases.
            """,
        failing: RuleExample(
            """
            x-deep: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[↓[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
            """),
        passing: RuleExample(
            """
            x-shallow: [[1]]
            """))
}
