import Foundation
import PFPlanLoader
@testable import PFPlanModel
import Testing

/// The mistakes a new author makes (issue 20), each a fixture plan under
/// Fixtures/plans/mistake-*.yaml, get a message at the character to change
/// that says what to write, in words and not libyaml's.
@Suite struct MistakeMessageTests {
    struct Expected: Sendable, CustomStringConvertible {
        var fixture: String
        var rule: RuleID
        var line: Int
        var column: Int
        var message: String
        var hint: String?
        var description: String { fixture }
    }

    static let cases: [Expected] = [
        Expected(
            fixture: "mistake-unclosed-quote", rule: .yamlSyntax, line: 19, column: 11,
            message:
                "this \" opens a quoted text that is not closed on its line, so everything up to the next \" (line 22) is read as its text",
            hint: "end the text with \" on this line"),
        Expected(
            fixture: "mistake-unclosed-quote-at-end", rule: .yamlSyntax, line: 105, column: 47,
            message: "this \" opens a quoted text that is never closed", hint: "end the text with \" on this line"),
        Expected(
            fixture: "mistake-apostrophe", rule: .yamlSyntax, line: 63, column: 22,
            message: "the apostrophe in 'Sampleton's' ends the quoted text, so the rest of the line cannot be read",
            hint:
                "inside single quotes write an apostrophe twice: 'Sampleton''s awareness sessions', or put the text in double quotes: \"Sampleton's awareness sessions\""
        ),
        Expected(
            fixture: "mistake-thousands", rule: "schema/type", line: 78, column: 22,
            message: "'5,000' is written with a thousands separator, and in braces a ',' separates entries",
            hint: "write numbers without a thousands separator: 5000"),
        Expected(
            fixture: "mistake-thousands-block", rule: "schema/type", line: 79, column: 15,
            message: "'amount' must be a number; '12,500' is written with a thousands separator, which makes it text",
            hint: "write numbers without a thousands separator: 12500"),
        Expected(
            fixture: "mistake-dash-no-space", rule: .yamlSyntax, line: 71, column: 3,
            message: "a list entry needs a space after '-'", hint: "write '- id: public-campaign'"),
        Expected(
            fixture: "mistake-dedented-key", rule: .yamlSyntax, line: 73, column: 4,
            message: "'stage' is indented 3 spaces, but the keys above it are indented 4",
            hint: "indent 'stage:' by 4 spaces, like 'title:' on line 72"),
        Expected(
            fixture: "mistake-star-value", rule: .yamlSyntax, line: 27, column: 11,
            message:
                "a value that starts with '*' must be in quotes: YAML reads '*Sampleton' as a reference to an anchor '&Sampleton', and there is none",
            hint: "put the text in quotes: \"*Sampleton City Schools\""),
        Expected(
            fixture: "mistake-no-space-after-colon", rule: .yamlSyntax, line: 27, column: 9,
            message: "a ':' after a key needs a space after it", hint: "write 'name: Sampleton City Schools'"),
        Expected(
            fixture: "mistake-missing-colon", rule: .yamlSyntax, line: 27, column: 5,
            message: "this line has no ': ' after a key, so YAML cannot read it as a key and its value",
            hint:
                "if 'name' is a key, write 'name: Sampleton City Schools'; if the line continues the text above it, join the two lines or put the text in quotes"
        ),
        Expected(
            fixture: "mistake-impossible-date", rule: "schema/value", line: 67, column: 12,
            message: "'2025-02-30' is not a date: February 2025 has 28 days", hint: nil),
        Expected(
            fixture: "mistake-sector-words", rule: "schema/value", line: 32, column: 13,
            message:
                "'health' is not a known sector of the framework model; did you mean 'health-care', 'public-health' or 'mental-health'?",
            hint: nil),
        Expected(
            fixture: "mistake-curly-quotes", rule: .yamlCurlyQuotes, line: 35, column: 11,
            message: "the value is wrapped in curly quotes (“ ”), which YAML keeps as part of the text",
            hint:
                "to quote it, use straight quotes: \"Sampleton Family Services\"; to keep the curly quotes in the text, put straight quotes around them: '“Sampleton Family Services”'"
        ),
    ]

    @Test(arguments: cases)
    func theMistakeIsExplainedWhereItIs(_ expected: Expected) throws {
        let folder = FixturePlanTests.folder.path
        let result = try Linter.lint("\(folder)/\(expected.fixture).yaml", options: lintOptions(root: folder)).get()
        let d = try #require(result.openDiagnostics.first)
        #expect(d.rule == expected.rule)
        #expect(d.range.start == Position(line: expected.line, column: expected.column))
        #expect(d.message == expected.message)
        #expect(d.hint == expected.hint)
        // libyaml's words stay out of what a person reads.
        for text in [d.message, d.hint ?? ""] + d.related.map(\.message) {
            #expect(!text.contains("libyaml") && !text.contains("while scanning") && !text.contains("while parsing"))
        }
    }

    /// docs/yaml-mistakes.md shows pfplan's output for each mistake: each
    /// `<!-- pfplan lint ARGS -->` is followed by exactly what that command
    /// prints, run in the fixtures' folder.
    @Test func theMistakesPageShowsWhatPfplanPrints() throws {
        let page = try String(
            contentsOf: TestPaths.checkout.appendingPathComponent("docs/yaml-mistakes.md"), encoding: .utf8)
        let marker = "<!-- pfplan lint "
        var shown = 0
        for part in page.components(separatedBy: marker).dropFirst() {
            let arguments = part.prefix { $0 != "\n" }.replacingOccurrences(of: " -->", with: "")
                .split(separator: " ").map(String.init)
            let afterMarker = part.drop { $0 != "\n" }.dropFirst()
            guard afterMarker.hasPrefix("```text\n"), let end = afterMarker.range(of: "\n```\n") else {
                Issue.record("'\(marker)\(arguments.joined(separator: " "))' is not followed by a text block")
                continue
            }
            let block = afterMarker[afterMarker.index(afterMarker.startIndex, offsetBy: 8)..<end.lowerBound] + "\n"
            let r = try runPFPlan(["lint"] + arguments, in: FixturePlanTests.folder)
            #expect(r.stdout == String(block), "pfplan lint \(arguments.joined(separator: " "))")
            shown += 1
        }
        #expect(shown >= 14)
    }

    func parse(_ text: String) -> [Diagnostic] {
        PlanLoader(appendableKeys: []).parse(Array(text.utf8), file: "t.yaml").diagnostics
    }

    func only(_ text: String) throws -> Diagnostic {
        let found = parse(text)
        #expect(found.count == 1, "\(found)")
        return try #require(found.first)
    }

    @Test func aColonInsideAValueSaysToQuoteTheText() throws {
        let d = try only("city:\n  name: Sampleton\n  region: Ohio: United States\n")
        #expect(d.range.start == Position(line: 3, column: 15))
        #expect(d.message == "this value holds ': ', which YAML reads as the start of another key")
        #expect(d.hint == "put the whole text in quotes: region: \"Ohio: United States\"")
    }

    @Test func aKeyIndentedTooFarReadsAsPartOfTheValueAbove() throws {
        let d = try only("city:\n  name: Sampleton\n    region: Ohio\n")
        #expect(d.range.start == Position(line: 3, column: 5))
        #expect(
            d.message
                == "'region' is indented 4 spaces, more than 'name' above it (2), so it reads as part of the value of 'name'"
        )
    }

    @Test func aQuoteInsideDoubleQuotesIsExplained() throws {
        let d = try only("city:\n  name: \"The \"Best\" city\"\n")
        #expect(d.range.start == Position(line: 2, column: 14))
        #expect(d.message == "this \" ends the quoted text, so the rest of the line cannot be read")
        #expect(
            d.hint
                == "inside double quotes write a quote as \\\": \"The \\\"Best\\\" city\", or put the text in single quotes: 'The \"Best\" city'"
        )
    }

    @Test func anApostropheBeforeASpaceIsFoundToo() throws {
        let d = try only("city:\n  name: 'Citizens' Council'\n")
        #expect(d.range.start == Position(line: 2, column: 18))
        #expect(
            d.message == "the apostrophe in 'Citizens'' ends the quoted text, so the rest of the line cannot be read")
    }

    @Test func aKeyWithoutItsColonIsFoundOnItsOwnLine() throws {
        let d = try only("city:\n  name Sampleton\n  region: Ohio\n")
        #expect(d.range.start == Position(line: 2, column: 3))
        #expect(d.message == "this line has no ': ' after a key, so YAML cannot read it as a key and its value")
        #expect(
            d.hint
                == "if 'name' is a key, write 'name: Sampleton'; if the line continues the text above it, join the two lines or put the text in quotes"
        )
    }

    @Test func aListEntryOutOfLineNamesTheEntryItShouldLineUpWith() throws {
        let d = try only("stakeholders:\n  - id: a\n    name: A\n - id: b\n")
        #expect(d.range.start == Position(line: 4, column: 2))
        #expect(d.message == "this list entry is indented 1 space, but the entry on line 2 is indented 2")
    }

    @Test func aTabAndAnAtSignAreNamed() throws {
        #expect(try only("city:\n\tname: Sampleton\n").message == "a tab is used for indentation")
        let at = try only("city:\n  handle: @sampleton\n")
        #expect(at.message == "a value cannot start with '@' unless it is in quotes")
        #expect(at.hint == "put the text in quotes: \"@sampleton\"")
    }

    /// A text quoted across lines on purpose is not taken for an open quote.
    @Test func aQuotedTextOverSeveralLinesIsNotBlamed() throws {
        let d = try only("city:\n  name: \"Sampleton\n    upon Avon\"\n  region: Ohio: US\n")
        #expect(d.range.start == Position(line: 4, column: 15))
        #expect(d.message == "this value holds ': ', which YAML reads as the start of another key")
    }

    /// A real alias still works; only an alias with no anchor is a mistake.
    @Test func anAliasWithItsAnchorIsNoMistake() {
        #expect(parse("a: &x Sampleton\nb: *x\n").isEmpty)
    }

    @Test func curlyQuotesInsideStraightQuotesAreMeant() {
        #expect(parse("name: '“Sampleton”'\nb: “half\n").isEmpty)
    }

    @Test func aThousandsSeparatorIsTold() {
        for yes in ["5,000", "1,250,000", "12,500.50", "999,999"] { #expect(ThousandsSeparator.matches(yes), "\(yes)") }
        for no in ["5000", "5,00", ",500", "5,000.", "1,2345", "5.000", "a,000", "5,000,00"] {
            #expect(!ThousandsSeparator.matches(no), "\(no)")
        }
    }

    @Test func anImpossibleDateSaysWhy() {
        #expect(CalendarDate.whyNotADate("2025-02-29") == "February 2025 has 28 days")
        #expect(CalendarDate.whyNotADate("2024-02-29") == nil)
        #expect(CalendarDate.whyNotADate("2025-04-31") == "April 2025 has 30 days")
        #expect(CalendarDate.whyNotADate("2025-13-01") == "there is no month 13; months go from 01 to 12")
        #expect(CalendarDate.whyNotADate("2025-01-00") == "there is no day 00; days start at 01")
        #expect(CalendarDate.whyNotADate("30/02/2025") == nil)
    }

    @Test func suggestionsGoByWordsAsWellAsSpelling() {
        let sectors = ["public-health", "mental-health", "health-care", "youth", "tech"]
        #expect(Suggest.nearby(to: "health", in: sectors) == ["health-care", "public-health", "mental-health"])
        #expect(Suggest.nearby(to: "mental-helth", in: sectors) == ["mental-health"])
        #expect(Suggest.nearby(to: "zzz", in: sectors) == [])
        #expect(Suggest.alternatives(["a", "b", "c"]) == "'a', 'b' or 'c'")
        #expect(Suggest.alternatives(["a"]) == "'a'")
    }
}
