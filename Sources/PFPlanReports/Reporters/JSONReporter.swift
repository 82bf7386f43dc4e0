import PFPlanFormats
import PFPlanLoader

/// An array of findings for scripts:
/// `{file, line, column, endLine, endColumn, path, severity, rule, message,
/// hint, related: [{file, line, column, message}]}`, keys in that order,
/// `hint` null when absent, and `waived: REASON` on waived findings (listed
/// only with `--show-waived`). No findings: `[]`.
enum JSONReporter {
    static func render(_ report: LintReport, options: ReportOptions) -> String {
        let findings = report.findings(options, includeWaived: options.showWaived)
        return JSONWriter.arrayDocument(findings, entry)
    }

    static func entry(_ d: Diagnostic) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("file", .string(d.range.file)),
            ("line", .int(d.range.start.line)),
            ("column", .int(d.range.start.column)),
            ("endLine", .int(d.range.end.line)),
            ("endColumn", .int(d.range.end.column)),
            ("path", .string(d.path)),
            ("severity", .string(d.severity.rawValue)),
            ("rule", .string(d.rule.rawValue)),
            ("message", .string(d.message)),
            ("hint", .string(orNull: d.hint)),
            ("related", .array(d.related.map(related))),
        ]
        if let reason = d.waivedBecause { members.append(("waived", .string(reason))) }
        return .object(members)
    }

    static func related(_ r: RelatedLocation) -> JSONValue {
        .object([
            ("file", .string(r.range.file)),
            ("line", .int(r.range.start.line)),
            ("column", .int(r.range.start.column)),
            ("message", .string(r.message)),
        ])
    }
}
