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
            if fm.fileExists(atPath: folder.appendingPathComponent(name + "/plan.yaml").path) { out.append(name + "/plan.yaml") }
        }
        return out
    }

    @Test func thereAreFixtures() { #expect(Self.fixtures.count >= 20) }

    @Test(arguments: fixtures)
    func givesExactlyItsFindings(_ name: String) throws {
        // Absolute paths, not a changed working folder: tests run in
        // parallel and the working folder is shared by the whole process.
        let base = Self.folder.path + "/"
        let result = try Linter.lint(base + name, options: lintOptions(asOf: "2025-03-01", root: Self.folder.path)).get()
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
        #expect(lf.replacingOccurrences(of: "typos.yaml", with: "X") == crlf.replacingOccurrences(of: "typos-crlf.yaml", with: "X"))
        #expect(!lf.isEmpty)
    }

    @Test func typoFindingsSuggestTheNearestName() throws {
        let file = Self.folder.appendingPathComponent("typos.yaml").path
        let result = try Linter.lint(file, options: lintOptions(root: Self.folder.path)).get()
        let messages = result.diagnostics.map(\.message)
        #expect(messages.contains("lead 'school' is not defined; did you mean 'schools'?"))
        #expect(messages.contains("'peroid' is not a key of framework; did you mean 'period'?"))
        #expect(messages.contains("'mental-helth' is not a known sector of the framework model; did you mean 'mental-health'?"))
    }

    @Test func duplicateKeyPointsAtTheFirstUnderRelated() throws {
        let file = Self.folder.appendingPathComponent("duplicate-key.yaml").path
        let d = try #require(Linter.lint(file, options: lintOptions(root: Self.folder.path)).get().diagnostics.first)
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
        #expect(result.diagnostics.map { "\($0.rule) \($0.range.start.line):\($0.range.start.column)" } == ["yaml/limits 1:1"])
    }

    @Test func anIncludeEscapingThroughASymlinkIsRefused() throws {
        let dir = try makeTemporaryFolder()
        let outside = try makeTemporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: dir)
            try? FileManager.default.removeItem(at: outside)
        }
        try Data("waivers: []\n".utf8).write(to: outside.appendingPathComponent("secret.yaml"))
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("linked.yaml"), withDestinationURL: outside.appendingPathComponent("secret.yaml"))
        let text = RuleExample.basePlan.replacingOccurrences(of: "pfplan: 1\n", with: "pfplan: 1\ninclude: [linked.yaml]\n")
        try Data(text.utf8).write(to: dir.appendingPathComponent("plan.yaml"))
        let result = try Linter.lint(dir.appendingPathComponent("plan.yaml").path, options: lintOptions(root: dir.path)).get()
        #expect(result.diagnostics.map { "\($0.rule) \($0.range.start.line):\($0.range.start.column)" } == ["include/outside-root 2:11"])
    }

    @Test func anUnreadableIncludeIsAFindingNotACrash() throws {
        guard getuid() != 0 else { return }  // root reads everything
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let locked = dir.appendingPathComponent("locked.yaml")
        try Data("waivers: []\n".utf8).write(to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        let text = RuleExample.basePlan.replacingOccurrences(of: "pfplan: 1\n", with: "pfplan: 1\ninclude: [locked.yaml]\n")
        try Data(text.utf8).write(to: dir.appendingPathComponent("plan.yaml"))
        let result = try Linter.lint(dir.appendingPathComponent("plan.yaml").path, options: lintOptions(root: dir.path)).get()
        #expect(result.diagnostics.map(\.rule) == [.includeNotFound])
    }
}

@Suite struct LoaderTests {
    func parse(_ text: String) -> ParsedFile {
        PlanLoader(appendableKeys: []).parse(Array(text.utf8), file: "t.yaml")
    }

    @Test func coreSchemaKeepsNorwayAndYesNoAsText() throws {
        let root = try #require(parse("a: NO\nb: no\nc: on\nd: yes\ne: true\nf: 012\ng: 0x1F\nh: ~\ni: 1.5\nj: '1'\n").root)
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
        #expect(Suggest.nearest(to: "athens-schools", in: ["athens-city-schools", "ohio-university"]) == "athens-city-schools")
        #expect(Suggest.nearest(to: "mental-helth", in: ["mental-health", "health-care"]) == "mental-health")
        #expect(Suggest.nearest(to: "zzz", in: ["mental-health"]) == nil)
    }
}

/// Long texts are parsed on two threads (`YAMLParser.pipelineThreshold`);
/// the tree and the findings must be those of the one-thread loop, for
/// every fixture and example and for long texts that go wrong late.
@Suite struct PipelinedParseTests {
    static func both(_ text: [UInt8], file: String = "p.yaml") -> (serial: String, pipelined: String) {
        guard case .success(let utf8) = TextDecoding.utf8(from: text) else { return ("encoding", "encoding") }
        let source = SourceText(file: file, utf8: utf8)
        return (dump(YAMLParser.parse(source, pipelined: false)), dump(YAMLParser.parse(source, pipelined: true)))
    }

    /// The whole tree, every node with its range, and every finding.
    static func dump(_ parsed: ParsedFile) -> String {
        var out = ""
        var stack: [(Node, Int)] = parsed.root.map { [($0, 0)] } ?? []
        while let (node, depth) = stack.popLast() {
            let r = node.range
            out += String(repeating: " ", count: depth) + "\(r.start.line):\(r.start.column)-\(r.end.line):\(r.end.column) "
            switch node.content {
            case .scalar(let s): out += "scalar \(s.style) \(s.tag) \(s.text)\n"
            case .sequence(let items):
                out += "sequence \(items.count)\n"
                stack += items.reversed().map { ($0, depth + 1) }
            case .mapping(let pairs):
                out += "mapping \(pairs.count)\n"
                stack += pairs.reversed().flatMap { [($0.value, depth + 2), ($0.key, depth + 1)] }
            }
        }
        for d in parsed.diagnostics {
            out += "\(d.rule) \(d.range.start.line):\(d.range.start.column) \(d.message) \(d.related.map { "\($0.range.start.line):\($0.range.start.column)" })\n"
        }
        return out
    }

    static var inputs: [String] {
        let fixtures = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.fixtures.appendingPathComponent("plans").path)) ?? []
        let examples = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.examples.path)) ?? []
        return fixtures.filter { $0.hasSuffix(".yaml") }.map { "Fixtures/plans/\($0)" }.sorted()
            + examples.filter { !$0.contains(".") }.map { "Examples/\($0)/plan.yaml" }.sorted()
    }

    @Test(arguments: inputs)
    func theSameTreeOnOneOrTwoThreads(_ name: String) throws {
        let url = name.hasPrefix("Examples/")
            ? TestPaths.checkout.appendingPathComponent(name) : TestPaths.testsFolder.appendingPathComponent(name)
        let (serial, pipelined) = Self.both(Array(try Data(contentsOf: url)))
        #expect(serial == pipelined)
    }

    /// 40,000 list items (many batches), then a problem in the last batch.
    static func long(_ ending: String) -> [UInt8] {
        var text = "items:\n"
        for i in 0..<40_000 { text += "  - {id: item-\(i), name: \"Item \(i)\"}\n" }
        return Array((text + ending).utf8)
    }

    @Test(arguments: [
        "tail: {a: 1, a: 2}\n",  // a duplicate key
        "tail: [1, 2\n",  // a syntax error
        "tail: " + String(repeating: "[", count: 100_000) + "\n",  // nesting past the limit
        "tail: *nowhere\n",  // an alias to nothing
        "tail: ok\n",
    ])
    func aLongTextGoingWrongLateGivesTheSameFindings(_ ending: String) {
        let (serial, pipelined) = Self.both(Self.long(ending))
        #expect(serial.hasSuffix(ending == "tail: ok\n" ? "scalar plain none ok\n" : "]\n"))
        #expect(serial == pipelined)
    }
}
