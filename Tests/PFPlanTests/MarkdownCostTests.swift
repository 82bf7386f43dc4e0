import Testing

@testable import PFPlanPublishing

/// No Markdown construct costs more than linear time: the reader counts
/// the lines and characters it visits (`steps`), and for each hostile
/// pattern four times the text takes at most about four times the steps,
/// and never more than a small multiple of its length.
@Suite struct MarkdownCostTests {
    /// Patterns repeated into one paragraph (or one block) each.
    static let patterns: [(String, String)] = [
        ("links", "[a](https://example.org/x) "),
        ("images", "![a](https://example.org/x.png) "),
        ("emphasis openers", "*a "),
        ("strong openers", "**a "),
        ("underscore openers", "_a "),
        ("bracket openers", "[a "),
        ("unclosed targets", "[a](b "),
        ("labels without targets", "[a] "),
        ("angle openers", "<a "),
        ("backtick openers", "`a "),
        ("backtick runs", "`` a ` "),
        ("nested brackets", "[[[[a"),
        ("parentheses", "](((("),
        ("escapes", "\\*\\[ "),
        ("emphasis pairs", "*a* "),
        ("nested emphasis", "**_*a*_** "),
        ("autolinks", "<https://example.org> "),
        ("list items", "- a\n"),
        ("nested list items", "- - - - - - - - - - - - - - a\n"),
        ("quotes", "> > > > > > > > > > > > > > a\n"),
        ("headings", "# a #\n"),
        ("fences", "```\n"),
        ("rules", "***\n"),
        ("lazy lines", "- a\nb\n"),
    ]

    static func steps(_ text: String) -> Int {
        var steps = 0
        _ = MarkdownText(text, fastPaths: true, steps: &steps)
        return steps
    }

    @Test(arguments: patterns.map(\.0))
    func fourTimesTheTextIsAboutFourTimesTheWork(_ name: String) {
        let unit = Self.patterns.first { $0.0 == name }!.1
        let small = String(repeating: unit, count: 2_000)
        let large = String(repeating: unit, count: 8_000)
        let (s, l) = (Self.steps(small), Self.steps(large))
        #expect(l <= 4 * s + s / 2, "\(name): \(s) -> \(l)")
        // Each character is read at most once per level of nesting (12)
        // and a few times more by the look-aheads.
        #expect(l <= 64 * large.utf8.count, "\(name): \(l) steps for \(large.utf8.count) bytes")
    }

    /// The trees are the same whether the reader took its fast paths or not.
    @Test(arguments: patterns.map(\.0))
    func hostilePatternsReadTheSameWithoutFastPaths(_ name: String) {
        let text = String(repeating: Self.patterns.first { $0.0 == name }!.1, count: 50)
        #expect(MarkdownText(text) == MarkdownText(text, fastPaths: false))
    }

    /// Steps do not count copies: a memo passed `inout` to a method that
    /// read the scanner was copied for every link (1 MB of links took
    /// 43-55 s). The memos stay in one buffer from the first link to the
    /// last.
    @Test func theLinkMemosAreWrittenInPlace() {
        var scanner = InlineScanner(
            chars: Array(String(repeating: "[a](https://example.org/x) ", count: 100)), depth: 0, images: .asLinks)
        _ = scanner.match(0, parenthesis: false)
        _ = scanner.match(3, parenthesis: true)
        let brackets = scanner.bracketMatch.withUnsafeBufferPointer { $0.baseAddress }
        let parentheses = scanner.parenMatch.withUnsafeBufferPointer { $0.baseAddress }
        for link in 1..<100 {
            #expect(scanner.match(27 * link, parenthesis: false) == 27 * link + 2)
            #expect(scanner.match(27 * link + 3, parenthesis: true) == 27 * link + 25)
        }
        #expect(scanner.bracketMatch.withUnsafeBufferPointer { $0.baseAddress } == brackets)
        #expect(scanner.parenMatch.withUnsafeBufferPointer { $0.baseAddress } == parentheses)
    }

    @Test func imagesAreLinksOrTheirWords() {
        #expect(
            MarkdownText("![a](https://x.org/p.png)").blocks == [
                .paragraph([.link([.text("a")], url: "https://x.org/p.png")])
            ])
        #expect(
            MarkdownText("![a](https://x.org/p.png)", images: .asText).blocks == [
                .paragraph([.link([.text("a")], url: nil)])
            ])
    }
}
