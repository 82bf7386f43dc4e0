import Foundation
import PFPlanSupport
import Testing

@testable import PFPlanFormats
@testable import PFPlanLoader
@testable import PFPlanModel
@testable import PFPlanReports

/// Plan text is inert in every output channel (docs/safety.md): control
/// characters, line breaks and bidirectional controls are shown escaped on
/// a terminal and on stderr, and nothing pfplan prints outside `--format
/// github` can start a GitHub Actions workflow command.
@Suite struct InertOutputTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("hostile")
    static func fixture(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The lines of `text` that the Actions runner would read as a command:
    /// `::` first after .NET's white space, or `##[` anywhere.
    static func commandLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for c in text.unicodeScalars {
            if c == "\n" || c == "\r" {
                lines.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(c)
            }
        }
        lines.append(current)
        return lines.filter { line in
            let trimmed = line.unicodeScalars.drop { WorkflowCommandText.isRunnerWhiteSpace($0) }
            return trimmed.starts(with: "::".unicodeScalars) || line.contains("##[")
        }
    }

    /// Raw control characters (line breaks and tab aside), C1 controls and
    /// bidirectional controls.
    static func rawControls(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { c in
            c != "\n" && c != "\r" && c != "\t" && TerminalText.needsEscape(c)
        }
    }

    static let runs: [[String]] = {
        var runs: [[String]] = []
        for plan in ["forged-commands.yaml", "escaped-controls.yaml", "raw-escape.yaml"] {
            let file = fixture(plan)
            for format in ["text", "json", "sarif", "junit"] {
                runs.append(["lint", file, "--as-of", "2025-06-01", "--show-waived", "--format", format])
            }
            for format in ["csv", "md", "html", "json", "vcf"] { runs.append(["directory", file, "--format", format]) }
            for format in ["text", "md", "json"] {
                runs.append(["status", file, "--as-of", "2025-06-01", "--format", format])
                runs.append(["gaps", file, "--format", format])
            }
            runs.append(["pledge", file])
            runs.append(["render", file, "--force", "--out", "OUT"])
        }
        return runs
    }()

    @Test(arguments: runs)
    func noOutputCanStartAWorkflowCommand(_ arguments: [String]) throws {
        let out = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try runPFPlan(arguments.map { $0 == "OUT" ? out.path : $0 })
        #expect(Self.commandLines(r.stdout) == [], "stdout of \(arguments)")
        #expect(Self.commandLines(r.stderr) == [], "stderr of \(arguments)")
        // Terminal text and stderr: no raw control of any kind; other
        // formats escape or drop them in their own way.
        if arguments.contains("text") || arguments.first == "render" {
            #expect(Self.rawControls(r.stdout) == [], "stdout of \(arguments)")
        }
        #expect(Self.rawControls(r.stderr) == [], "stderr of \(arguments)")
        #expect(!r.stdout.unicodeScalars.contains("\u{1B}"), "stdout of \(arguments)")
    }

    /// With --force, the rendered files carry no raw escape either.
    @Test func aForcedRenderWritesNoRawControl() throws {
        let out = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        _ = try runPFPlan(["render", Self.fixture("escaped-controls.yaml"), "--force", "--out", out.path])
        let files = FileManager.default.enumerator(atPath: out.path)!.compactMap { $0 as? String }
        #expect(files.contains { $0.hasSuffix("directory.csv") })
        for file in files where !FileReader.isDirectory(out.appendingPathComponent(file).path) {
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            #expect(
                !text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" }, "\(file)")
        }
    }

    /// `--format github` writes one command per finding, whatever line
    /// breaks the plan's text holds, each escaped by GitHub's rules.
    @Test func githubFormatWritesOneCommandPerFinding() throws {
        let r = try runPFPlan([
            "lint", Self.fixture("escaped-controls.yaml"), "--as-of", "2025-06-01", "--format", "github",
        ])
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let commands = lines.dropLast()
        #expect(
            commands.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
        #expect(!r.stdout.contains("\r"))
        #expect(commands.contains { $0.contains("'k%0A::error::key ##[error]x' is not a key of stakeholder") })
        #expect(WorkflowCommandText.property("a,b:c%d\ne") == "a%2Cb%3Ac%25d%0Ae")
        #expect(WorkflowCommandText.data("50% done\r\n::x") == "50%25 done%0D%0A::x")
    }

    // MARK: - The pieces

    @Test func terminalTextShowsControlsAsEscapes() {
        #expect(TerminalText.escaped("plain text, é, مرحبا") == "plain text, é, مرحبا")
        #expect(TerminalText.escaped("a\u{1B}[2Jb") == "a\\u{1B}[2Jb")
        #expect(TerminalText.escaped("a\nb\rc\td") == "a\\nb\\rc\\td")
        #expect(TerminalText.escaped("\u{7F}\u{85}\u{9B}\u{2028}") == "\\u{7F}\\u{85}\\u{9B}\\u{2028}")
        #expect(
            TerminalText.escaped("abc\u{202E}fed\u{2066}x\u{2069}\u{200F}")
                == "abc\\u{202E}fed\\u{2066}x\\u{2069}\\u{200F}")
        #expect(TerminalText.escaped("a\tb", keepingTabs: true) == "a\tb")
    }

    @Test func aQuotedLineKeepsItsCaretUnderTheColumn() {
        let (line, padding) = TerminalText.quoted("a\u{1B}b\tc: x", caretAt: 7)
        #expect(line == "a\\u{1B}b\tc: x")
        #expect(padding == "        \t  ")
        #expect(TerminalText.quoted("\tkey: v", caretAt: 3) == ("\tkey: v", "\t "))
    }

    /// A raw ESC in a plan line (a comment) is `yaml/encoding`, and the
    /// quoted line shows it escaped: the plan cannot clear the screen and
    /// print "0 errors" under its own finding.
    @Test func aRawEscapeInTheQuotedLineIsShownEscaped() throws {
        let file = Self.fixture("raw-escape.yaml")
        let result = try Linter.lint(file, options: lintOptions(root: Self.folder.path)).get()
        let text = LintReporter.render(
            LintReport(plans: [file], diagnostics: result.diagnostics, sources: result.sources, toolVersion: "0"),
            format: .text)
        #expect(!text.unicodeScalars.contains("\u{1B}"))
        #expect(text.contains("    2 | # \\u{1B}[2J\\u{1B}[H0 errors, 0 warnings in 1 plan\n      |   ^\n"))
        #expect(result.diagnostics.map(\.rule) == [.yamlEncoding])
    }

    /// An escaped control in double quotes is `yaml/encoding`, and the value
    /// keeps it as visible text, so that `--force` shows no raw control.
    @Test func anEscapedControlIsKeptAsVisibleText() throws {
        let result = try Linter.lint(
            Self.fixture("escaped-controls.yaml"), options: lintOptions(root: Self.folder.path)
        ).get()
        #expect(result.plan?.city.name?.value == "Esc\\u{1B}[2J\\u{1B}[Hton")
        #expect(result.plan?.framework.title?.value == "Plan \\u{7}\\u{7}\\u{9B}")
        #expect(result.diagnostics.filter { $0.rule == .yamlEncoding }.count == 4)
        #expect(result.diagnostics.contains { $0.message == "'x\\u{1B}[2J' is not a key of stakeholder" })
    }

    @Test func theGuardEscapesInEachLanguage() {
        let text = "ok\n  ::error::x\n\u{A0}::warning::y\r::notice::z\nsee ##[error]w\n"
        #expect(
            WorkflowCommandText.neutralized(text, as: .text)
                == "ok\n  \\u{3A}:error::x\n\u{A0}\\u{3A}:warning::y\r\\u{3A}:notice::z\nsee #\\u{23}[error]w\n")
        #expect(
            WorkflowCommandText.neutralized(text, as: .markdown)
                == "ok\n  \\::error::x\n\u{A0}\\::warning::y\r\\::notice::z\nsee #\\#[error]w\n")
        #expect(
            WorkflowCommandText.neutralized(text, as: .html)
                == "ok\n  &#58;:error::x\n\u{A0}&#58;:warning::y\r&#58;:notice::z\nsee #&#35;[error]w\n")
        #expect(WorkflowCommandText.neutralized("{\"a\": \"##[x\"}", as: .json) == "{\"a\": \"#\\u0023[x\"}")
        let plain = "a: b\nc ::d\n# x [y]\n"
        #expect(WorkflowCommandText.neutralized(plain, as: .text) == plain)
    }
}
