import ArgumentParser
import PFPlanLoader
import PFPlanModel

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the lint rules, or explain one with a failing and a passing example.")

    @Argument(help: ArgumentHelp("A rule id, such as refs/unknown.", valueName: "rule"))
    var rule: String?

    @Option(help: "text, or markdown (the rule table of docs/rules.md).")
    var format: RulesFormat = .text

    enum RulesFormat: String, ExpressibleByArgument, CaseIterable { case text, markdown }

    func run() throws {
        let catalogue = RuleCatalog.descriptions
        guard let rule else {
            StandardOutput.write(
                format == .markdown ? RuleDocs.markdownTable(catalogue) : RuleDocs.table(catalogue),
                as: format == .markdown ? .markdown : .text)
            return
        }
        guard let description = RuleCatalog.description(of: rule) else {
            let near = Suggest.nearest(to: rule, in: catalogue.map(\.id.rawValue))
            StandardError.write(
                "no rule '\(rule)'" + (near.map { "; did you mean '\($0)'?" } ?? "") + " ('pfplan rules' lists them)")
            throw ExitCode(2)
        }
        StandardOutput.write(RuleDocs.explain(description), as: .text)
    }
}

/// Rule documentation as text: the same words `pfplan rules` prints and
/// the table of docs/rules.md is checked against.
public enum RuleDocs {
    public static func table(_ rules: [RuleDescription]) -> String {
        let width = rules.map(\.id.rawValue.count).max() ?? 0
        var out = ""
        for r in rules {
            let id = r.id.rawValue.padding(toLength: width)
            let severity = r.severity.rawValue.padding(toLength: 7)
            out += "\(id)  \(severity)  \(r.summary)\n"
        }
        return out
    }

    public static func explain(_ r: RuleDescription) -> String {
        var out = "\(r.id) (\(r.severity.rawValue))\n\n\(r.summary)\n\n\(r.explanation)\n"
        if !r.isWaivable { out += "\nFindings of this rule cannot be waived.\n" }
        out += "\nFails:\n\n" + indent(printable(r.failing))
        out += "\nPasses:\n\n" + indent(printable(r.passing))
        return out
    }

    /// The example with its marker shown as a line under the spot.
    private static func printable(_ example: RuleExample) -> String {
        var out = ""
        for line in example.yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            let scalars = Array(line.unicodeScalars)
            let shown = String(
                String.UnicodeScalarView(scalars.filter { $0 != "↓" }.map { $0.value < 0x20 ? "\u{FFFD}" : $0 }))
            out += shown + "\n"
            if let i = scalars.firstIndex(of: "↓") {
                out += String(repeating: " ", count: i) + "^ here\n"
            }
        }
        for (name, text) in example.files.sorted(by: { $0.key < $1.key }) {
            out += "# \(name):\n" + printable(RuleExample(text))
        }
        if let asOf = example.asOf { out += "# linted with --as-of \(asOf)\n" }
        return out
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(
            separator: "\n")
    }

    /// The rule table of docs/rules.md (Markdown).
    public static func markdownTable(_ rules: [RuleDescription]) -> String {
        var out = "| rule | severity | fires when |\n|---|---|---|\n"
        for r in rules { out += "| `\(r.id)` | \(r.severity.rawValue) | \(r.summary) |\n" }
        return out
    }
}

extension String {
    func padding(toLength n: Int) -> String {
        count >= n ? self : self + String(repeating: " ", count: n - count)
    }
}
