import PFPlanLoader

/// What a rule is, for people: shown by `pfplan rules`, written into the
/// rule table in docs/rules.md and SARIF's `tool.driver.rules`, and its examples run
/// as tests. Lives beside the rule's code so the two cannot drift apart.
public struct RuleDescription: Sendable {
    public var id: RuleID
    public var severity: Severity
    /// One line: when it fires.
    public var summary: String
    /// Why it matters and how to fix it.
    public var explanation: String
    /// A plan fragment that triggers the rule; `↓` marks where the finding lands.
    public var failing: RuleExample
    /// The same fragment, fixed.
    public var passing: RuleExample
    /// The names of the rule's sentences in the plan document, when it has
    /// several (`Diagnostic.variant`): each locale's `findings` section
    /// gives one sentence per name. Empty for a rule with one sentence.
    public var variants: [String]

    public init(
        id: RuleID, severity: Severity, summary: String, explanation: String, failing: RuleExample,
        passing: RuleExample,
        variants: [String] = []
    ) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.explanation = explanation
        self.failing = failing
        self.passing = passing
        self.variants = variants
    }

    /// Findings of yaml/*, schema/*, include/* and refs/* mean the plan
    /// cannot be read as written; no group decision can accept them.
    public var isWaivable: Bool {
        !["yaml", "schema", "include", "refs"].contains(String(id.group))
    }
}

/// A rule example: top-level plan sections layered over a small clean plan
/// (`RuleExample.basePlan`), so an example shows only what matters.
public struct RuleExample: Sendable {
    /// YAML with top-level keys; each replaces the base plan's key.
    public var yaml: String
    /// The date to lint as of (for dated rules).
    public var asOf: String?
    /// Included files the example needs: name -> text.
    public var files: [String: String]

    public init(_ yaml: String, asOf: String? = nil, files: [String: String] = [:]) {
        self.yaml = yaml
        self.asOf = asOf
        self.files = files
    }

    public static let marker: Character = "↓"

    /// The YAML with the marker removed, as `pfplan rules` shows it.
    public var text: String { yaml.replacingMarker() }

    /// Line and column (1-based) of the marker, if any.
    public var markerPosition: Position? {
        var line = 1
        for l in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            let scalars = Array(l.unicodeScalars)
            if let i = scalars.firstIndex(of: "↓") {
                return Position(line: line, column: i + 1)
            }
            line += 1
        }
        return nil
    }
}

extension String {
    func replacingMarker() -> String { String(filter { $0 != RuleExample.marker }) }
}
