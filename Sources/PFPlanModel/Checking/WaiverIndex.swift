import PFPlanLoader

/// The plan's waivers, checked and indexed by rule and target. A waived
/// finding stays in the list, marked with the reason, so the document and
/// SARIF can show it.
///
/// Each rule's findings are matched as they are made (`Findings.add`):
/// the waiver that accepts a finding is the first one in plan order whose
/// rule is the finding's and whose target is the finding's or absent, found
/// with two dictionary look-ups. (Matching every waiver against every
/// finding took 12 s for 40,000 of each.) A waiver that accepts no finding
/// is `waivers/unused`.
public struct WaiverIndex: Sendable {
    /// Findings about the waivers themselves: an unknown or unwaivable
    /// rule (`schema/value`), no reason, past `until`.
    public private(set) var findings: [Diagnostic] = []
    /// The plan's waivers (the plan's own array, not a copy of each) and,
    /// in plan order, the positions in it of those that apply.
    private var waivers: [Plan.Waiver] = []
    private var effective: [(waiver: Int, rule: RuleID)] = []
    /// Per rule: the first effective waiver without a target, and the first
    /// for each target (positions in `effective`).
    private var byRule: [RuleID: (untargeted: Int?, targeted: [String: Int])] = [:]

    /// No waivers.
    public static let none = WaiverIndex()

    private init() {}

    public init(_ waivers: [Plan.Waiver], asOf: CalendarDate) {
        self.waivers = waivers
        var tally = FindingTally()
        func emit(
            _ rule: RuleID, _ message: @autoclosure () -> String, at range: SourceRange, path: PlanPath,
            hint: String? = nil,
            facts: [Fact] = []
        ) {
            let severity = RuleCatalog.description(of: rule.rawValue)?.severity ?? .error
            guard tally.admit(rule, at: range, severity: severity) else { return }
            findings.append(
                Diagnostic(
                    rule: rule, severity: severity, message: message(), range: range, path: path.description,
                    hint: hint,
                    facts: facts))
        }
        let catalogue = RuleCatalog.descriptionsByID
        for (index, w) in waivers.enumerated() {
            guard let rule = catalogue[w.rule.value] else {
                guard tally.admit("schema/value", at: w.rule.range, severity: .error) else { continue }
                let near = Suggest.nearest(to: w.rule.value, in: RuleCatalog.descriptions.map(\.id.rawValue))
                findings.append(
                    Diagnostic(
                        rule: "schema/value", severity: .error,
                        message: "'\(w.rule.value)' is not a rule" + (near.map { "; did you mean '\($0)'?" } ?? ""),
                        range: w.rule.range, path: w.rule.path.description,
                        hint: near == nil ? "'pfplan rules' lists them" : nil))
                continue
            }
            guard rule.isWaivable, rule.id.group != "waivers" else {
                emit(
                    "schema/value", "findings of '\(rule.id)' cannot be waived: the plan must be fixed",
                    at: w.rule.range, path: w.rule.path)
                continue
            }
            guard w.reason != nil else {
                var at = w.range
                at.end = at.start
                emit(
                    "waivers/no-reason", "the waiver of '\(rule.id)' has no reason, so it is not applied", at: at,
                    path: w.path,
                    hint: "add 'reason:' with the group's decision")
                continue
            }
            if let until = w.until, until.value < asOf {
                emit(
                    "waivers/expired",
                    "the waiver of '\(rule.id)' ended on \(until.value); its findings are shown again",
                    at: until.range, path: until.path, hint: "renew 'until' or fix the plan",
                    facts: [.date("until", until.value)])
                continue
            }
            let position = effective.count
            effective.append((index, rule.id))
            // In place: a copy of the entry taken out and put back copied its
            // table of targets for every waiver (quadratic again).
            if let target = w.target?.value {
                if byRule[rule.id, default: (nil, [:])].targeted[target] == nil {
                    byRule[rule.id, default: (nil, [:])].targeted[target] = position
                }
            } else if byRule[rule.id, default: (nil, [:])].untargeted == nil {
                byRule[rule.id, default: (nil, [:])].untargeted = position
            }
        }
        findings += tally.closingFindings()
    }

    public var isEmpty: Bool { effective.isEmpty }

    /// The waiver that accepts a finding of `rule` about `target`: its
    /// position, for `reason(_:)` and `unusedFindings(used:)`.
    public func waiver(for rule: RuleID, target: String?) -> Int? {
        guard let entry = byRule[rule] else { return nil }
        let targeted = target.flatMap { entry.targeted[$0] }
        switch (targeted, entry.untargeted) {
        case (let a?, let b?): return min(a, b)
        case (let a?, nil): return a
        case (nil, let b): return b
        }
    }

    public func reason(_ position: Int) -> String { waivers[effective[position].waiver].reason!.value }

    /// `waivers/unused` for each effective waiver not among `used`.
    public func unusedFindings(used: Set<Int>) -> [Diagnostic] {
        var tally = FindingTally()
        var out: [Diagnostic] = []
        let severity = RuleCatalog.description(of: "waivers/unused")?.severity ?? .warning
        for (position, (index, rule)) in effective.enumerated() where !used.contains(position) {
            let w = waivers[index]
            guard tally.admit("waivers/unused", at: w.rule.range, severity: severity) else { continue }
            let what = w.target.map { "'\(rule)' for '\($0.value)'" } ?? "'\(rule)'"
            out.append(
                Diagnostic(
                    rule: "waivers/unused", severity: severity, message: "the waiver of \(what) matches no finding",
                    range: w.rule.range, path: w.rule.path.description, hint: "remove it, or correct its rule or target"
                ))
        }
        return out + tally.closingFindings()
    }
}
