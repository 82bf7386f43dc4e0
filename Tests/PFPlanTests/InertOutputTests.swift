import Foundation
import Testing

@testable import PFPlanLoader
@testable import PFPlanModel
@testable import PFPlanRender

/// Plan text is inert in every output channel (docs/safety.md): control
/// characters, line breaks and bidirectional controls are shown escaped on
/// a terminal and on stderr.
@Suite struct InertOutputTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("hostile")
    static func fixture(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Raw control characters (line breaks and tab aside), C1 controls and
    /// bidirectional controls.
    static func rawControls(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { c in
            c != "\n" && c != "\r" && c != "\t" && TerminalText.needsEscape(c)
        }
    }

    // MARK: - The pieces

    @Test func terminalTextShowsControlsAsEscapes() {
        #expect(TerminalText.escaped("plain text, é, مرحبا") == "plain text, é, مرحبا")
        #expect(TerminalText.escaped("a\u{1B}[2Jb") == "a\\u{1B}[2Jb")
        #expect(TerminalText.escaped("a\nb\rc\td") == "a\\nb\\rc\\td")
        #expect(TerminalText.escaped("\u{7F}\u{85}\u{9B}\u{2028}") == "\\u{7F}\\u{85}\\u{9B}\\u{2028}")
        #expect(TerminalText.escaped("abc\u{202E}fed\u{2066}x\u{2069}\u{200F}") == "abc\\u{202E}fed\\u{2066}x\\u{2069}\\u{200F}")
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
            LintReport(plans: [file], diagnostics: result.diagnostics, sources: result.sources, toolVersion: "0"), format: .text)
        #expect(!text.unicodeScalars.contains("\u{1B}"))
        #expect(text.contains("    2 | # \\u{1B}[2J\\u{1B}[H0 errors, 0 warnings in 1 plan\n      |   ^\n"))
        #expect(result.diagnostics.map(\.rule) == [.yamlEncoding])
    }

    /// An escaped control in double quotes is `yaml/encoding`, and the value
    /// keeps it as visible text, so that `--force` shows no raw control.
    @Test func anEscapedControlIsKeptAsVisibleText() throws {
        let result = try Linter.lint(Self.fixture("escaped-controls.yaml"), options: lintOptions(root: Self.folder.path)).get()
        #expect(result.plan?.city.name?.value == "Esc\\u{1B}[2J\\u{1B}[Hton")
        #expect(result.plan?.framework.title?.value == "Plan \\u{7}\\u{7}\\u{9B}")
        #expect(result.diagnostics.filter { $0.rule == .yamlEncoding }.count == 4)
        #expect(result.diagnostics.contains { $0.message == "'x\\u{1B}[2J' is not a key of stakeholder" })
    }
}
