import PFPlanLoader

/// Include findings are emitted by the loader while it follows includes.
enum IncludeNotFound: PlanRule {
    static let description = RuleDescription(
        id: .includeNotFound, severity: .error,
        summary: "an included file does not exist",
        explanation: """
            Include paths are relative to the file that includes them. A missing file means its \
            stakeholders, resources or actions are silently absent from the plan, so it is an error.
            """,
        failing: RuleExample(
            """
            include: [↓partners.yaml]
            """),
        passing: RuleExample(
            """
            include: [partners.yaml]
            """, files: ["partners.yaml": "waivers: []\n"]))
}

enum IncludeOutsideRoot: PlanRule {
    static let description = RuleDescription(
        id: .includeOutsideRoot, severity: .error,
        summary: "an include resolves (after symlinks) outside --root",
        explanation: """
            A plan may only include files inside its root folder (by default the current folder when the \
            plan lies in it, else the plan's own folder), so a plan from elsewhere cannot pull private \
            files into a published document through '..' or a symbolic link.
            """,
        failing: RuleExample(
            """
            include: [↓../../etc/passwd]
            """),
        passing: RuleExample(
            """
            include: [partners.yaml]
            """, files: ["partners.yaml": "waivers: []\n"]))
}

enum IncludeCycle: PlanRule {
    static let description = RuleDescription(
        id: .includeCycle, severity: .error,
        summary: "a file includes itself, directly or not",
        explanation: """
            Following a cycle would never end. The finding shows the chain of files; remove the include \
            that closes the loop.
            """,
        failing: RuleExample(
            """
            include: [partners.yaml]
            """, files: ["partners.yaml": "include: [↓plan.yaml]\n"]),
        passing: RuleExample(
            """
            include: [partners.yaml]
            """, files: ["partners.yaml": "waivers: []\n"]))
}
