import PFPlanLoader
import PFPlanModel
import PFPlanFormats

/// JUnit XML for CI dashboards: a test suite per plan and, in it, a test case
/// per rule of the catalogue. A rule with error or warning findings in that
/// plan fails (`type` is the worst severity, the text lists the findings);
/// a rule with nothing, or only infos, passes. Infos, and waived findings
/// with `--show-waived`, are listed under the test case's `<system-out>`.
///
/// A finding belongs to the plan of its file; a finding in another file (an
/// included one) to the plan whose folder holds it most closely, else to the
/// first plan.
enum JUnitReporter {
    static func render(_ report: LintReport, options: ReportOptions) -> String {
        let findings = report.findings(options, includeWaived: options.showWaived)
        var plans = report.plans
        if plans.isEmpty {
            // Nothing named: a suite per file that has findings.
            for d in findings where !plans.contains(d.range.file) { plans.append(d.range.file) }
        }
        var byPlan = Array(repeating: [Diagnostic](), count: plans.count)
        for d in findings {
            if let i = planIndex(of: d.range.file, in: plans) { byPlan[i].append(d) }
        }
        // The catalogue's rules in its order, then any rule that fired but is
        // not in it (so no finding goes unreported).
        var ruleIDs = report.rules.map(\.id)
        ruleIDs += Set(report.diagnostics.map(\.rule)).subtracting(ruleIDs).sorted()

        var suites = ""
        var totalFailures = 0
        for (plan, planFindings) in zip(plans, byPlan) {
            var cases = ""
            var failures = 0
            for rule in ruleIDs {
                let ofRule = planFindings.filter { $0.rule == rule }
                let failing = ofRule.filter { !$0.isWaived && $0.severity >= .warning }
                let passing = ofRule.filter { $0.isWaived || $0.severity < .warning }
                let open =
                    "    <testcase classname=\"\(XMLText.attribute(plan))\" name=\"\(XMLText.attribute(rule.rawValue))\""
                if failing.isEmpty && passing.isEmpty {
                    cases += open + "/>\n"
                    continue
                }
                cases += open + ">\n"
                if let worst = failing.map(\.severity).max() {
                    failures += 1
                    let lines = failing.map { "\(location($0)): \($0.message)" }
                    cases +=
                        "      <failure type=\"\(worst.rawValue)\" message=\"\(counted(failing.count, "finding"))\">"
                    cases += XMLText.content(lines.joined(separator: "\n")) + "</failure>\n"
                }
                if !passing.isEmpty {
                    let lines = passing.map { d in
                        "\(location(d)): \(d.severity.rawValue): \(d.message)"
                            + (d.waivedBecause.map { " (waived: \($0))" } ?? "")
                    }
                    cases += "      <system-out>" + XMLText.content(lines.joined(separator: "\n")) + "</system-out>\n"
                }
                cases += "    </testcase>\n"
            }
            suites +=
                "  <testsuite name=\"\(XMLText.attribute(plan))\" tests=\"\(ruleIDs.count)\" failures=\"\(failures)\">\n"
            suites += cases
            suites += "  </testsuite>\n"
            totalFailures += failures
        }

        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out +=
            "<testsuites name=\"pfplan lint\" tests=\"\(ruleIDs.count * plans.count)\" failures=\"\(totalFailures)\">\n"
        out += suites
        out += "</testsuites>\n"
        return out
    }

    static func location(_ d: Diagnostic) -> String {
        "\(d.range.file):\(d.range.start.line):\(d.range.start.column)"
    }

    /// The plan a file belongs to: the plan itself, else the plan with the
    /// longest folder that holds the file, else the first plan.
    static func planIndex(of file: String, in plans: [String]) -> Int? {
        if let exact = plans.firstIndex(of: file) { return exact }
        var best: (index: Int, length: Int)?
        for (i, plan) in plans.enumerated() {
            guard let slash = plan.lastIndex(of: "/") else { continue }
            let folder = plan[...slash]
            if file.hasPrefix(folder), folder.count > (best?.length ?? -1) {
                best = (i, folder.count)
            }
        }
        return best?.index ?? (plans.isEmpty ? nil : 0)
    }
}
