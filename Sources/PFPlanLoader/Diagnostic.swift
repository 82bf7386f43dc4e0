/// How bad a finding is. The order matters: `--quiet` keeps errors, and
/// exit codes compare against the worst severity.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A rule identifier such as `yaml/syntax`. A distinct type so that a rule
/// id can never be passed where a message is expected.
public struct RuleID: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    /// `yaml`, `schema`, `refs`...: the part before the slash.
    public var group: Substring { rawValue.split(separator: "/", maxSplits: 1).first ?? Substring(rawValue) }
    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Another place that explains a finding: the first definition of a
/// duplicate id, the first occurrence of a repeated key.
public struct RelatedLocation: Sendable, Hashable {
    public var range: SourceRange
    public var message: String

    public init(range: SourceRange, message: String) {
        self.range = range
        self.message = message
    }
}

/// A finding is data; reporters are views over it. Everything a reporter
/// may show lives here so that no reporter needs to look back into the plan.
public struct Diagnostic: Sendable, Hashable {
    public var rule: RuleID
    public var severity: Severity
    public var message: String
    public var range: SourceRange
    /// Where inside the plan (`actions[3].lead`); empty for file-level problems.
    public var path: String
    public var hint: String?
    public var related: [RelatedLocation]
    /// The id the finding is about: what a waiver's `target` matches.
    public var target: String?
    /// Set when a waiver accepted this finding: the waiver's reason.
    public var waivedBecause: String?
    /// Non-zero on the closing finding of a capped rule (`FindingCap`): how
    /// many more findings of its rule in its file it stands for, unlisted.
    public var omitted: Int
    /// What the finding names, as data: the plan document turns these into
    /// a sentence in the reader's language (`Fact`). Empty for findings
    /// whose sentence names nothing, and for those about the file itself
    /// (yaml/*, schema/*, include/*, refs/*).
    public var facts: [Fact]
    /// Which of its rule's sentences fits, for a rule with several
    /// (`early` and `late` for an action outside the plan's period); nil
    /// for a rule with one.
    public var variant: String?

    public init(
        rule: RuleID, severity: Severity, message: String, range: SourceRange, path: String = "",
        hint: String? = nil, related: [RelatedLocation] = [], target: String? = nil, facts: [Fact] = [],
        variant: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.range = range
        self.path = path
        self.hint = hint
        self.related = related
        self.target = target
        self.waivedBecause = nil
        self.omitted = 0
        self.facts = facts
        self.variant = variant
    }

    public var isWaived: Bool { waivedBecause != nil }

    /// How many findings this one counts for in a summary: the closing
    /// finding of a capped rule counts the findings it stands for.
    public var findingCount: Int { omitted > 0 ? omitted : 1 }
}

extension Diagnostic {
    /// The order every reporter uses: by file, then place, then rule, so
    /// outputs are stable byte for byte.
    ///
    /// Files are told apart by their interned `FileID` (one name, one id)
    /// and only named when they differ: a name is looked up under the
    /// table's lock, and a 10 MB plan's 4,000 findings take 50,000
    /// comparisons, nearly all within one file.
    public static func sortedForReport(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { a, b in
            if a.range.fileID != b.range.fileID { return a.range.file < b.range.file }
            if a.range.start != b.range.start { return a.range.start < b.range.start }
            if a.rule != b.rule { return a.rule < b.rule }
            return a.message < b.message
        }
    }
}

/// The loader's own rule ids. Rules of later stages live beside their code.
extension RuleID {
    public static let yamlSyntax: RuleID = "yaml/syntax"
    public static let yamlDuplicateKey: RuleID = "yaml/duplicate-key"
    public static let yamlLimits: RuleID = "yaml/limits"
    public static let yamlEncoding: RuleID = "yaml/encoding"
    public static let yamlCurlyQuotes: RuleID = "yaml/curly-quotes"
    public static let includeNotFound: RuleID = "include/not-found"
    public static let includeOutsideRoot: RuleID = "include/outside-root"
    public static let includeCycle: RuleID = "include/cycle"
}
