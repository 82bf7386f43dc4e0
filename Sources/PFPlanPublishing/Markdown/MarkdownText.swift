/// The Markdown of a plan's free text (need, vision, charter,
/// descriptions), read into a small tree and written back out as HTML or
/// as Markdown.
///
/// Why not a general Markdown library (Ink was considered): the format
/// says raw HTML in plan text is shown as text, never passed through, and
/// a published city document must not carry a `javascript:` link or a
/// remote image either. A renderer that passes HTML through needs its
/// input pre-escaped and its output post-filtered for links and images;
/// a tree that knows only the constructs plan authors use (paragraphs,
/// lists, emphasis, code, links, quotes) and escapes every text run when
/// it is written is safe by construction, and gives the Markdown output
/// the same guarantee, which pre-escaping could not.
///
/// Like Ink, one small file per part: this tree; the block parser
/// (`MarkdownBlockParser`, with its line markers in
/// `MarkdownBlockMarkers`); the inline scanner, a reader over the
/// characters of a paragraph (`MarkdownInlineScanner`) that each inline
/// construct extends (`MarkdownEmphasis`, `MarkdownCodeSpan`,
/// `MarkdownLink`); and the two writers (`MarkdownHTMLWriter`,
/// `MarkdownMarkdownWriter`). No construct costs more than linear time in
/// the text: every search that could run to the end of the text once per
/// opener is remembered, and the tests count the reader's steps.
public struct MarkdownText: Sendable, Equatable {
    public indirect enum Block: Sendable, Equatable {
        case paragraph([Inline])
        /// A heading inside plan text: shown as a bold paragraph, so the
        /// document's own heading outline stays in order.
        case heading([Inline])
        case list(ordered: Bool, start: Int, items: [[Block]])
        case code(String)
        case quote([Block])
        case rule
    }

    public indirect enum Inline: Sendable, Equatable {
        case text(String)
        case strong([Inline])
        case emphasis([Inline])
        case code(String)
        /// `url` is nil when the target is not safe to publish: the text
        /// is kept, the link dropped.
        case link([Inline], url: String?)
        case softBreak
    }

    /// What an image (`![alt](url)`) becomes: a link to it (documents:
    /// nothing is loaded until a reader follows it), or its words alone
    /// (the pledge form, which is copied into another site).
    public enum Images: Sendable {
        case asLinks, asText
    }

    public var blocks: [Block]

    public init(_ source: String, images: Images = .asLinks) {
        var steps = 0
        self.init(source, fastPaths: true, images: images, steps: &steps)
    }

    /// `fastPaths: false` reads every line and character the long way:
    /// the tests hold the fast paths to it. `steps` counts the reader's
    /// work (lines and characters visited), for the tests that keep it
    /// linear.
    init(_ source: String, fastPaths: Bool, images: Images = .asLinks, steps: inout Int) {
        let normalized = source.replacingCRLF()
        // A line feed is always a character of its own, so splitting the
        // bytes gives the same lines as splitting the characters.
        let lines =
            normalized.utf8.containsByte(0x0A)
            ? normalized.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) }
            : [normalized]
        var parser = BlockParser(fastPaths: fastPaths, images: images)
        blocks = parser.parse(lines: lines, depth: 0)
        steps += parser.steps
    }

    init(_ source: String, fastPaths: Bool) {
        var steps = 0
        self.init(source, fastPaths: fastPaths, steps: &steps)
    }

    public var isEmpty: Bool { blocks.isEmpty }

    /// Nesting (quotes in lists in quotes...) deeper than this is read as
    /// text: a hostile plan cannot make rendering recurse without end.
    static let maximumDepth = 12
}

extension String {
    func replacingCRLF() -> String {
        guard utf8.containsByte(13) else { return self }
        var out = ""
        var previousCR = false
        for c in unicodeScalars {
            if c == "\r" {
                out += "\n"
                previousCR = true
                continue
            }
            if c == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.unicodeScalars.append(c)
        }
        return out
    }
}

extension String.UTF8View {
    /// `contains(byte)`, over the stored bytes in one tight loop when they
    /// are in one piece (always, for a native string).
    func containsByte(_ byte: UInt8) -> Bool {
        withContiguousStorageIfAvailable { $0.contains(byte) } ?? contains(byte)
    }

    /// Whether some byte is marked in `table` (256 entries, one per byte).
    func containsByte(in table: [Bool]) -> Bool {
        withContiguousStorageIfAvailable { bytes in
            table.withUnsafeBufferPointer { table in bytes.contains { table[Int($0)] } }
        } ?? contains { table[Int($0)] }
    }
}
