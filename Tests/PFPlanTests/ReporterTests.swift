import Foundation
import PFPlanTestSupport
import PFPlanLoader
import PFPlanModel
import Testing

@testable import PFPlanFormats
@testable import PFPlanReports

/// Every format, byte for byte, against golden files in
/// `Fixtures/reporters/`. To rewrite the goldens after a deliberate change,
/// run with `PFPLAN_UPDATE_GOLDENS=1` and read the diff before committing.
@Suite struct ReporterTests {
    // MARK: - The sample report

    static let athens = "cities/athens/plan.yaml"
    static let bergen = "cities/bergen/plan.yaml"
    /// Included by Bergen's plan; its text is not in `sources`.
    static let bergenActions = "cities/bergen/actions.yaml"

    static let athensText = """
        pfplan: 1
        city: Athens
        members:
          - id: athens-city-schools
            role: chair
        actions:
          - id: act-1
            lead: athens-schools

        """

    static let bergenText = """
        pfplan: 1
        city: Bergen
        stakeholders:
          - id: bergen-library
        members:
          - role: coordinator

        """

    static func range(_ file: String, _ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
        SourceRange(
            file: file, start: Position(line: line, column: column), end: Position(line: endLine, column: endColumn))
    }

    static func rule(_ id: RuleID, _ severity: Severity, _ summary: String, _ explanation: String) -> RuleDescription {
        RuleDescription(
            id: id, severity: severity, summary: summary, explanation: explanation,
            failing: RuleExample("actions: []"), passing: RuleExample("actions: []"))
    }

    static let catalogue: [RuleDescription] = [
        rule(
            "refs/unknown", .error, "a reference names no id, or an id of the wrong kind",
            "A reference must name an id defined in the plan.\nFix the spelling or define the id."),
        rule(
            "roles/vacant", .warning, "a member seat with a role but no name",
            "Every seat of the leadership group needs a named person."),
        rule(
            "actions/no-indicator", .warning, "an action has no indicator",
            "Without an indicator, progress cannot be \"measured\"."),
        rule(
            "directory/orphan", .info, "a stakeholder that nothing refers to",
            "A stakeholder nobody refers to is probably left over."),
    ]

    static var sample: LintReport {
        var waived = Diagnostic(
            rule: "roles/vacant", severity: .warning, message: "the coordinator seat has no name",
            range: range(bergen, 6, 5, 6, 22), path: "members[0]")
        waived.waivedBecause = "seat filled at the March meeting"
        let diagnostics = [
            // Given out of order: every reporter sorts.
            Diagnostic(
                rule: "directory/orphan", severity: .info,
                message: "stakeholder 'bergen-library' is referred to by nothing",
                range: range(bergen, 4, 9, 4, 23), path: "stakeholders[0].id"),
            waived,
            Diagnostic(
                rule: "refs/unknown", severity: .error,
                message: "lead 'athens-schools' is not defined; did you mean 'athens-city-schools'?",
                range: range(athens, 8, 11, 8, 25), path: "actions[0].lead",
                hint: "use the id of a stakeholder or member, e.g. \"athens-city-schools\"",
                related: [
                    RelatedLocation(range: range(athens, 4, 9, 4, 28), message: "'athens-city-schools' is defined here")
                ]),
            Diagnostic(
                rule: "actions/no-indicator", severity: .warning, message: "action 'act-1' has no indicator",
                range: range(athens, 7, 5, 8, 25), path: "actions[0]"),
            Diagnostic(
                rule: "actions/no-indicator", severity: .warning, message: "action 'b-2' has no indicator",
                range: range(bergenActions, 2, 5, 2, 12), path: "actions[1]"),
        ]
        return LintReport(
            plans: [athens, bergen], diagnostics: diagnostics,
            sources: [
                athens: SourceText(file: athens, utf8: Array(athensText.utf8)),
                bergen: SourceText(file: bergen, utf8: Array(bergenText.utf8)),
            ],
            rules: catalogue, toolVersion: "0.1.0")
    }

    // MARK: - Goldens

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/reporters")

    func expectGolden(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try PFPlanTestSupport.expectGolden(name, actual, in: Self.fixtures, sourceLocation: sourceLocation)
    }

    @Test func textGolden() throws {
        try expectGolden("report.txt", LintReporter.render(Self.sample, format: .text))
    }

    @Test func textColorGolden() throws {
        try expectGolden(
            "report-color.txt", LintReporter.render(Self.sample, format: .text, options: .init(color: true)))
    }

    @Test func textShowWaivedGolden() throws {
        try expectGolden(
            "report-waived.txt", LintReporter.render(Self.sample, format: .text, options: .init(showWaived: true)))
    }

    @Test func jsonGolden() throws {
        try expectGolden("report.json", LintReporter.render(Self.sample, format: .json))
    }

    @Test func jsonShowWaivedGolden() throws {
        try expectGolden(
            "report-waived.json", LintReporter.render(Self.sample, format: .json, options: .init(showWaived: true)))
    }

    @Test func sarifGolden() throws {
        try expectGolden("report.sarif", LintReporter.render(Self.sample, format: .sarif))
    }

    @Test func githubGolden() throws {
        try expectGolden("report.github", LintReporter.render(Self.sample, format: .github))
    }

    @Test func junitGolden() throws {
        try expectGolden("report.junit.xml", LintReporter.render(Self.sample, format: .junit))
    }

    // MARK: - Properties of every format

    @Test(arguments: LintFormat.allCases)
    func outputIsStableAndEndsInOneNewline(format: LintFormat) {
        let options = ReportOptions(showWaived: true)
        let first = LintReporter.render(Self.sample, format: format, options: options)
        var shuffled = Self.sample
        shuffled.diagnostics.reverse()
        #expect(LintReporter.render(shuffled, format: format, options: options) == first)
        #expect(first.hasSuffix("\n") && !first.hasSuffix("\n\n"))
        #expect(!first.contains("\r"))
    }

    @Test(arguments: LintFormat.allCases)
    func noColorMeansNoEscapes(format: LintFormat) {
        #expect(!LintReporter.render(Self.sample, format: format).contains("\u{1B}"))
    }

    @Test func countsIgnoreWaivedFindings() {
        #expect(Self.sample.count(.error) == 1)
        #expect(Self.sample.count(.warning) == 2)
        #expect(Self.sample.count(.info) == 1)
    }

    // MARK: - Text

    @Test func caretKeepsTabsSoItLinesUp() {
        let file = "tabs.yaml"
        let text = "a: 1\n\tlead:\tathens\n"
        let d = Diagnostic(
            rule: "refs/unknown", severity: .error, message: "m",
            range: Self.range(file, 2, 8, 2, 14))
        let report = LintReport(
            plans: [file], diagnostics: [d], sources: [file: SourceText(file: file, utf8: Array(text.utf8))],
            toolVersion: "0")
        #expect(
            LintReporter.render(report, format: .text) == """
                tabs.yaml:2:8: error: m [refs/unknown]
                    2 | \tlead:\tathens
                      | \t     \t^~~~~~
                1 error, 0 warnings in 1 plan

                """)
    }

    @Test func caretCountsUnicodeScalarsAndStopsAtTheLineEnd() {
        let file = "u.yaml"
        // "ö" is one scalar; the range claims more than the line holds.
        let text = "city: Göteborg x\n"
        let d = Diagnostic(rule: "x/y", severity: .warning, message: "m", range: Self.range(file, 1, 16, 1, 40))
        let report = LintReport(
            plans: [file], diagnostics: [d], sources: [file: SourceText(file: file, utf8: Array(text.utf8))],
            toolVersion: "0")
        let lines = LintReporter.render(report, format: .text).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[2] == "      | " + String(repeating: " ", count: 15) + "^")
    }

    @Test func summaryUsesSingularsAndCountsInfosOnlyWhenThere() {
        let file = "p.yaml"
        func report(_ severities: [Severity]) -> String {
            let diagnostics = severities.map {
                Diagnostic(rule: "x/y", severity: $0, message: "m", range: SourceRange(file: file, line: 1, column: 1))
            }
            let text = LintReporter.render(
                LintReport(plans: [file], diagnostics: diagnostics, toolVersion: "0"), format: .text)
            return String(text.split(separator: "\n").last ?? "")
        }
        #expect(report([.error]) == "1 error, 0 warnings in 1 plan")
        #expect(report([.warning, .warning, .info]) == "0 errors, 2 warnings, 1 info in 1 plan")
        #expect(report([.error, .error, .info, .info]) == "2 errors, 0 warnings, 2 infos in 1 plan")
    }

    @Test func quietKeepsErrorsOnlyInEveryFormat() {
        let options = ReportOptions(quiet: true, showWaived: true)
        let text = LintReporter.render(Self.sample, format: .text, options: options)
        #expect(text.contains("error: lead 'athens-schools'"))
        #expect(!text.contains(": warning:"))
        #expect(!text.contains(": info:"))
        #expect(text.hasSuffix("\n1 error in 2 plans (2 warnings and 1 info hidden by --quiet)\n"))
        for format in LintFormat.allCases {
            let out = LintReporter.render(Self.sample, format: format, options: options)
            #expect(!out.contains("act-1"), "\(format)")
            #expect(!out.contains("b-2"), "\(format)")
            #expect(!out.contains("bergen-library"), "\(format)")
            #expect(!out.contains("coordinator seat"), "\(format)")
            #expect(out.contains("athens-schools"), "\(format)")
        }
    }

    @Test func emptyReport() {
        let report = LintReport(plans: ["p.yaml"], diagnostics: [], rules: Self.catalogue, toolVersion: "0.1.0")
        #expect(LintReporter.render(report, format: .json) == "[]\n")
        #expect(LintReporter.render(report, format: .text) == "0 errors, 0 warnings in 1 plan\n")
        #expect(LintReporter.render(report, format: .github) == "0 errors, 0 warnings in 1 plan\n")
        #expect(LintReporter.render(report, format: .sarif).contains("\"results\": []"))
        let junit = LintReporter.render(report, format: .junit)
        #expect(junit.contains("<testsuites name=\"pfplan lint\" tests=\"4\" failures=\"0\">"))
        #expect(!junit.contains("<failure"))
    }

    // MARK: - GitHub

    @Test func githubEscapesMessagesAndProperties() {
        let d = Diagnostic(
            rule: "x/y", severity: .warning, message: "50% done,\r\nnext: x",
            range: Self.range("a,b:c%.yaml", 1, 2, 1, 4))
        let out = LintReporter.render(
            LintReport(plans: ["a,b:c%.yaml"], diagnostics: [d], toolVersion: "0"), format: .github)
        #expect(
            out == """
                ::warning file=a%2Cb%3Ac%25.yaml,line=1,col=2,endLine=1,endColumn=4,title=x/y::50%25 done,%0D%0Anext: x
                0 errors, 1 warning in 1 plan

                """)
    }

    @Test func githubLeavesColumnsOutForMultiLineRangesAndShowsWaivedAsNotices() {
        let out = LintReporter.render(Self.sample, format: .github, options: .init(showWaived: true))
        #expect(
            out.contains(
                "::warning file=cities/athens/plan.yaml,line=7,endLine=8,title=actions/no-indicator::action 'act-1' has no indicator\n"
            ))
        #expect(
            out.contains(
                "::notice file=cities/bergen/plan.yaml,line=6,col=5,endLine=6,endColumn=22,title=roles/vacant::the coordinator seat has no name (waived: seat filled at the March meeting)\n"
            ))
        #expect(out.hasSuffix("\n1 error, 2 warnings, 1 info in 2 plans\n"))
    }

    // MARK: - JUnit

    @Test func junitEscapesXML() {
        let file = "x&y's <plan>.yaml"
        let d = Diagnostic(
            rule: "x/y", severity: .error, message: "a <b> & \"c\" 'd'\u{1}",
            range: SourceRange(file: file, line: 3, column: 4))
        let out = LintReporter.render(LintReport(plans: [file], diagnostics: [d], toolVersion: "0"), format: .junit)
        #expect(
            out == """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="pfplan lint" tests="1" failures="1">
                  <testsuite name="x&amp;y&apos;s &lt;plan&gt;.yaml" tests="1" failures="1">
                    <testcase classname="x&amp;y&apos;s &lt;plan&gt;.yaml" name="x/y">
                      <failure type="error" message="1 finding">x&amp;y&apos;s &lt;plan&gt;.yaml:3:4: a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;\u{FFFD}</failure>
                    </testcase>
                  </testsuite>
                </testsuites>

                """)
    }

    @Test func junitListsWaivedFindingsWithoutFailingThem() {
        let out = LintReporter.render(Self.sample, format: .junit, options: .init(showWaived: true))
        #expect(
            out.contains(
                """
                    <testcase classname="cities/bergen/plan.yaml" name="roles/vacant">
                      <system-out>cities/bergen/plan.yaml:6:5: warning: the coordinator seat has no name (waived: seat filled at the March meeting)</system-out>
                    </testcase>
                """))
        #expect(out.contains("<testsuites name=\"pfplan lint\" tests=\"8\" failures=\"3\">"))
    }

    @Test func junitAssignsIncludedFilesToThePlanOfTheirFolder() {
        #expect(JUnitReporter.planIndex(of: "b/plan.yaml", in: ["a/plan.yaml", "b/plan.yaml"]) == 1)
        #expect(JUnitReporter.planIndex(of: "b/parts/x.yaml", in: ["a/plan.yaml", "b/plan.yaml"]) == 1)
        #expect(JUnitReporter.planIndex(of: "c/x.yaml", in: ["a/plan.yaml", "b/plan.yaml"]) == 0)
        #expect(JUnitReporter.planIndex(of: "b/x/y.yaml", in: ["plan.yaml", "b/x/plan.yaml"]) == 1)
        #expect(JUnitReporter.planIndex(of: "x.yaml", in: []) == nil)
    }

    // MARK: - SARIF and JSON details

    @Test func sarifRuleNamesAreCamelCase() {
        #expect(SARIFReporter.ruleName("refs/unknown") == "RefsUnknown")
        #expect(SARIFReporter.ruleName("coverage/stage-no-actions") == "CoverageStageNoActions")
    }

    @Test func sarifURIsArePercentEncoded() {
        #expect(SARIFReporter.uriReference("cities/São Paulo/plan#1.yaml") == "cities/S%C3%A3o%20Paulo/plan%231.yaml")
        #expect(SARIFReporter.uriReference("a-b_c.d~/e.yaml") == "a-b_c.d~/e.yaml")
    }

    @Test func sarifKeepsWaivedFindingsAsSuppressedEvenWithoutShowWaived() {
        let out = LintReporter.render(Self.sample, format: .sarif)
        #expect(out.contains("\"justification\": \"seat filled at the March meeting\""))
    }

    /// A plan written on one line (YAML allows it) once had its whole text
    /// quoted under each of its findings: 2,000 findings in a 107 KB plan
    /// printed 645 MB. Long lines are named, not quoted; CR, LF and CRLF
    /// line ends all count as one break.
    @Test func aLineOverTheLimitIsNotQuoted() {
        let file = "one-line.yaml"
        let long = "{a: " + String(repeating: "x", count: TextReporter.longestQuotedLine) + "}"
        let text = "x: 1\r\ny: 2\r" + long + "\nlast"
        let findings = [
            Diagnostic(rule: "x/y", severity: .warning, message: "m", range: Self.range(file, 3, 2, 3, 3)),
            Diagnostic(rule: "x/y", severity: .warning, message: "n", range: Self.range(file, 2, 1, 2, 2)),
            Diagnostic(rule: "x/y", severity: .warning, message: "o", range: Self.range(file, 4, 1, 4, 5)),
        ]
        let report = LintReport(
            plans: [file], diagnostics: findings, sources: [file: SourceText(file: file, utf8: Array(text.utf8))],
            toolVersion: "0")
        #expect(
            LintReporter.render(report, format: .text) == """
                one-line.yaml:2:1: warning: n [x/y]
                    2 | y: 2
                      | ^
                one-line.yaml:3:2: warning: m [x/y]
                one-line.yaml:4:1: warning: o [x/y]
                    4 | last
                      | ^~~~
                0 errors, 3 warnings in 1 plan

                """)
    }

    @Test func jsonWriterEscapes() {
        #expect(
            JSONWriter.quoted("a\"b\\c/d\n\t\r\u{8}\u{C}\u{1}\u{1F}\u{7F}é")
                == #""a\"b\\c/d\n\t\r\b\f\u0001\u001f\u007fé""#)
        #expect(JSONWriter.document(.object([])) == "{}\n")
        #expect(JSONWriter.document(.array([.null, .bool(true), .int(-3)])) == "[\n  null,\n  true,\n  -3\n]\n")
    }
}

@Test func aWaiverReasonWrittenAsABlockStaysOnTheFindingsLine() {
    #expect(
        TextReporter.oneLine("Incident response is led by\n  the county EOC plan.\n")
            == "Incident response is led by the county EOC plan.")
    #expect(TextReporter.oneLine("one line") == "one line")
    #expect(TextReporter.oneLine("a\r\n\r\n b ") == "a b")
}

/// The report of a large plan is written in chunks on every core; the
/// bytes must be those of one pass, across chunk edges and for every
/// kind of number.
@Test func aLongJSONArrayIsWrittenAsInOnePass() {
    let numbers = [0, 7, -7, 10, -1_000_000, Int.max, Int.min] + Array(0..<700).map { $0 * 37 - 9000 }
    let value: @Sendable (Int) -> JSONValue = { n in
        .object([
            ("n", .int(n)), ("text", .string(n % 5 == 0 ? "line\n\"\(n)\"" : "plain \(n)")),
            ("list", .array([.int(n), .null])),
        ])
    }
    #expect(JSONWriter.arrayDocument(numbers, value) == JSONWriter.document(.array(numbers.map(value))))
    #expect(JSONWriter.arrayDocument([Int](), value) == JSONWriter.document(.array([])))
    #expect(
        JSONWriter.document(.array([.int(Int.min), .int(-45), .int(0), .int(1200)]))
            == "[\n  -9223372036854775808,\n  -45,\n  0,\n  1200\n]\n")
}
