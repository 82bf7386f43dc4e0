import Foundation
import Testing

@testable import PFPlanLoader
@testable import PFPlanModel

/// The costs docs/safety.md promises to bound, held by counts rather than
/// by time: findings per rule and file (`FindingCap`), suggestion work
/// (`SuggestionIndex.cells`) and waiver matching.
@Suite struct BoundedCostTests {
    /// A valid plan head; cases add their hostile part after it.
    static let head = """
        pfplan: 1
        city: {name: Capton, region: Ohio, country: US, languages: [en]}
        framework:
          model: default
          title: Capton Prevention Framework
          period: {start: 2025-01-01, end: 2026-12-31}
        leadership:
          name: Capton Leadership Group
          meets: monthly
          members:
            - {id: chair, name: Ada Example, organization: city, sector: local-government, roles: [chair]}

        """

    static let city = "  - {id: city, name: City of Capton, sector: local-government}\n"

    func findings(_ result: LintResult, _ rule: RuleID) -> [Diagnostic] {
        result.diagnostics.filter { $0.rule == rule }
    }

    // MARK: - The cap

    @Test func duplicateKeysPastTheCapAreCountedNotListed() throws {
        let (result, dir) = try lint(text: Self.head + "x-f: {a" + String(repeating: ",a", count: 5_000) + "}\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let found = findings(result, .yamlDuplicateKey)
        #expect(found.count == FindingCap.perRulePerFile + 1)
        let listed = found.filter { $0.omitted == 0 }
        #expect(listed.count == 100)
        // The first hundred in the file's order: the second to 101st `a`.
        #expect(listed.map(\.range.start.column) == (1...100).map { 7 + 2 * $0 })
        let closing = try #require(found.first { $0.omitted > 0 })
        #expect(closing.omitted == 4_900)
        #expect(closing.range.start == Position(line: 12, column: 7 + 2 * 101))
        #expect(closing.message.hasPrefix("and 4,900 more findings of yaml/duplicate-key in this file"))
        // Summaries count what the closing finding stands for (and the
        // chair's organisation, which this plan does not define).
        #expect(result.errorCount == 5_000 + 1)
    }

    @Test func theCapIsPerFile() throws {
        let dups = "x-f: {a" + String(repeating: ",a", count: 150) + "}\n"
        let (result, dir) = try lint(
            text: Self.head + "include: [more.yaml]\n" + dups, files: ["more.yaml": "stakeholders: []\n" + dups])
        defer { try? FileManager.default.removeItem(at: dir) }
        let found = findings(result, .yamlDuplicateKey)
        #expect(found.count == 2 * 101)
        #expect(Set(found.map(\.range.file)).count == 2)
        #expect(found.filter { $0.omitted > 0 }.map(\.omitted) == [50, 50])
    }

    /// The decoder reads long lists in chunks on every core; the cap keeps
    /// the first findings of the file as one pass would.
    @Test func decoderFindingsAreCappedInTheFilesOrderAcrossChunks() throws {
        var text = Self.head + "stakeholders:\n" + Self.city
        for i in 0..<3_000 { text += "  - {id: s\(i), name: S \(i), sector: no-such-sector}\n" }
        let (result, dir) = try lint(text: text)
        defer { try? FileManager.default.removeItem(at: dir) }
        let found = findings(result, "schema/value")
        let listed = found.filter { $0.omitted == 0 }
        #expect(listed.map(\.range.start.line) == Array(14..<114))
        #expect(found.filter { $0.omitted > 0 }.map(\.omitted) == [2_900])
        #expect(found.first { $0.omitted > 0 }?.range.start.line == 114)
    }

    @Test func ruleFindingsAreCapped() throws {
        var text = Self.head + "stakeholders:\n" + Self.city + "actions:\n"
        for i in 0..<300 { text += "  - {id: a\(i), title: A \(i), stage: primary, lead: city}\n" }
        let (result, dir) = try lint(text: text)
        defer { try? FileManager.default.removeItem(at: dir) }
        let found = findings(result, "actions/no-indicator")
        #expect(found.filter { $0.omitted == 0 }.count == 100)
        #expect(found.filter { $0.omitted > 0 }.map(\.omitted) == [200])
        #expect(result.warningCount >= 300)
    }

    /// Waivers match as findings are made, so a waiver of a finding past
    /// the cap still applies and is not "unused"; waived findings are
    /// capped apart from open ones.
    @Test func aWaiverOfAFindingPastTheCapStillApplies() throws {
        var text = Self.head + "stakeholders:\n" + Self.city + "actions:\n"
        for i in 0..<300 { text += "  - {id: a\(i), title: A \(i), stage: primary, lead: city}\n" }
        text += "waivers:\n  - {rule: actions/no-indicator, target: a250, reason: agreed}\n"
        let (result, dir) = try lint(text: text)
        defer { try? FileManager.default.removeItem(at: dir) }
        let found = findings(result, "actions/no-indicator")
        #expect(found.filter(\.isWaived).map(\.target) == ["a250"])
        #expect(found.filter { !$0.isWaived && $0.omitted > 0 }.map(\.omitted) == [199])
        #expect(findings(result, "waivers/unused").isEmpty)
    }

    @Test func includeFindingsAreCapped() throws {
        let names = (0..<300).map { "missing-\($0).yaml" }.joined(separator: ", ")
        let (result, dir) = try lint(text: Self.head + "include: [\(names)]\nstakeholders:\n" + Self.city)
        defer { try? FileManager.default.removeItem(at: dir) }
        let found = findings(result, .includeNotFound)
        #expect(found.filter { $0.omitted == 0 }.count == 100)
        #expect(found.filter { $0.omitted > 0 }.map(\.omitted) == [200])
    }

    @Test func limitMergesClosingFindingsAndKeepsTheFirstInOrder() {
        func d(_ line: Int, _ rule: RuleID = "actions/dates") -> Diagnostic {
            Diagnostic(
                rule: rule, severity: .error, message: "m\(line)",
                range: SourceRange(file: "p.yaml", line: line, column: 1))
        }
        var part1 = (1...60).map { d($0) }
        part1.append(
            FindingCap.closing(
                rule: "actions/dates", severity: .error, count: 7, at: SourceRange(file: "p.yaml", line: 61, column: 1))
        )
        let part2 = (100...159).map { d($0) } + [d(5, "actions/overdue")]
        let limited = FindingCap.limit(part1 + part2)
        let dates = limited.filter { $0.rule == "actions/dates" }
        #expect(dates.filter { $0.omitted == 0 }.map(\.range.start.line) == Array(1...60) + Array(100...139))
        #expect(dates.filter { $0.omitted > 0 }.map(\.omitted) == [7 + 20])
        #expect(dates.first { $0.omitted > 0 }?.range.start.line == 61)
        #expect(limited.filter { $0.rule == "actions/overdue" }.count == 1)
        let small = [d(1), d(2)]
        #expect(FindingCap.limit(small) == small)
    }

    // MARK: - Waivers

    @Test func manyWaiversOfManyFindingsAllApply() throws {
        var text = Self.head + "stakeholders:\n" + Self.city + "actions:\n"
        for i in 0..<2_000 { text += "  - {id: a\(i), title: A \(i), stage: primary, lead: city}\n" }
        text += "waivers:\n"
        for i in 0..<2_000 { text += "  - {rule: actions/no-indicator, target: a\(i), reason: agreed}\n" }
        let (result, dir) = try lint(text: text)
        defer { try? FileManager.default.removeItem(at: dir) }
        let found = findings(result, "actions/no-indicator")
        #expect(found.allSatisfy { $0.isWaived })
        #expect(found.reduce(0) { $0 + $1.findingCount } == 2_000)
        #expect(findings(result, "waivers/unused").isEmpty)
    }

    /// The first waiver in plan order that fits a finding accepts it,
    /// whether it names a target or not; a later one that fits is unused.
    @Test func theFirstFittingWaiverWins() throws {
        let waivers = [
            waiver("actions/no-indicator", target: "a1", reason: "first"),
            waiver("actions/no-indicator", target: nil, reason: "any"),
            waiver("actions/no-indicator", target: "a1", reason: "again"),
            waiver("actions/no-indicator", target: "a2", reason: "late"),
        ]
        let index = WaiverIndex(waivers, asOf: CalendarDate("2025-01-01")!)
        #expect(index.waiver(for: "actions/no-indicator", target: "a1").map(index.reason) == "first")
        #expect(index.waiver(for: "actions/no-indicator", target: "a2").map(index.reason) == "any")
        #expect(index.waiver(for: "actions/no-indicator", target: nil).map(index.reason) == "any")
        #expect(index.waiver(for: "actions/overdue", target: "a1") == nil)
        #expect(
            index.unusedFindings(used: [0, 1]).map(\.message) == [
                "the waiver of 'actions/no-indicator' for 'a1' matches no finding",
                "the waiver of 'actions/no-indicator' for 'a2' matches no finding",
            ])
    }

    func waiver(_ rule: String, target: String?, reason: String) -> Plan.Waiver {
        let range = SourceRange(file: "p.yaml", line: 1, column: 1)
        return Plan.Waiver(
            range: range, path: .root, rule: Located(rule, range: range, path: .root),
            target: target.map { Located($0, range: range, path: .root) },
            reason: Located(reason, range: range, path: .root),
            until: nil)
    }

    // MARK: - Suggestions

    @Test func unknownReferencesAreCappedAndSuggested() throws {
        var text = Self.head + "stakeholders:\n" + Self.city
        for i in 0..<400 { text += "  - {id: org-\(i), name: Org \(i), sector: local-government}\n" }
        text += "actions:\n"
        for i in 0..<400 { text += "  - {id: act-\(i), title: Act \(i), stage: primary, lead: orq-\(i)}\n" }
        let (result, dir) = try lint(text: text)
        defer { try? FileManager.default.removeItem(at: dir) }
        let found = findings(result, "refs/unknown")
        #expect(found.filter { $0.omitted == 0 }.count == 100)
        #expect(found.filter { $0.omitted > 0 }.map(\.omitted) == [300])
        #expect(found.contains { $0.message == "lead 'orq-7' is not defined; did you mean 'org-7'?" })
    }
}

/// Peak memory: a node costs about 40 bytes while a file is read, so the
/// nodes a file may hold are bounded by its size (`YAMLLimits.maxNodes`).
@Suite struct NodeLimitTests {
    @Test func aRunawayFlowListStopsAtTheNodeLimit() {
        let text = "x-f: [a" + String(repeating: ",a", count: 200_000) + "]\n"
        let parsed = YAMLParser.parse(SourceText(file: "p.yaml", utf8: Array(text.utf8)))
        let limit = YAMLLimits.standard.maxNodes(forBytes: text.utf8.count)
        #expect(limit == 10_000 + text.utf8.count / 5)
        #expect(parsed.tree == nil)
        #expect(parsed.diagnostics.map(\.rule) == [.yamlLimits])
        // The key is the first node; item k (from 0) is node k + 2 and
        // starts at column 7 + 2k: the parse stopped at the first one over.
        #expect(parsed.diagnostics.first?.range.start == Position(line: 1, column: 7 + 2 * (limit - 1)))
    }

    /// Cut into parts, a dense file goes to the whole parse, which stops at
    /// the same node; a plan of ordinary density is read as before.
    @Test func partsKeepTheSameLimit() {
        var text = "stakeholders:\n"
        while text.utf8.count < 1 << 20 { text += "  - [a" + String(repeating: ",a", count: 60) + "]\n" }
        let whole = YAMLParser.parse(SourceText(file: "p.yaml", utf8: Array(text.utf8)), pieceBytes: Int.max)
        let cut = YAMLParser.parse(SourceText(file: "p.yaml", utf8: Array(text.utf8)), pieceBytes: 64 << 10)
        #expect(whole.diagnostics.map(\.rule) == [.yamlLimits])
        #expect(cut.diagnostics.map(\.range) == whole.diagnostics.map(\.range))
        var plain = "stakeholders:\n"
        while plain.utf8.count < 1 << 20 {
            plain += "  - {id: org-\(plain.utf8.count), name: Organisation, sector: education}\n"
        }
        #expect(
            YAMLParser.parse(SourceText(file: "p.yaml", utf8: Array(plain.utf8)), pieceBytes: 64 << 10).diagnostics
                .isEmpty)
    }
}
