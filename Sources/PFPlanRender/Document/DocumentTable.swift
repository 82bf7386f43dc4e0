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
/// caption, the column labels and rows of cells, the first cell of a row
/// heading it. Each cell carries its column's label, so a table of more
/// than three columns can become a stack of cards on a phone
/// (`data-label`, document.md) with no per-table template.
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
        let body: [[View]] = rows.map { cells in
            cells.enumerated().map { k, cell in
                var v: View = ["label": k < labels.count ? labels[k] : ""]
                if k == 0 { v["isHeader"] = true }
                if k < columns.count, columns[k].numeric { v["isNumeric"] = true }
                switch cell {
                case .text(let text):
                    v["text"] = text
                case .link(let text, let href):
                    if isHTML {
                        v["text"] = text
                        v["href"] = href
                        v["isLink"] = true
                    } else {
                        v["text"] = href.hasPrefix("#") ? text : "[" + text + "](" + href + ")"
                    }
                case .mark(let kind, let text):
                    v["text"] = Mark.symbol(kind) + text
                    v["mark"] = kind
                    v["hasMark"] = true
                }
                return v
            }
        }
        var v: View = ["caption": caption, "columns": header, "rows": body]
        if captionHidden { v["isCaptionHidden"] = true }
        if isCards { v["isCards"] = true }
        return v
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
