import PFPlanFormats
/// Writes the tree as HTML: every text run escaped, every link checked
/// when it was read (`Escape.safeURL`).
extension MarkdownText {
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
}
