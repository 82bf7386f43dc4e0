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

    public var blocks: [Block]

    public init(_ source: String) {
        self.init(source, fastPaths: true)
    }

    /// `fastPaths: false` reads every line and character the long way:
    /// the tests hold the fast paths to it.
    init(_ source: String, fastPaths: Bool) {
        let normalized = source.replacingCRLF()
        // A line feed is always a character of its own, so splitting the
        // bytes gives the same lines as splitting the characters.
        let lines = normalized.utf8.containsByte(0x0A)
            ? normalized.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) }
            : [normalized]
        blocks = BlockParser.parse(lines: lines, depth: 0, fastPaths: fastPaths)
    }

    public var isEmpty: Bool { blocks.isEmpty }

    /// Nesting (quotes in lists in quotes...) deeper than this is read as
    /// text: a hostile plan cannot make rendering recurse without end.
    static let maximumDepth = 12

    // MARK: - HTML

    /// Every block says `dir="auto"`: plan text is in the plan's language,
    /// which need not be the page's, and an English sentence inside an
    /// Arabic page would otherwise put its full stop on the wrong side.
    public var html: String {
        var out = ""
        for block in blocks { Self.html(block, into: &out) }
        return out
    }

    static func html(_ block: Block, into out: inout String, tight: Bool = false) {
        switch block {
        case .paragraph(let inlines):
            if tight {
                out += html(inlines)
            } else {
                out += "<p dir=\"auto\">" + html(inlines) + "</p>\n"
            }
        case .heading(let inlines):
            out += "<p class=\"md-heading\" dir=\"auto\"><strong>" + html(inlines) + "</strong></p>\n"
        case .list(let ordered, let start, let items):
            let tightList = isTight(items)
            out += ordered ? (start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n") : "<ul>\n"
            for item in items {
                out += "<li dir=\"auto\">"
                for (i, b) in item.enumerated() {
                    if tightList, i == 0, case .paragraph = b {
                        html(b, into: &out, tight: true)
                    } else {
                        if i == 0 || !out.hasSuffix("\n") { out += "\n" }
                        html(b, into: &out)
                    }
                }
                out += "</li>\n"
            }
            out += ordered ? "</ol>\n" : "</ul>\n"
        case .code(let text):
            out += "<pre><code>" + Escape.html(text) + "</code></pre>\n"
        case .quote(let inner):
            out += "<blockquote dir=\"auto\">\n"
            for b in inner { html(b, into: &out) }
            out += "</blockquote>\n"
        case .rule:
            out += "<hr>\n"
        }
    }

    /// A list whose items are one paragraph each (perhaps with a nested
    /// list) is written without paragraph tags, as authors expect.
    static func isTight(_ items: [[Block]]) -> Bool {
        items.allSatisfy { item in
            switch item.count {
            case 0, 1: return true
            case 2:
                if case .paragraph = item[0], case .list = item[1] { return true }
                return false
            default: return false
            }
        }
    }

    static func html(_ inlines: [Inline]) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let t): out += Escape.html(t)
            case .strong(let inner): out += "<strong>" + html(inner) + "</strong>"
            case .emphasis(let inner): out += "<em>" + html(inner) + "</em>"
            case .code(let t): out += "<code>" + Escape.html(t) + "</code>"
            case .link(let inner, let url):
                if let url {
                    out += "<a href=\"" + Escape.html(url) + "\">" + html(inner) + "</a>"
                } else {
                    out += html(inner)
                }
            case .softBreak: out += "\n"
            }
        }
        return out
    }

    // MARK: - Markdown

    /// The same text as Markdown that a CommonMark renderer shows as the
    /// author meant it, but with every text run escaped: no HTML, no
    /// unsafe link, no heading that would break the document's outline.
    public var markdown: String {
        Self.markdown(blocks).joined(separator: "\n")
    }

    /// Blocks as lines, separated by blank lines.
    static func markdown(_ blocks: [Block]) -> [String] {
        var lines: [String] = []
        for (i, block) in blocks.enumerated() {
            if i > 0 { lines.append("") }
            lines += markdown(block)
        }
        return lines
    }

    static func markdown(_ block: Block) -> [String] {
        switch block {
        case .paragraph(let inlines):
            return [markdown(inlines)]
        case .heading(let inlines):
            return ["**" + markdown(inlines, atLineStart: false) + "**"]
        case .list(let ordered, let start, let items):
            var lines: [String] = []
            let tight = isTight(items)
            for (n, item) in items.enumerated() {
                let marker = ordered ? "\(start + n). " : "- "
                let pad = String(repeating: " ", count: marker.count)
                var inner = tight ? item.flatMap { markdown($0) } : markdown(item)
                if inner.isEmpty { inner = [""] }
                if !tight && n > 0 { lines.append("") }
                for (k, line) in inner.enumerated() {
                    lines.append(k == 0 ? marker + line : (line.isEmpty ? "" : pad + line))
                }
            }
            return lines
        case .code(let text):
            var longest = 0, run = 0
            for c in text {
                if c == "`" { run += 1; longest = max(longest, run) } else { run = 0 }
            }
            let fence = String(repeating: "`", count: max(3, longest + 1))
            return [fence] + text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [fence]
        case .quote(let inner):
            return markdown(inner).map { $0.isEmpty ? ">" : "> " + $0 }
        case .rule:
            return ["---"]
        }
    }

    static func markdown(_ inlines: [Inline], atLineStart: Bool = true) -> String {
        var out = ""
        var lineStart = atLineStart
        for inline in inlines {
            switch inline {
            case .text(let t):
                out += Escape.markdownInline(t, atLineStart: lineStart)
            case .strong(let inner): out += "**" + markdown(inner, atLineStart: false) + "**"
            case .emphasis(let inner): out += "*" + markdown(inner, atLineStart: false) + "*"
            case .code(let t): out += codeSpan(t)
            case .link(let inner, let url):
                if let url {
                    out += "[" + markdown(inner, atLineStart: false) + "](" + url + ")"
                } else {
                    out += markdown(inner, atLineStart: lineStart)
                }
            case .softBreak: out += " "
            }
            lineStart = false
        }
        return out
    }

    static func codeSpan(_ text: String) -> String {
        let flat = text.map { $0 == "\n" ? " " : $0 }
        var longest = 0, run = 0
        for c in flat {
            if c == "`" { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        let fence = String(repeating: "`", count: longest + 1)
        let body = String(flat)
        let pad = body.hasPrefix("`") || body.hasSuffix("`") ? " " : ""
        return fence + pad + body + pad + fence
    }
}

// MARK: - Parsing

private enum BlockParser {
    static func parse(lines: [String], depth: Int, fastPaths: Bool) -> [MarkdownText.Block] {
        var blocks: [MarkdownText.Block] = []
        var paragraph: [String] = []
        var i = 0

        func flush() {
            if !paragraph.isEmpty {
                let text = paragraph.map { $0.trimmingSpaces }.joined(separator: "\n")
                blocks.append(.paragraph(InlineParser.parse(text, depth: depth, fastPaths: fastPaths)))
                paragraph = []
            }
        }

        let nested = depth < MarkdownText.maximumDepth
        while i < lines.count {
            let line = lines[i]
            // Most lines of prose start with a letter: they can only
            // continue a paragraph, so the tests below are skipped.
            if fastPaths && isPlainLine(line) {
                paragraph.append(line)
                i += 1
                continue
            }
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty {
                flush()
                i += 1
                continue
            }
            let indent = leadingSpaces(line)
            if indent < 4, let fence = fenceMarker(trimmed) {
                flush()
                var body: [String] = []
                i += 1
                while i < lines.count, !(lines[i].trimmingSpaces.hasPrefix(fence) && lines[i].trimmingSpaces.allSatisfy { $0 == fence.first }) {
                    body.append(dedent(lines[i], by: indent))
                    i += 1
                }
                i += 1
                blocks.append(.code(body.joined(separator: "\n")))
                continue
            }
            if indent < 4, let heading = headingText(trimmed) {
                flush()
                blocks.append(.heading(InlineParser.parse(heading, depth: depth, fastPaths: fastPaths)))
                i += 1
                continue
            }
            if indent < 4, isRule(trimmed), paragraph.isEmpty {
                blocks.append(.rule)
                i += 1
                continue
            }
            if nested, indent < 4, trimmed.hasPrefix(">") {
                flush()
                var inner: [String] = []
                while i < lines.count {
                    let t = lines[i].trimmingSpaces
                    guard t.hasPrefix(">") else { break }
                    var rest = Substring(t.dropFirst())
                    if rest.hasPrefix(" ") { rest = rest.dropFirst() }
                    inner.append(String(rest))
                    i += 1
                }
                blocks.append(.quote(parse(lines: inner, depth: depth + 1, fastPaths: fastPaths)))
                continue
            }
            if nested, indent < 4, let first = listMarker(line) {
                flush()
                var items: [[MarkdownText.Block]] = []
                var current: ListMarker? = first
                while let marker = current {
                    var itemLines = [marker.content]
                    i += 1
                    var sawBlank = false
                    while i < lines.count {
                        let next = lines[i]
                        if next.trimmingSpaces.isEmpty {
                            sawBlank = true
                            itemLines.append("")
                            i += 1
                            continue
                        }
                        let nextIndent = leadingSpaces(next)
                        if nextIndent >= marker.contentIndent {
                            itemLines.append(dedent(next, by: marker.contentIndent))
                            sawBlank = false
                            i += 1
                            continue
                        }
                        if !sawBlank, listMarker(next) == nil, !next.trimmingSpaces.hasPrefix(">"), headingText(next.trimmingSpaces) == nil {
                            // A lazy continuation of the item's paragraph.
                            itemLines.append(next.trimmingSpaces)
                            i += 1
                            continue
                        }
                        break
                    }
                    while itemLines.last?.isEmpty == true { itemLines.removeLast() }
                    items.append(parse(lines: itemLines, depth: depth + 1, fastPaths: fastPaths))
                    if i < lines.count, let next = listMarker(lines[i]), next.ordered == first.ordered, leadingSpaces(lines[i]) < 4,
                       next.bullet == first.bullet
                    {
                        current = next
                    } else {
                        current = nil
                    }
                }
                blocks.append(.list(ordered: first.ordered, start: first.start, items: items))
                continue
            }
            paragraph.append(line)
            i += 1
        }
        flush()
        return blocks
    }

    /// Whether the first character after leading spaces and tabs cannot
    /// open a block: not a fence (`` ` `` `~`), heading (`#`), rule or
    /// list marker (`-` `*` `_` `+`, a digit) or quote (`>`). A blank line
    /// is not plain either.
    static func isPlainLine(_ line: String) -> Bool {
        for b in line.utf8 where b != UInt8(ascii: " ") && b != UInt8(ascii: "\t") {
            return !"`~#-*_+>".utf8.contains(b) && !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
        }
        return false
    }

    struct ListMarker {
        var ordered: Bool
        var bullet: Character
        var start: Int
        var content: String
        var contentIndent: Int
    }

    static func listMarker(_ line: String) -> ListMarker? {
        let indent = leadingSpaces(line)
        guard indent < 4 else { return nil }
        let chars = Array(line.dropFirst(indent))
        guard let c = chars.first else { return nil }
        if c == "-" || c == "*" || c == "+" {
            guard chars.count == 1 || chars[1] == " " || chars[1] == "\t" else { return nil }
            if isRule(String(chars)) { return nil }
            let content = String(chars.dropFirst()).trimmingSpaces
            return ListMarker(ordered: false, bullet: c, start: 1, content: content, contentIndent: indent + 2)
        }
        var digits = 0
        while digits < chars.count, digits < 9, chars[digits].isASCII, chars[digits].isNumber { digits += 1 }
        guard digits > 0, digits < chars.count, chars[digits] == "." || chars[digits] == ")" else { return nil }
        guard digits + 1 == chars.count || chars[digits + 1] == " " else { return nil }
        let start = Int(String(chars[0..<digits])) ?? 1
        let content = String(chars.dropFirst(digits + 1)).trimmingSpaces
        return ListMarker(ordered: true, bullet: chars[digits], start: start, content: content, contentIndent: indent + digits + 2)
    }

    static func fenceMarker(_ trimmed: String) -> String? {
        if trimmed.hasPrefix("```") { return "```" }
        if trimmed.hasPrefix("~~~") { return "~~~" }
        return nil
    }

    static func headingText(_ trimmed: String) -> String? {
        var level = 0
        for c in trimmed {
            if c == "#" { level += 1 } else { break }
        }
        guard (1...6).contains(level) else { return nil }
        let rest = trimmed.dropFirst(level)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = String(rest).trimmingSpaces
        while text.hasSuffix("#") { text.removeLast() }
        return text.trimmingSpaces
    }

    static func isRule(_ trimmed: String) -> Bool {
        let chars = trimmed.filter { $0 != " " }
        guard chars.count >= 3, let c = chars.first, c == "-" || c == "*" || c == "_" else { return false }
        return chars.allSatisfy { $0 == c }
    }

    static func leadingSpaces(_ line: String) -> Int {
        var n = 0
        for c in line {
            if c == " " { n += 1 } else if c == "\t" { n += 4 - n % 4 } else { break }
        }
        return n
    }

    static func dedent(_ line: String, by amount: Int) -> String {
        var removed = 0
        var index = line.startIndex
        while index < line.endIndex, removed < amount {
            let c = line[index]
            if c == " " { removed += 1 } else if c == "\t" { removed += 4 - removed % 4 } else { break }
            index = line.index(after: index)
        }
        return String(line[index...])
    }
}

private enum InlineParser {
    static func parse(_ text: String, depth: Int, fastPaths: Bool) -> [MarkdownText.Inline] {
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
        var parser = Scanner(chars: Array(text), depth: depth)
        return parser.run(until: nil)
    }

    /// The bytes the scanner gives a meaning to (`!` only before `[`);
    /// bytes of 0x80 and above never start one.
    static let plainBreakers: [Bool] = (0..<256).map { b in
        b < 0x80 && "\\`*_[<".utf8.contains(UInt8(b))
    }

    struct Scanner {
        var chars: [Character]
        var depth: Int
        var pos = 0
        var out: [MarkdownText.Inline] = []
        var text = ""
        // Memos that keep the scan linear on hostile text. Without them an
        // opener with no closer (`*a *a *a…`, `[[[…`, `[a](…`, `<a<a…`)
        // searched to the end of the text once per opener: quadratic, and
        // a plan of a few hundred kilobytes held `render` for minutes.
        /// Per delimiter: positions from which a search for its closer is
        /// known to fail (only positions whose step does not depend on
        /// where the search began).
        var closerFails: [String: [Bool]] = [:]
        /// Start indices of the maximal backtick runs, by run length.
        var backtickRuns: [Int: [Int]]?
        /// The matching `]` of a `[`, or `)` of a `(`: -2 unknown, -1 none.
        var bracketMatch: [Int] = []
        var parenMatch: [Int] = []
        /// The next `>`, `<` and space after some earlier position; valid
        /// while greater than the current one (`chars.count`: none).
        var nextGreater = -1
        var nextLess = -1
        var nextSpace = -1

        mutating func emitText() {
            if !text.isEmpty {
                out.append(.text(text))
                text = ""
            }
        }

        func isPunctuation(_ c: Character) -> Bool {
            c.isASCII && (c.isPunctuation || c.isSymbol)
        }

        func isSpace(_ c: Character?) -> Bool { c == nil || c == " " || c == "\n" || c == "\t" }

        /// Where the closing `delimiter` for an opener at `from` is, when
        /// there is one on the same text: non-space before it, and for `_`
        /// no letter after it (snake_case stays text).
        mutating func closing(_ delimiter: String, from: Int) -> Int? {
            let d = Array(delimiter)
            var fails = closerFails[delimiter] ?? []
            closerFails[delimiter] = nil
            defer { closerFails[delimiter] = fails }
            var visited: [Int] = []
            var j = from
            while j + d.count <= chars.count {
                // A position whose step does not depend on `from` leads on
                // exactly as in the earlier search that failed from it.
                if j < fails.count, fails[j] { break }
                if chars[j] == "\\" { visited.append(j); j += 2; continue }
                if chars[j] == "`" {
                    visited.append(j)
                    // Skip code spans: a delimiter inside one does not count.
                    var run = 0
                    while j + run < chars.count, chars[j + run] == "`" { run += 1 }
                    if let end = codeEnd(from: j + run, run: run) { j = end; continue }
                    j += run
                    continue
                }
                if chars[j] == d[0], d.count == 1 || chars[j + 1] == d[1] {
                    if j > from, !isSpace(chars[j - 1]) {
                        let after = j + d.count < chars.count ? chars[j + d.count] : nil
                        if d.count == 1, after == d[0] { j += 2; continue }
                        if d[0] == "_", let after, after.isLetter || after.isNumber { j += 1; continue }
                        return j
                    }
                    j += 1
                    continue
                }
                visited.append(j)
                j += 1
            }
            if fails.isEmpty { fails = Array(repeating: false, count: chars.count) }
            for v in visited { fails[v] = true }
            return nil
        }

        /// The index after the closing run of `run` backticks, if any.
        /// `from` is just past a whole run, so the runs after it are whole
        /// runs: the first of the same length closes.
        mutating func codeEnd(from: Int, run: Int) -> Int? {
            if backtickRuns == nil {
                var runs: [Int: [Int]] = [:]
                var j = 0
                while j < chars.count {
                    guard chars[j] == "`" else { j += 1; continue }
                    var r = 0
                    while j + r < chars.count, chars[j + r] == "`" { r += 1 }
                    runs[r, default: []].append(j)
                    j += r
                }
                backtickRuns = runs
            }
            guard let starts = backtickRuns?[run] else { return nil }
            var low = 0
            var high = starts.count
            while low < high {
                let mid = (low + high) / 2
                if starts[mid] < from { low = mid + 1 } else { high = mid }
            }
            return low < starts.count ? starts[low] + run : nil
        }

        func inner(_ range: Range<Int>) -> [MarkdownText.Inline] {
            guard depth < MarkdownText.maximumDepth else { return [.text(String(chars[range]))] }
            var s = Scanner(chars: Array(chars[range]), depth: depth + 1)
            return s.run(until: nil)
        }

        mutating func run(until: Character?) -> [MarkdownText.Inline] {
            while pos < chars.count {
                let c = chars[pos]
                let next = pos + 1 < chars.count ? chars[pos + 1] : nil
                if c == "\\", let next, isPunctuation(next) {
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
                    var run = 0
                    while pos + run < chars.count, chars[pos + run] == "`" { run += 1 }
                    if let end = codeEnd(from: pos + run, run: run) {
                        emitText()
                        var body = String(chars[(pos + run)..<(end - run)]).map { $0 == "\n" ? " " : $0 }
                        if body.count >= 2, body.first == " ", body.last == " ", body.contains(where: { $0 != " " }) {
                            body.removeFirst()
                            body.removeLast()
                        }
                        out.append(.code(String(body)))
                        pos = end
                    } else {
                        text += String(repeating: "`", count: run)
                        pos += run
                    }
                    continue
                }
                if c == "*" || c == "_" {
                    let double = next == c
                    let delimiter = double ? String([c, c]) : String(c)
                    let after = pos + delimiter.count < chars.count ? chars[pos + delimiter.count] : nil
                    let before = pos > 0 ? chars[pos - 1] : nil
                    let opens = !isSpace(after) && !(c == "_" && (before?.isLetter == true || before?.isNumber == true))
                    if opens, let close = closing(delimiter, from: pos + delimiter.count) {
                        emitText()
                        let content = inner((pos + delimiter.count)..<close)
                        out.append(double ? .strong(content) : .emphasis(content))
                        pos = close + delimiter.count
                        continue
                    }
                    text.append(c)
                    pos += 1
                    continue
                }
                if c == "[" || (c == "!" && next == "[") {
                    let open = c == "!" ? pos + 1 : pos
                    if let (labelEnd, urlStart, urlEnd, end) = linkParts(openBracket: open) {
                        emitText()
                        let label = inner((open + 1)..<labelEnd)
                        let target = String(chars[urlStart..<urlEnd]).trimmingSpaces
                        let url = target.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
                        let cleaned = url.hasPrefix("<") && url.hasSuffix(">") ? String(url.dropFirst().dropLast()) : url
                        out.append(.link(label, url: Escape.safeURL(cleaned)))
                        pos = end
                        continue
                    }
                    text.append(c)
                    pos += 1
                    continue
                }
                if c == "<" {
                    // An autolink <https://...>; anything else is text.
                    if let close = Self.next(">", in: chars, after: pos, cache: &nextGreater),
                       (Self.next(" ", in: chars, after: pos, cache: &nextSpace) ?? chars.count) > close,
                       (Self.next("<", in: chars, after: pos, cache: &nextLess) ?? chars.count) > close
                    {
                        let inside = String(chars[(pos + 1)..<close])
                        if !inside.contains(" "), !inside.contains("<"), let url = Escape.safeURL(inside),
                           inside.lowercased().hasPrefix("http") || inside.lowercased().hasPrefix("mailto:")
                        {
                            emitText()
                            let shown = inside.lowercased().hasPrefix("mailto:") ? String(inside.dropFirst(7)) : inside
                            out.append(.link([.text(shown)], url: url))
                            pos = close + 1
                            continue
                        }
                    }
                }
                text.append(c)
                pos += 1
            }
            emitText()
            return out
        }

        /// The first index after `pos` holding `c`, found once for all
        /// the positions before it.
        static func next(_ c: Character, in chars: [Character], after pos: Int, cache: inout Int) -> Int? {
            if cache <= pos { cache = chars[(pos + 1)...].firstIndex(of: c) ?? chars.count }
            return cache < chars.count ? cache : nil
        }

        /// `[label](url)`: the label's end, the url's bounds and the index
        /// after the closing parenthesis.
        mutating func linkParts(openBracket: Int) -> (Int, Int, Int, Int)? {
            guard let labelEnd = match(openBracket, open: "[", close: "]", stopAtNewline: false, memo: &bracketMatch),
                  labelEnd + 1 < chars.count, chars[labelEnd + 1] == "("
            else { return nil }
            guard let k = match(labelEnd + 1, open: "(", close: ")", stopAtNewline: true, memo: &parenMatch) else { return nil }
            return (labelEnd, labelEnd + 2, k, k + 1)
        }

        /// The index that closes the bracket at `start` (nesting counted,
        /// a backslash skips the next character), or nil. Every bracket
        /// met on the way has its answer noted in `memo`: from one met,
        /// the scan would take the same steps.
        func match(_ start: Int, open: Character, close: Character, stopAtNewline: Bool, memo: inout [Int]) -> Int? {
            if memo.isEmpty { memo = Array(repeating: -2, count: chars.count) }
            if memo[start] == -2 {
                var stack = [start]
                var j = start + 1
                while j < chars.count, !stack.isEmpty {
                    let c = chars[j]
                    if c == "\\" { j += 2; continue }
                    if c == open { stack.append(j) }
                    if c == close { memo[stack.removeLast()] = j }
                    if stopAtNewline, c == "\n" { break }
                    j += 1
                }
                for s in stack { memo[s] = -1 }
            }
            return memo[start] >= 0 ? memo[start] : nil
        }
    }
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
