import Foundation
import Testing

@testable import PFPlanLoader

/// A large plan is cut into parts that libyaml parses on every core
/// (`PieceLayout`). Whatever the text, the result must be the tree, ranges
/// and findings of one parse of the whole file: these tests cut small
/// texts into parts of a few bytes and compare.
@Suite struct PieceParseTests {
    static func parts(_ text: String, pieceBytes: Int) -> Int {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { PieceLayout($0, pieceBytes: pieceBytes)?.pieces.count ?? 1 }
    }

    /// Parses `text` whole and cut at every piece size in `sizes`; returns
    /// how many of those parses were really cut.
    @discardableResult
    static func expectSameAsWhole(
        _ text: String, sizes: [Int] = [1, 7, 24, 60, 150], limits: YAMLLimits = .standard,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Int {
        let source = SourceText(file: "plan.yaml", utf8: Array(text.utf8))
        let whole = YAMLParser.parse(source, limits: limits, pieceBytes: .max)
        var cut = 0
        for size in sizes {
            if parts(text, pieceBytes: size) > 1 { cut += 1 }
            let pieces = YAMLParser.parse(source, limits: limits, pieceBytes: size)
            let (a, b) = (NodeOutline.lines(pieces.root), NodeOutline.lines(whole.root))
            let first = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            #expect(
                a == b,
                "piece size \(size): cut \(first < a.count ? a[first] : "end") whole \(first < b.count ? b[first] : "end")",
                sourceLocation: sourceLocation)
            #expect(
                NodeOutline.findings(pieces.diagnostics) == NodeOutline.findings(whole.diagnostics),
                "piece size \(size)", sourceLocation: sourceLocation)
        }
        return cut
    }

    static let lists = """
        # A plan in short.
        pfplan: 1
        city:
          name: Athens
        stakeholders:
          - id: a
            name: "Alpha"
          - id: b
            notes: |
              kept

          # between entries
          - id: c
            notes: |+
              kept with its blank lines


          - id: d
            tags:
              - x
              - y
        actions:
        - id: act-1
          lead: a
        - id: act-2
          steps: [one, two]
        - id: act-3
          text: >
            folded
            text
        resources:
          - plain
          - 'single'
          - "double"
        """ + "\n"

    @Test func listsAreCutAndGiveTheWholeTree() {
        #expect(Self.expectSameAsWhole(Self.lists) == 5)
        #expect(Self.parts(Self.lists, pieceBytes: 24) > 4)
    }

    @Test func crlfAndNoFinalLineBreak() {
        let crlf = Self.lists.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(Self.expectSameAsWhole(crlf) == 5)
        #expect(Self.expectSameAsWhole(String(Self.lists.dropLast())) == 5)
    }

    /// A last line of fewer spaces than the list's entries and no line
    /// break: libyaml ends the list on that line and the top mapping at
    /// the stream end after it, one line further (found by the fuzzer: the
    /// cut parse gave the mapping the list's end).
    @Test func aShortLastLineEndsTheListBeforeTheMapping() {
        let endings = ["\n ", "\n  ", "\n #", "\n   \n ", "\n...\n", "\n...", "\n# end"]
        for ending in endings {
            let text = String(Self.lists.dropLast()) + ending
            #expect(Self.expectSameAsWhole(text) > 0, "ending \(ending.debugDescription) was never cut")
        }
    }

    /// Text where a cut would fall inside an open value: the part before
    /// it fails, and the file is parsed whole.
    @Test func cutsInsideOpenValuesFallBackToTheWholeParse() {
        let texts = [
            "items:\n  - \"open quote\n  - still the quote\"\n  - c\n  - d\nafter: 1\n",
            "items:\n  - [a,\n  - b]\n  - c\n  - d\n",
            "items:\n  - 'a\n\n  - b'\n  - c\n",
            "{a: 1,\nitems:\n  - b\n  - c\n}\n",
        ]
        // The last is never cut: a part cannot start at its `}`.
        #expect(texts.map { Self.expectSameAsWhole($0) > 0 } == [true, true, true, false])
    }

    @Test func problemsAreReportedAsInAWholeParse() {
        let texts = [
            // A key twice at the top, the second after a cut list.
            "items:\n  - a\n  - b\n  - c\nname: x\nitems: 2\n",
            // Anchors and aliases across a cut.
            "items:\n  - &first a\n  - b\n  - *first\n  - c\n",
            // A syntax error, a control character and a duplicate key in a later part.
            "items:\n  - a\n  - b\n  - c: 1\n    c: 2\n  - \"\\e\"\n  - d: : x\n",
            // A second document, a directive-looking line, a tab.
            "items:\n  - a\n  - b\n---\nitems:\n  - c\n",
            "items:\n  - a\n  - b\n\tc: 1\n",
            "items:\n  - a\n  - b\n - c\n  - d\n",
            "items:\n  - a\n  - b\n- c\n",
            "items:\n    - a\n    - b\n  - c\n    - d\n",
            // A part that is a lone scalar, not the mapping its cut promised
            // (found by the fuzzer: the join read it as a mapping).
            "items:\n  - a\n  - reason: |\n      multi\nMS    line\n",
        ]
        // No part can start at `---`, a tab or a `-` left of the list.
        #expect(
            texts.map { Self.expectSameAsWhole($0) > 0 } == [true, true, true, false, false, true, false, true, true])
    }

    /// Advice (curly quotes, an info) does not stop a part: the cut parse
    /// keeps its parts and gives the findings of the whole one, in order.
    @Test func adviceInPartsIsKeptInFileOrder() {
        var text = "title: “Plan”\nitems:\n"
        for i in 0..<8 { text += "  - name: “Item \(i)”\n    note: plain\n" }
        text += "after: «fin»\n"
        #expect(Self.expectSameAsWhole(text) > 0)
        let source = SourceText(file: "plan.yaml", utf8: Array(text.utf8))
        let cut = YAMLParser.parse(source, pieceBytes: 24)
        #expect(cut.root != nil)
        #expect(cut.diagnostics.map(\.rule) == Array(repeating: .yamlCurlyQuotes, count: 10))
        #expect(cut.diagnostics.map(\.range.start.line) == [1] + (0..<8).map { 3 + 2 * $0 } + [19])
    }

    @Test func depthIsCountedFromTheTopInEveryPart() {
        let limits = YAMLLimits(maxDepth: 5)
        var text = "items:\n"
        for i in 0..<6 { text += "  - a: {b: {c: \(i)}}\n" }
        #expect(Self.expectSameAsWhole(text, limits: limits) > 0)
        text += "  - a: {b: {c: {d: 1}}}\n"
        #expect(Self.expectSameAsWhole(text, limits: limits) > 0)
        #expect(
            YAMLParser.parse(SourceText(file: "p", utf8: Array(text.utf8)), limits: limits, pieceBytes: 8).root == nil)
    }

    @Test func otherLineBreaksAreNeverCut() {
        for br in ["\r", "\u{85}", "\u{2028}"] {
            let text = "items:\n  - a\n  - b\(br)  - c\n  - d\n  - e\n"
            #expect(Self.parts(text, pieceBytes: 4) == 1)
            Self.expectSameAsWhole(text)
        }
    }

    /// A part is built in room for a node per two bytes of it, in one
    /// mapping with the parts beside it. Past that room nothing is written
    /// (the next part's nodes are there) and the builder says so.
    @Test func aPartsRoomIsNeverWrittenPast() throws {
        let regions = try #require(ArenaRegions(partBytes: [100, 100]))
        var first = regions.builder(0)
        var second = regions.builder(1)
        let range = SourceRange(file: "plan.yaml", line: 1, column: 1)
        let mark = second.scalar(inSourceAt: 7, count: 1, style: .plain, tag: .none, range: range)
        var made: [Int32] = []
        for i in 0..<114 { made.append(first.scalar(inSourceAt: i, count: 1, style: .plain, tag: .none, range: range)) }
        #expect(made.first == 0 && made.last == 113)
        #expect(!first.overflowed)
        for i in 114..<200 {
            made.append(first.scalar(inSourceAt: i, count: 1, style: .plain, tag: .none, range: range))
        }
        #expect(made[114] == 113 && made[199] == 113)  // no room: nothing new
        #expect(first.overflowed && !second.overflowed)
        #expect(mark == 114 && second.records[Int(mark)].first == 7)
    }

    /// A part with more nodes than its room (two-letter keys in flow
    /// mappings: two nodes per three bytes) sends the file to the whole
    /// parse, which gives the same tree.
    @Test func aPartThatOutgrowsItsRoomFallsBackToTheWholeParse() {
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        let keys = (0..<1000).map { String([letters[$0 / 36], letters[$0 % 36]]) }.joined(separator: ",")
        let text = "stakeholders:\n" + String(repeating: "  - {" + keys + "}\n", count: 4)
        #expect(Self.parts(text, pieceBytes: 1000) > 2)
        #expect(Self.expectSameAsWhole(text, sizes: [1000]) == 1)
    }

    /// Generated plans of every size the property tests use.
    @Test(arguments: [1, 2, 3, 5, 8, 13] as [UInt64])
    func generatedPlans(seed: UInt64) {
        let plan = PlanGenerator.generate(seed: seed, size: seed == 13 ? .large : .bySeed)
        for (_, text) in plan.files {
            #expect(Self.expectSameAsWhole(text, sizes: [64, 512, 4096]) > 0)
        }
    }

    /// Every fixture plan and example, cut as finely as it can be.
    @Test func fixturesAndExamples() throws {
        let folders = [TestPaths.fixtures.appendingPathComponent("plans").path, TestPaths.examples.path]
        var files: [String] = []
        for folder in folders {
            let walker = FileManager.default.enumerator(atPath: folder)
            while let name = walker?.nextObject() as? String {
                if name.hasSuffix(".yaml") { files.append(folder + "/" + name) }
            }
        }
        #expect(files.count > 20)
        var cut = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file), data.count < 1 << 20,
                let text = String(data: data, encoding: .utf8)
            else { continue }
            cut += Self.expectSameAsWhole(text, sizes: [16, 256]) > 0 ? 1 : 0
        }
        #expect(cut > 5)
    }
}
