import PFPlanFormats
import PFPlanLoader

/// Compiler-style text, for people at a terminal (plan text in it, from
/// the message to the quoted line, shown by `TerminalText`: a control
/// character or line break is an escape, never raw):
///
///     plan.yaml:42:11: error: lead 'athens-schools' is not defined [refs/unknown]
///        42 |     lead: athens-schools
///           |           ^~~~~~~~~~~~~~
///           = hint: ...
///     plan.yaml:12:9: note: ...
///     1 error, 0 warnings in 1 plan
enum TextReporter {
    static func render(_ report: LintReport, options: ReportOptions) -> String {
        let findings = report.findings(options, includeWaived: options.showWaived)
        let style = TextStyle(color: options.color)
        var out = ""
        var lines: [String: [Range<Int>]] = [:]
        for d in findings {
            let start = d.range.start
            out +=
                "\(TerminalText.escaped(d.range.file)):\(start.line):\(start.column): \(style.severity(d.severity)): "
            out += "\(style.bold(TerminalText.escaped(d.message))) [\(d.rule)]"
            if let reason = d.waivedBecause { out += " (waived: \(TerminalText.escaped(oneLine(reason))))" }
            out += "\n"
            if let text = report.sources[d.range.file],
                let line = quotedLine(start.line, of: d.range.file, text, lines: &lines)
            {
                let (shown, padding) = TerminalText.quoted(line, caretAt: start.column)
                out += gutter(start.line) + shown + "\n"
                out += emptyGutter + padding
                out += style.caret("^" + String(repeating: "~", count: tildes(d.range, line: line))) + "\n"
            }
            if let hint = d.hint { out += "      = hint: \(TerminalText.escaped(hint))\n" }
            for r in d.related {
                out +=
                    "\(TerminalText.escaped(r.range.file)):\(r.range.start.line):\(r.range.start.column): note: "
                    + "\(TerminalText.escaped(r.message))\n"
            }
        }
        out += report.summaryLine(for: findings, options: options) + "\n"
        return out
    }

    /// Lines longer than this are not quoted under a finding: a plan
    /// written on one line (YAML allows it) would repeat the whole file
    /// under each of its findings (a 100 KB one-line plan printed 650 MB).
    static let longestQuotedLine = 1000

    /// The text of a line to quote, or nil; each file's lines are found
    /// once, not read from the top of the file for every finding.
    static func quotedLine(_ number: Int, of file: String, _ text: SourceText, lines: inout [String: [Range<Int>]])
        -> String?
    {
        let ranges = lines[file] ?? text.lineRanges()
        lines[file] = ranges
        guard number >= 1, number <= ranges.count, ranges[number - 1].count <= longestQuotedLine else { return nil }
        return String(decoding: text.bytes[ranges[number - 1]], as: UTF8.self)
    }

    /// A finding is one line: a reason written as a YAML block (`|`) has its
    /// line breaks and the blank space around them folded into one space.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline)
            .map { line in line.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
            }
            .filter { !$0.isEmpty }
            .map { String($0) }
            .joined(separator: " ")
    }

    /// `%5d | `: the line number right-aligned in five columns.
    static func gutter(_ line: Int) -> String {
        let number = String(line)
        return String(repeating: " ", count: max(0, 5 - number.count)) + number + " | "
    }

    static let emptyGutter = "      | "

    /// Tildes after the caret: the rest of the range when it ends on the
    /// same line (the end column is exclusive), never past the line's end.
    static func tildes(_ range: SourceRange, line: String) -> Int {
        guard range.end.line == range.start.line, range.end.column > range.start.column else { return 0 }
        let length = line.unicodeScalars.count
        return max(0, min(range.end.column - range.start.column - 1, length - range.start.column))
    }
}

/// ANSI styling, or none: with `color` off the output holds no escape at all.
struct TextStyle {
    var color: Bool

    private static let reset = "\u{1B}[0m"

    func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: paint("error", "\u{1B}[1;31m")
        case .warning: paint("warning", "\u{1B}[1;33m")
        case .info: paint("info", "\u{1B}[1;36m")
        }
    }

    func bold(_ text: String) -> String { paint(text, "\u{1B}[1m") }
    func caret(_ text: String) -> String { paint(text, "\u{1B}[32m") }

    private func paint(_ text: String, _ code: String) -> String {
        color ? code + text + Self.reset : text
    }
}
