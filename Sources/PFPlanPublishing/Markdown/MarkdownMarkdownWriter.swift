import PFPlanFormats
/// Writes the tree back as Markdown that a CommonMark renderer shows as
/// the author meant it, but with every text run escaped: no HTML, no
/// unsafe link, no heading that would break the document's outline.
extension MarkdownText {
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
            let fence = String(repeating: "`", count: max(3, longestBacktickRun(text) + 1))
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
                out += MarkdownEscape.inline(t, atLineStart: lineStart)
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
        let body = String(text.map { $0 == "\n" ? " " : $0 })
        let fence = String(repeating: "`", count: longestBacktickRun(body) + 1)
        let pad = body.hasPrefix("`") || body.hasSuffix("`") ? " " : ""
        return fence + pad + body + pad + fence
    }

    /// The most backticks in a row in `text`: a fence or a code span's
    /// delimiter must be longer, so that no run inside closes it.
    static func longestBacktickRun(_ text: String) -> Int {
        var longest = 0
        var run = 0
        for c in text {
            run = c == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }
}
