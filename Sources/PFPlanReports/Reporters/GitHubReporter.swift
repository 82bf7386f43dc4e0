import PFPlanFormats
import PFPlanLoader

/// GitHub Actions workflow commands, one per finding, which the runner turns
/// into annotations on the pull request:
///
///     ::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE
///
/// `warning` for warnings, `notice` for infos. GitHub takes columns only for
/// a range on one line, so `col` and `endColumn` are left out when the range
/// spans lines. Waived findings (with `--show-waived`) are notices whose
/// message ends in `(waived: REASON)`: they are never counted, so they must
/// not look like errors or warnings. Then the summary line, as in text.
enum GitHubReporter {
    static func render(_ report: LintReport, options: ReportOptions) -> String {
        let findings = report.findings(options, includeWaived: options.showWaived)
        var out = ""
        for d in findings {
            let command: String
            var message = d.message
            if let reason = d.waivedBecause {
                command = "notice"
                message += " (waived: \(reason))"
            } else {
                switch d.severity {
                case .error: command = "error"
                case .warning: command = "warning"
                case .info: command = "notice"
                }
            }
            var properties: [(String, String)] = [("file", d.range.file), ("line", String(d.range.start.line))]
            let oneLine = d.range.end.line == d.range.start.line
            if oneLine { properties.append(("col", String(d.range.start.column))) }
            properties.append(("endLine", String(max(d.range.start.line, d.range.end.line))))
            if oneLine { properties.append(("endColumn", String(max(d.range.start.column, d.range.end.column)))) }
            properties.append(("title", d.rule.rawValue))
            out += "::\(command) "
            out += properties.map { "\($0.0)=\(WorkflowCommandText.property($0.1))" }.joined(separator: ",")
            // Control characters are shown as escapes, as in text; line
            // breaks are left to GitHub's own escapes (%0A, %0D).
            out += "::\(WorkflowCommandText.data(TerminalText.escaped(message, keepingLineBreaks: true)))\n"
        }
        out += report.summaryLine(for: findings, options: options) + "\n"
        return out
    }
}
