/// Reads a paragraph's text into inlines: the shared reader of the inline
/// constructs, each of which extends it in a file of its own (emphasis,
/// code spans, links). It walks the characters once; a construct that
/// must look ahead for its end remembers what it learnt (a closer that is
/// not there, a bracket's match), so that the next opener does not search
/// again, and the look-ahead of every construct is linear in all.
struct InlineScanner {
    var chars: [Character]
    var depth: Int
    let images: MarkdownText.Images
    var pos = 0
    var out: [MarkdownText.Inline] = []
    var text = ""
    /// Characters visited by every loop of the scanner and its inner
    /// scanners, for the tests that keep it linear.
    var steps = 0
    /// Per emphasis delimiter (`*`, `**`, `_`, `__`): positions from which
    /// a search for its closer is known to fail (`MarkdownEmphasis`).
    var closerFails: [[Bool]] = [[], [], [], []]
    /// Start indices of the maximal backtick runs, by run length
    /// (`MarkdownCodeSpan`).
    var backtickRuns: [Int: [Int]]?
    /// The matching `]` of a `[`, or `)` of a `(`: -2 unknown, -1 none
    /// (`MarkdownLink`).
    var bracketMatch: [Int] = []
    var parenMatch: [Int] = []
    /// The next `>`, `<` and space after some earlier position; valid
    /// while greater than the current one (`chars.count`: none).
    var nextGreater = -1
    var nextLess = -1
    var nextSpace = -1

    init(chars: [Character], depth: Int, images: MarkdownText.Images) {
        self.chars = chars
        self.depth = depth
        self.images = images
    }

    static func parse(
        _ text: String, depth: Int, fastPaths: Bool, images: MarkdownText.Images, steps: inout Int
    ) -> [MarkdownText.Inline] {
        steps += text.utf8.count
        // Text with no character that starts an inline construct is its
        // own lines, soft breaks between them, as the scanner would find.
        if fastPaths && !text.utf8.containsByte(in: plainBreakers) {
            // One line: the text itself (the usual description).
            if !text.utf8.containsByte(0x0A) { return text.isEmpty ? [] : [.text(text)] }
            var out: [MarkdownText.Inline] = []
            for (i, line) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
                if i > 0 { out.append(.softBreak) }
                if !line.isEmpty { out.append(.text(String(Substring(line)))) }
            }
            return out
        }
        var scanner = InlineScanner(chars: Array(text), depth: depth, images: images)
        let inlines = scanner.run()
        steps += scanner.steps
        return inlines
    }

    /// The bytes the scanner gives a meaning to (`!` only before `[`);
    /// bytes of 0x80 and above never start one.
    static let plainBreakers: [Bool] = (0..<256).map { b in
        b < 0x80 && "\\`*_[<".utf8.contains(UInt8(b))
    }

    mutating func emitText() {
        if !text.isEmpty {
            out.append(.text(text))
            text = ""
        }
    }

    static func isPunctuation(_ c: Character) -> Bool {
        c.isASCII && (c.isPunctuation || c.isSymbol)
    }

    static func isSpace(_ c: Character?) -> Bool { c == nil || c == " " || c == "\n" || c == "\t" }

    /// The inlines of `range`, read by a scanner of their own one level
    /// deeper; past `MarkdownText.maximumDepth`, text.
    mutating func inner(_ range: Range<Int>) -> [MarkdownText.Inline] {
        steps += range.count
        guard depth < MarkdownText.maximumDepth else { return [.text(String(chars[range]))] }
        var s = InlineScanner(chars: Array(chars[range]), depth: depth + 1, images: images)
        let inlines = s.run()
        steps += s.steps
        return inlines
    }

    mutating func run() -> [MarkdownText.Inline] {
        while pos < chars.count {
            steps += 1
            let c = chars[pos]
            let next = pos + 1 < chars.count ? chars[pos + 1] : nil
            if c == "\\", let next, Self.isPunctuation(next) {
                text.append(next)
                pos += 2
                continue
            }
            if c == "\n" {
                emitText()
                out.append(.softBreak)
                pos += 1
                continue
            }
            if c == "`" {
                readCodeSpan()
                continue
            }
            if c == "*" || c == "_" {
                readEmphasis(c, next: next)
                continue
            }
            if c == "[" || (c == "!" && next == "[") {
                readLink(image: c == "!")
                continue
            }
            if c == "<", readAutolink() {
                continue
            }
            text.append(c)
            pos += 1
        }
        emitText()
        return out
    }
}
