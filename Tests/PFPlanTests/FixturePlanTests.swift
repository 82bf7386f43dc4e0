import Foundation
import PFPlanLoader
import PFPlanModel
import Testing

/// Each fixture plan gives exactly the findings (file, line, column, rule)
/// listed in its `.expected` file: hostile inputs included, none crashes.
@Suite struct FixturePlanTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("plans")

    static var fixtures: [String] {
        let fm = FileManager.default
        let names = (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
        var out: [String] = []
        for name in names.sorted() {
            if name.hasSuffix(".yaml") { out.append(name) }
            if fm.fileExists(atPath: folder.appendingPathComponent(name + "/plan.yaml").path) {
                out.append(name + "/plan.yaml")
            }
        }
        return out
    }

    @Test func thereAreFixtures() { #expect(Self.fixtures.count >= 20) }

    @Test(arguments: fixtures)
    func givesExactlyItsFindings(_ name: String) throws {
        // Absolute paths, not a changed working folder: tests run in
        // parallel and the working folder is shared by the whole process.
        let base = Self.folder.path + "/"
        let result = try Linter.lint(base + name, options: lintOptions(asOf: "2025-03-01", root: Self.folder.path))
            .get()
        let got = result.openDiagnostics.map {
            "\($0.range.file.replacingOccurrences(of: base, with: "")):\($0.range.start.line):\($0.range.start.column) \($0.rule)"
        }
        let expectedFile = Self.folder.appendingPathComponent(String(name.dropLast(5)) + ".expected")
        let expected = try String(contentsOf: expectedFile, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(got == expected)
    }

    @Test func crlfGivesTheSameLinesAndColumnsAsLF() throws {
        let lf = try String(contentsOf: Self.folder.appendingPathComponent("typos.expected"), encoding: .utf8)
        let crlf = try String(contentsOf: Self.folder.appendingPathComponent("typos-crlf.expected"), encoding: .utf8)
        #expect(
            lf.replacingOccurrences(of: "typos.yaml", with: "X")
                == crlf.replacingOccurrences(of: "typos-crlf.yaml", with: "X"))
        #expect(!lf.isEmpty)
    }

    @Test func typoFindingsSuggestTheNearestName() throws {
        let file = Self.folder.appendingPathComponent("typos.yaml").path
        let result = try Linter.lint(file, options: lintOptions(root: Self.folder.path)).get()
        let messages = result.diagnostics.map(\.message)
        #expect(messages.contains("lead 'school' is not defined; did you mean 'schools'?"))
        #expect(messages.contains("'peroid' is not a key of framework; did you mean 'period'?"))
        #expect(
            messages.contains(
                "'mental-helth' is not a known sector of the framework model; did you mean 'mental-health'?"))
    }

    @Test func duplicateKeyPointsAtTheFirstUnderRelated() throws {
        let file = Self.folder.appendingPathComponent("duplicate-key.yaml").path
        let findings = Linter.lint(file, options: lintOptions(root: Self.folder.path))
        let d = try #require(try findings.get().diagnostics.first { $0.severity == .error })
        #expect(d.rule == .yamlDuplicateKey)
        #expect(d.related.map(\.range.start) == [Position(line: 5, column: 3)])
    }

    @Test func aFileOverTheSizeLimitIsRefusedWithoutReadingIt() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let big = dir.appendingPathComponent("plan.yaml")
        _ = FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 17 << 20)
        try handle.close()
        let result = try Linter.lint(big.path, options: lintOptions(root: dir.path)).get()
        #expect(
            result.diagnostics.map { "\($0.rule) \($0.range.start.line):\($0.range.start.column)" } == [
                "yaml/limits 1:1"
            ])
    }

    @Test func anIncludeEscapingThroughASymlinkIsRefused() throws {
        let dir = try makeTemporaryFolder()
        let outside = try makeTemporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: dir)
            try? FileManager.default.removeItem(at: outside)
        }
        try Data("waivers: []\n".utf8).write(to: outside.appendingPathComponent("secret.yaml"))
        try FileManager.default.createSymbolicLink(
            at: dir.appendingPathComponent("linked.yaml"),
            withDestinationURL: outside.appendingPathComponent("secret.yaml"))
        let text = RuleExample.basePlan.replacingOccurrences(
            of: "pfplan: 1\n", with: "pfplan: 1\ninclude: [linked.yaml]\n")
        try Data(text.utf8).write(to: dir.appendingPathComponent("plan.yaml"))
        let result = try Linter.lint(dir.appendingPathComponent("plan.yaml").path, options: lintOptions(root: dir.path))
            .get()
        #expect(
            result.diagnostics.map { "\($0.rule) \($0.range.start.line):\($0.range.start.column)" } == [
                "include/outside-root 2:11"
            ])
    }

    @Test(.enabled(if: getuid() != 0, "run as root, which reads every file: no include can be made unreadable"))
    func anUnreadableIncludeIsAFindingNotACrash() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let locked = dir.appendingPathComponent("locked.yaml")
        try Data("waivers: []\n".utf8).write(to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        let text = RuleExample.basePlan.replacingOccurrences(
            of: "pfplan: 1\n", with: "pfplan: 1\ninclude: [locked.yaml]\n")
        try Data(text.utf8).write(to: dir.appendingPathComponent("plan.yaml"))
        let result = try Linter.lint(dir.appendingPathComponent("plan.yaml").path, options: lintOptions(root: dir.path))
            .get()
        #expect(result.diagnostics.map(\.rule) == [.includeNotFound])
    }
}

@Suite struct LoaderTests {
    func parse(_ text: String) -> ParsedFile {
        PlanLoader(appendableKeys: []).parse(Array(text.utf8), file: "t.yaml")
    }

    /// The check skips eight ASCII bytes at a time: a bad byte is found at
    /// every offset around those words, and valid multi-byte characters
    /// that straddle them pass.
    @Test func theFirstInvalidUTF8ByteIsFoundAtEveryOffset() {
        for k in 0..<24 {
            let ascii = Array(repeating: UInt8(ascii: "a"), count: k)
            #expect(TextDecoding.firstInvalidUTF8(ascii + [0xFF] + ascii) == k)
            #expect(TextDecoding.firstInvalidUTF8(ascii + Array("é€😀".utf8) + ascii + [0x80]) == 2 * k + 9)
            #expect(TextDecoding.firstInvalidUTF8(ascii + Array("é€😀".utf8) + ascii) == nil)
            #expect(TextDecoding.firstInvalidUTF8(ascii + [0xE2, 0x82]) == k, "a character cut off at the end")
        }
        #expect(TextDecoding.firstInvalidUTF8([]) == nil)
    }

    @Test func coreSchemaKeepsNorwayAndYesNoAsText() throws {
        let root = try #require(
            parse("a: NO\nb: no\nc: on\nd: yes\ne: true\nf: 012\ng: 0x1F\nh: ~\ni: 1.5\nj: '1'\n").root)
        #expect(root["a"]?.scalar?.resolved == .string("NO"))
        #expect(root["b"]?.scalar?.resolved == .string("no"))
        #expect(root["c"]?.scalar?.resolved == .string("on"))
        #expect(root["d"]?.scalar?.resolved == .string("yes"))
        #expect(root["e"]?.scalar?.resolved == .bool(true))
        #expect(root["f"]?.scalar?.resolved == .int(12))
        #expect(root["g"]?.scalar?.resolved == .int(31))
        #expect(root["h"]?.scalar?.resolved == .null)
        #expect(root["i"]?.scalar?.resolved == .float(1.5))
        #expect(root["j"]?.scalar?.resolved == .string("1"))
    }

    @Test func nodesKeepStartAndEndMarks() throws {
        let root = try #require(parse("city:\n  name: Athens\n").root)
        let name = try #require(root["city"]?["name"])
        #expect(name.range.start == Position(line: 2, column: 9))
        #expect(name.range.end == Position(line: 2, column: 15))
    }

    @Test func deepNestingEndsAtTheLimitQuickly() {
        let text = String(repeating: "[", count: 1_000_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure { #expect(parse(text).diagnostics.map(\.rule) == [.yamlLimits]) }
        // Not a benchmark: a guard against the quadratic slowdown libyaml has without the limit.
        #expect(elapsed < .seconds(5))
    }

    /// Values written as they read are read from the file, the rest from
    /// copies that YAML changed (escapes, folding, block indentation):
    /// each gives the text YAML means, with LF or CRLF line ends.
    @Test func scalarsReadTheSameWhereverTheirBytesAre() throws {
        let lines = [
            "plain: Zürich — Athens", "é: after a wide key", "single: 'it''s quoted'", "single-plain: 'quoted'",
            #"double: "tab\there""#, #"double-plain: "quoted""#, "folded-plain: a long", "  line",
            "literal: |", "  two", "  lines", "folded: >", "  one", "  line", "empty: ''", "last: end",
        ]
        let expected = [
            "plain": "Zürich — Athens", "é": "after a wide key", "single": "it's quoted", "single-plain": "quoted",
            "double": "tab\there", "double-plain": "quoted", "folded-plain": "a long line", "literal": "two\nlines\n",
            "folded": "one line\n", "empty": "", "last": "end",
        ]
        for end in ["\n", "\r\n"] {
            let root = try #require(parse(lines.joined(separator: end) + end).root)
            for (key, value) in expected {
                #expect(root[key]?.scalar?.text == value, "\(key) with \(end == "\n" ? "LF" : "CRLF")")
            }
        }
    }

    /// A mapping of many keys finds a duplicate by looking it up, not by
    /// comparing each key with every earlier one (100,000 keys took 11 s).
    @Test func aDuplicateAmongManyKeysIsFoundQuickly() throws {
        var text = "x-data:\n  [list, as, key]: 0\n"
        for i in 0..<100_000 { text += "  k\(i): 1\n" }
        text += "  k17: 2\n"
        let clock = ContinuousClock()
        var parsed: ParsedFile?
        let elapsed = clock.measure { parsed = parse(text) }
        let findings = try #require(parsed?.diagnostics)
        #expect(findings.map(\.rule) == [.yamlDuplicateKey])
        #expect(findings.first?.range.start == Position(line: 100_003, column: 3))
        #expect(findings.first?.related.first?.range.start == Position(line: 20, column: 3))
        // Not a benchmark: a guard against the quadratic scan.
        #expect(elapsed < .seconds(5))
    }

    /// An alias reads as its anchor's nodes at its own place, in the arena
    /// and in the `Node` tree made of it; a tree made back into an arena
    /// (as a plan with includes is) reads the same.
    @Test func aliasesReadAsTheirAnchorsBothWays() throws {
        var text = "a0: &a0 [x, {k: y}]\n"
        for level in 1..<6 {
            text +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 3).joined(separator: ", ") + "]\n"
        }
        let parsed = parse(text)
        #expect(parsed.diagnostics.isEmpty)
        let root = try #require(parsed.root)
        let alias = try #require(root["a5"]?.sequence?[2])
        #expect(alias.range.start == Position(line: 6, column: 20))
        #expect(alias.sequence?.count == 3)
        #expect(root["a1"]?.sequence?[1].sequence?[1]["k"]?.scalar?.text == "y")
        let again = NodeArena(root)
        #expect(NodeOutline.lines(again.root.map(again.node)) == NodeOutline.lines(root))
    }

    @Test func tooManyAliasUsesIsALimit() {
        let text = "a: &a x\nb: [" + Array(repeating: "*a", count: 10_001).joined(separator: ",") + "]\n"
        #expect(parse(text).diagnostics.map(\.rule) == [.yamlLimits])
    }

    @Test func undefinedAliasIsASyntaxFinding() {
        #expect(parse("a: *nowhere\n").diagnostics.map(\.rule) == [.yamlSyntax])
    }

    @Test func utf16WithoutBOMIsAnEncodingFinding() {
        let bytes = Array("a: b\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(PlanLoader(appendableKeys: []).parse(bytes, file: "t").diagnostics.map(\.rule) == [.yamlEncoding])
    }

    @Test func suggestionsFindTyposAndMissingWords() {
        #expect(
            Suggest.nearest(to: "athens-schools", in: ["athens-city-schools", "ohio-university"])
                == "athens-city-schools")
        #expect(Suggest.nearest(to: "mental-helth", in: ["mental-health", "health-care"]) == "mental-health")
        #expect(Suggest.nearest(to: "zzz", in: ["mental-health"]) == nil)
    }
}
