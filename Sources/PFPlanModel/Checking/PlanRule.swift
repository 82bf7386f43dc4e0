import PFPlanLoader

/// A lint rule: its description (docs and examples) and its check. Rules
/// are stateless; everything they need is in the context, computed once.
public protocol PlanRule: Sendable {
    static var description: RuleDescription { get }
    /// Emits findings. Rules whose findings come from the loader or decoder
    /// (yaml/*, schema/*, include/*) or from waiver handling keep the default,
    /// which emits nothing: they are in the catalogue for their docs.
    static func check(_ context: RuleContext, _ findings: inout Findings)
    /// Whether `check` reads `context.coverage`. The rules that do not run
    /// while the coverage matrix is built, which is the longest step of
    /// the context on a large plan.
    static var readsCoverage: Bool { get }
}

extension PlanRule {
    public static func check(_ context: RuleContext, _ findings: inout Findings) {}
    public static var readsCoverage: Bool { false }
}

/// What every rule sees.
public struct RuleContext: Sendable {
    public var plan: Plan
    public var model: FrameworkModel
    public var asOf: CalendarDate
    public var ids: IdIndex
    private var builtCoverage: CoverageMatrix?

    /// Present for every rule that declares `readsCoverage`
    /// (`RuleCatalog.check(plan:model:asOf:)` gives the others a context
    /// without it, and the rule example tests run every rule that way).
    public var coverage: CoverageMatrix {
        guard let builtCoverage else {
            preconditionFailure("a rule read the coverage matrix without declaring readsCoverage")
        }
        return builtCoverage
    }

    init(plan: Plan, model: FrameworkModel, asOf: CalendarDate, ids: IdIndex, coverage: CoverageMatrix?) {
        self.plan = plan
        self.model = model
        self.asOf = asOf
        self.ids = ids
        builtCoverage = coverage
    }

    func with(coverage: CoverageMatrix) -> RuleContext {
        RuleContext(plan: plan, model: model, asOf: asOf, ids: ids, coverage: coverage)
    }

    /// Defined ids that lead or partner an action: who has work to do in the plan.
    var actionParticipants: IdSet {
        var ids = self.ids.emptySet()
        let actions = plan.actions
        for i in actions.indices {
            if let lead = actions[i].lead { ids.insert(lead.value) }
            actions[i].partners.forEach { ids.insert($0.value) }
        }
        return ids
    }

    /// Where a plan-wide finding about a list goes when nothing more
    /// precise exists: the list's first item, else the top of the plan.
    func anchor(_ items: [SourceRange]) -> SourceRange {
        if let first = items.first { return SourceRange(file: first.file, start: first.start, end: first.start) }
        return SourceRange(file: plan.file, start: plan.range.start, end: plan.range.start)
    }
}

/// Collects one rule's findings, filling in its id and severity. Each is
/// matched against the plan's waivers as it is made, then admitted under
/// the per-file cap (`FindingCap`): past it, a finding costs a count, and
/// its message (an autoclosure) is never built.
public struct Findings: Sendable {
    public let rule: RuleDescription
    /// The findings listed, without the closing ones of a capped rule
    /// (`all` has them).
    public private(set) var diagnostics: [Diagnostic] = []
    private let waivers: WaiverIndex
    /// Positions in `waivers` of the waivers that accepted a finding.
    public private(set) var usedWaivers = Set<Int>()
    private var tally = FindingTally()

    public init(rule: RuleDescription, waivers: WaiverIndex = .none) {
        self.rule = rule
        self.waivers = waivers
    }

    /// The findings listed, then one closing finding per file where the
    /// rule went over the cap.
    public var all: [Diagnostic] { tally.isOver ? diagnostics + tally.closingFindings() : diagnostics }

    /// - Parameters:
    ///   - facts: what the finding's plain-words sentence names (`Fact`).
    ///   - variant: which of the rule's sentences fits, when it has several.
    public mutating func add(
        _ message: @autoclosure () -> String, at range: SourceRange, path: PlanPath, target: String?,
        hint: @autoclosure () -> String? = nil, related: @autoclosure () -> [RelatedLocation] = [],
        facts: @autoclosure () -> [Fact] = [], variant: String? = nil
    ) {
        assert(
            variant.map(rule.variants.contains) ?? rule.variants.isEmpty,
            "\(rule.id) has no sentence '\(variant ?? "nil")'")
        var reason: String?
        if !waivers.isEmpty, let w = waivers.waiver(for: rule.id, target: target) {
            usedWaivers.insert(w)
            reason = waivers.reason(w)
        }
        guard tally.admit(rule.id, at: range, severity: rule.severity, waivedBecause: reason) else { return }
        var d = Diagnostic(
            rule: rule.id, severity: rule.severity, message: message(), range: range, path: path.description,
            hint: hint(), related: related(), target: target, facts: facts(), variant: variant)
        d.waivedBecause = reason
        diagnostics.append(d)
    }

    public mutating func add<T>(
        _ message: @autoclosure () -> String, at value: Located<T>, target: String?,
        hint: @autoclosure () -> String? = nil,
        related: @autoclosure () -> [RelatedLocation] = [], facts: @autoclosure () -> [Fact] = [],
        variant: String? = nil
    ) {
        add(
            message(), at: value.range, path: value.path, target: target, hint: hint(), related: related(),
            facts: facts(),
            variant: variant)
    }
}
