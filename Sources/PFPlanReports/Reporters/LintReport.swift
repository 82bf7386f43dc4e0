import PFPlanLoader
import PFPlanModel

/// Everything `pfplan lint` found, as data: every reporter is a view over it
/// and none looks back into the plans.
public struct LintReport: Sendable {
    /// The plan files linted, in order.
    public var plans: [String]
    /// All findings, waived ones included (`isWaived`, `waivedBecause`).
    public var diagnostics: [Diagnostic]
    /// File -> text, to quote the line under a finding.
    public var sources: [String: SourceText]
    /// The whole rule catalogue, in catalogue order (SARIF lists every rule;
    /// JUnit has a test case per plan and rule).
    public var rules: [RuleDescription]
    /// The version of pfplan, e.g. `0.1.0`.
    public var toolVersion: String

    public init(
        plans: [String], diagnostics: [Diagnostic], sources: [String: SourceText] = [:],
        rules: [RuleDescription] = [], toolVersion: String
    ) {
        self.plans = plans
        self.diagnostics = diagnostics
        self.sources = sources
        self.rules = rules
        self.toolVersion = toolVersion
    }

    /// How many findings of a severity count: waived ones never do. What the
    /// exit code is decided on (errors; warnings too with `--strict`).
    public func count(_ severity: Severity) -> Int {
        // The closing finding of a capped rule counts the findings it
        // stands for.
        diagnostics.reduce(0) { $0 + (!$1.isWaived && $1.severity == severity ? $1.findingCount : 0) }
    }
}

/// The output formats of `pfplan lint --format`.
public enum LintFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github, junit
}

/// What a reporter shows, besides the format.
public struct ReportOptions: Sendable, Equatable {
    /// ANSI colors (text format only).
    public var color: Bool
    /// Errors only, in every format.
    public var quiet: Bool
    /// List waived findings with their reasons (SARIF always has them, as
    /// suppressed results).
    public var showWaived: Bool

    public init(color: Bool = false, quiet: Bool = false, showWaived: Bool = false) {
        self.color = color
        self.quiet = quiet
        self.showWaived = showWaived
    }
}

/// Renders a report in one of the formats. Output is byte-stable: the same
/// report gives the same bytes, "\n" line ends and a final newline.
public enum LintReporter {
    public static func render(_ report: LintReport, format: LintFormat, options: ReportOptions = ReportOptions())
        -> String
    {
        switch format {
        case .text: TextReporter.render(report, options: options)
        case .json: JSONReporter.render(report, options: options)
        case .sarif: SARIFReporter.render(report, options: options)
        case .github: GitHubReporter.render(report, options: options)
        case .junit: JUnitReporter.render(report, options: options)
        }
    }
}

// MARK: - Shared by the reporters

extension LintReport {
    /// The findings a format lists, in report order: `quiet` keeps errors
    /// only; waived findings stay only when `includeWaived`.
    func findings(_ options: ReportOptions, includeWaived: Bool) -> [Diagnostic] {
        Diagnostic.sortedForReport(diagnostics).filter { d in
            if options.quiet && d.severity != .error { return false }
            if d.isWaived && !includeWaived { return false }
            return true
        }
    }

    /// `N errors, N warnings[, N infos] in N plans` over the listed findings
    /// (waived ones are listed with `--show-waived` but never counted). With
    /// `--quiet`, what it hid is counted, not called absent: `1 error in 2
    /// plans (23 warnings and 1 info hidden by --quiet)`.
    func summaryLine(for findings: [Diagnostic], options: ReportOptions) -> String {
        if options.quiet {
            let open = diagnostics.filter { !$0.isWaived }
            let (warnings, infos) = (open.count { $0.severity == .warning }, open.count { $0.severity == .info })
            if warnings + infos > 0 {
                let errors = findings.count { !$0.isWaived && $0.severity == .error }
                var hidden = [counted(warnings, "warning"), counted(infos, "info")].filter { !$0.hasPrefix("0 ") }
                if hidden.count == 2 { hidden = [hidden.joined(separator: " and ")] }
                return "\(counted(errors, "error")) in \(counted(plans.count, "plan")) (\(hidden[0]) hidden by --quiet)"
            }
        }
        return summaryLine(for: findings)
    }

    func summaryLine(for findings: [Diagnostic]) -> String {
        var errors = 0
        var warnings = 0
        var infos = 0
        for d in findings where !d.isWaived {
            switch d.severity {
            case .error: errors += d.findingCount
            case .warning: warnings += d.findingCount
            case .info: infos += d.findingCount
            }
        }
        var line = "\(counted(errors, "error")), \(counted(warnings, "warning"))"
        if infos > 0 { line += ", \(counted(infos, "info"))" }
        line += " in \(counted(plans.count, "plan"))"
        return line
    }
}

extension Severity {
    /// SARIF's name for the level: `note` for info.
    var sarifLevel: String {
        switch self {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}
