import PFPlanFormats
import PFPlanLoader
import PFPlanModel
import PFPlanPublishing
import PFPlanReports

/// The language of each command's output, for `WorkflowCommandText`:
/// which escape a line that would start a CI command gets.
extension LintFormat {
    /// nil for `github`: its lines are the commands, escaped by GitHub's rules.
    var outputLanguage: WorkflowCommandText.Language? {
        switch self {
        case .text: .text
        case .json, .sarif: .json
        case .junit: .html
        case .github: nil
        }
    }
}

extension DirectoryFormat {
    var outputLanguage: WorkflowCommandText.Language {
        switch self {
        case .csv: .csv
        case .md: .markdown
        case .html: .html
        case .json: .json
        case .vcf: .text
        }
    }
}

extension GapsFormat {
    var outputLanguage: WorkflowCommandText.Language {
        switch self {
        case .text: .text
        case .md: .markdown
        case .json: .json
        }
    }
}

extension StatusFormat {
    var outputLanguage: WorkflowCommandText.Language {
        switch self {
        case .text: .text
        case .md: .markdown
        case .json: .json
        }
    }
}

extension PledgeFormat {
    var outputLanguage: WorkflowCommandText.Language {
        switch self {
        case .md: .markdown
        case .json: .json
        }
    }
}

/// Findings in brief on stderr, one line each, at most ten (the full
/// report is `pfplan lint`'s job): plan text in them escaped, the count of
/// the rest including what a capped rule's closing finding stands for.
enum BriefFindings {
    static func write(_ findings: [Diagnostic], severityWord: String? = nil) {
        var text = ""
        for d in findings.prefix(10) {
            let word = severityWord.map { $0 + ": " } ?? ""
            text +=
                "  \(TerminalText.escaped(d.range.file)):\(d.range.start.line):\(d.range.start.column): \(word)"
                + "\(TerminalText.escaped(d.message)) [\(d.rule)]\n"
        }
        let rest = findings.dropFirst(10).reduce(0) { $0 + $1.findingCount }
        if rest > 0 { text += "  ... and \(rest) more (run pfplan lint)\n" }
        StandardError.writeLines(text)
    }

    /// `1 error`, `N errors`: what `findings` count for.
    static func errors(_ findings: [Diagnostic]) -> String {
        counted(findings.reduce(0) { $0 + $1.findingCount }, "error")
    }
}
