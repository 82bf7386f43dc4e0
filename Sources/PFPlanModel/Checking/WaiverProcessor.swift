import PFPlanLoader

/// Applies the plan's waivers to its findings: a waived finding stays in the
/// list, marked with the reason, so the document and SARIF can show it.
enum WaiverProcessor {
    static func apply(_ waivers: [Plan.Waiver], to diagnostics: inout [Diagnostic], asOf: CalendarDate) {
        func emit(_ rule: RuleID, _ message: String, at range: SourceRange, path: PlanPath, hint: String? = nil, facts: [Fact] = []) {
            let severity = RuleCatalog.description(of: rule.rawValue)?.severity ?? .error
            diagnostics.append(Diagnostic(rule: rule, severity: severity, message: message, range: range, path: path.description, hint: hint,
                                          facts: facts))
        }
        let catalogue = RuleCatalog.descriptions
        var effective: [(Plan.Waiver, RuleDescription)] = []
        for w in waivers {
            guard let rule = catalogue.first(where: { $0.id.rawValue == w.rule.value }) else {
                let near = Suggest.nearest(to: w.rule.value, in: catalogue.map(\.id.rawValue))
                emit(.schemaValue, "'\(w.rule.value)' is not a rule" + (near.map { "; did you mean '\($0)'?" } ?? ""),
                     at: w.rule.range, path: w.rule.path, hint: near == nil ? "'pfplan rules' lists them" : nil)
                continue
            }
            guard rule.isWaivable, rule.id.group != "waivers" else {
                emit(.schemaValue, "findings of '\(rule.id)' cannot be waived: the plan must be fixed", at: w.rule.range, path: w.rule.path)
                continue
            }
            guard w.reason != nil else {
                var at = w.range
                at.end = at.start
                emit(.waiversNoReason, "the waiver of '\(rule.id)' has no reason, so it is not applied", at: at, path: w.path,
                     hint: "add 'reason:' with the group's decision")
                continue
            }
            if let until = w.until, until.value < asOf {
                emit(.waiversExpired, "the waiver of '\(rule.id)' ended on \(until.value); its findings are shown again",
                     at: until.range, path: until.path, hint: "renew 'until' or fix the plan", facts: [.date("until", until.value)])
                continue
            }
            effective.append((w, rule))
        }
        for (w, rule) in effective {
            var matched = false
            for i in diagnostics.indices where diagnostics[i].rule == rule.id && diagnostics[i].waivedBecause == nil {
                if let target = w.target?.value, diagnostics[i].target != target { continue }
                diagnostics[i].waivedBecause = w.reason!.value
                matched = true
            }
            if !matched {
                let what = w.target.map { "'\(rule.id)' for '\($0.value)'" } ?? "'\(rule.id)'"
                emit(.waiversUnused, "the waiver of \(what) matches no finding", at: w.rule.range, path: w.rule.path,
                     hint: "remove it, or correct its rule or target")
            }
        }
    }
}
