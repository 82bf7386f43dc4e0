import PFPlanFormats
/// A column of a document table: its label's key under `document.` and
/// whether it holds figures (aligned to the end).
struct Column {
    var key: String
    var numeric: Bool

    init(_ key: String, numeric: Bool = false) {
        self.key = key
        self.numeric = numeric
    }
}

/// A cell's content, already escaped for the output language.
enum Cell {
    case text(String)
    /// A link: a place in the page or a file beside it.
    case link(String, href: String)
    /// Text with a mark (`ok`, `gap`, `accepted`): a symbol and a colour,
    /// so the word is never told by colour alone.
    case mark(String, String)
}

/// Every table of the document goes through one partial (`table`): a
/// caption, the column labels and rows, each row its heading cell and its
/// other cells. Each cell carries its column's label, so a table of more
/// than three columns can become a stack of cards on a phone
/// (`data-label`, document.md) with no per-table template; a row's cells
/// are one field, so a row costs two tags.
struct Table {
    /// The table's caption; `captionHidden` keeps it for screen readers
    /// only, where a heading above already says it.
    let caption: String
    var captionHidden = false
    let columns: [Column]
    /// Each column's label, in the page's language and escaped.
    let labels: [String]
    let isHTML: Bool

    var isCards: Bool { columns.count > 3 }

    func view(_ rows: [[Cell]]) -> View {
        let header: [View] = columns.indices.map { k in
            var v: View = ["label": labels[k]]
            if columns[k].numeric { v["isNumeric"] = true }
            return v
        }
        // The cells after the first as one piece of output (`cellsMarkup`):
        // a table of thousands of rows costs two tags a row.
        let openings: [String] = columns.indices.map { k in
            "<td data-label=\"" + Escape.html(labels[k]) + "\"" + (columns[k].numeric ? " class=\"num\">" : ">")
        }
        let body: [View] = rows.map { cells in
            var rest = ""
            for (i, cell) in cells.enumerated().dropFirst() {
                if isHTML {
                    rest += (i < openings.count ? openings[i] : "<td>") + markup(cell) + "</td>"
                } else {
                    rest += " " + markup(cell) + " |"
                }
            }
            return ["headerMarkup": cells.first.map(markup) ?? "", "cellsMarkup": rest]
        }
        var v: View = ["caption": caption, "columns": header, "rows": body]
        if captionHidden { v["isCaptionHidden"] = true }
        if isCards { v["isCards"] = true }
        return v
    }

    func markup(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): Value.markup(text, isHTML: isHTML)
        case .link(let text, let href):
            // Markdown anchors differ between renderers: a place in the page is named only.
            isHTML || !href.hasPrefix("#") ? Value.markup(text, href: href, isHTML: isHTML) : text
        case .mark(let kind, let text): Value.markup(text, mark: kind, isHTML: isHTML)
        }
    }
}

/// A value of a card or a table cell as one piece of output: in HTML, the
/// text escaped inside the element that says how to read it (isolated,
/// left to right, a link, a mark); in Markdown, the text (already escaped
/// as Markdown) or a link.
enum Value {
    static func markup(_ text: String, href: String? = nil, ltr: Bool = false, mark: String? = nil, isHTML: Bool)
        -> String
    {
        let shown = mark.map { Mark.symbol($0) + text } ?? text
        guard isHTML else { return href.map { "[" + shown + "](" + $0 + ")" } ?? shown }
        let escaped = Escape.html(shown)
        if let href {
            return ltr
                ? "<a href=\"" + Escape.html(href) + "\" dir=\"ltr\">" + escaped + "</a>"
                : "<a href=\"" + Escape.html(href) + "\"><bdi>" + escaped + "</bdi></a>"
        }
        if let mark { return "<span class=\"mark-" + mark + "\">" + escaped + "</span>" }
        return ltr ? "<span dir=\"ltr\">" + escaped + "</span>" : "<bdi>" + escaped + "</bdi>"
    }
}

/// The symbol before a marked word: what a page printed in grey still shows.
enum Mark {
    static func symbol(_ kind: String) -> String {
        switch kind {
        case "ok": "✓ "
        case "gap", "accepted": "✗ "
        default: ""
        }
    }
}
