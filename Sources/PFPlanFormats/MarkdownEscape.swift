/// Plan text as Markdown that shows it exactly as written: the one
/// Markdown escaper. (`MarkdownText`, in PFPlanPublishing, is the other
/// direction: Markdown a plan writes, read and written back safely.)
///
/// Three ways, each pinned by golden files of its output, for three
/// places a value lands in:
/// - `inline`: anywhere in a rendered document or pledge form, perhaps at
///   the start of a line; escapes as little as CommonMark needs, so the
///   Markdown stays readable.
/// - `tableCell`: a cell or heading of the contact directory; escapes
///   every significant character with a backslash (GitHub math `$`
///   included) and keeps line breaks as `<br>`.
/// - `flatTableCell` and `codeSpan`: the gaps report's one-line cells.
public enum MarkdownEscape {
    /// Plain text (a name, a title) as inline Markdown that a CommonMark
    /// renderer shows exactly as written: emphasis, links, code and table
    /// characters are backslash-escaped, `<` and `>` become entities so
    /// that no HTML or autolink can start, an `&` that would begin an
    /// entity is escaped, and line breaks become spaces (a value never
    /// opens a new block). Block markers at the start (`#`, `-`, `1.`) are
    /// escaped because a value may be placed at the start of a line.
    public static func inline(_ text: String, atLineStart: Bool = true) -> String {
        if !Escape.needsWork(text.utf8, inlineBytes, lineSeparators: true), !(atLineStart && mayOpenBlock(text)) {
            return text
        }
        return inlineScalarByScalar(text, atLineStart: atLineStart)
    }

    package static func inlineScalarByScalar(_ text: String, atLineStart: Bool) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var atStart = atLineStart
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            defer { i += 1 }
            if c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" {
                if !out.hasSuffix(" ") && !out.isEmpty { out += " " }
                continue
            }
            if Escape.isUnsafeControl(c) { continue }
            if atStart && c != " " && c != "\t" {
                atStart = false
                let following = i + 1 < scalars.count ? scalars[i + 1] : " "
                let opensBlock: Bool
                switch c {
                // A list item or heading needs a space after its marker;
                // a quote does not; a lone "=" or "-" run underlines the
                // line above into a heading.
                case "-", "+", "*", "#":
                    opensBlock =
                        following == " " || following == "\t" || scalars[i...].allSatisfy { $0 == c || $0 == " " }
                case "=": opensBlock = scalars[i...].allSatisfy { $0 == "=" || $0 == " " }
                case ">": opensBlock = true
                default: opensBlock = false
                }
                if opensBlock && c != "*" {
                    out += "\\"
                    out.unicodeScalars.append(c)
                    continue
                }
                if c.properties.numericType != nil && c.isASCII {
                    // "1." or "1)" at the start would open an ordered list.
                    var j = i
                    while j < scalars.count, scalars[j].isASCII, scalars[j].properties.numericType != nil { j += 1 }
                    if j < scalars.count, scalars[j] == "." || scalars[j] == ")" {
                        for k in i..<j { out.unicodeScalars.append(scalars[k]) }
                        out += "\\"
                        out.unicodeScalars.append(scalars[j])
                        i = j
                        continue
                    }
                }
            }
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&":
                out += startsEntity(scalars, at: i) ? "\\&" : "&"
            case "\\", "`", "*", "_", "[", "]", "|", "~":
                out += "\\"
                out.unicodeScalars.append(c)
            default:
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// ASCII bytes that `inline` changes anywhere in a line.
    package static let inlineBytes: [Bool] = Escape.asciiTable { b in
        "\n\r<>&\\`*_[]|~".utf8.contains(b) || Escape.isUnsafeControlByte(b)
    }

    /// Whether the first character after leading blanks could open a
    /// block (`-`, `+`, `*`, `#`, `=`, `>`, or a digit of `1.`).
    package static func mayOpenBlock(_ text: String) -> Bool {
        for b in text.utf8 where b != UInt8(ascii: " ") && b != UInt8(ascii: "\t") {
            return "-+*#=>".utf8.contains(b) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
        }
        return false
    }

    /// `&name;`, `&#123;` or `&#x1F;` starting at `index`.
    package static func startsEntity(_ s: [Unicode.Scalar], at index: Int) -> Bool {
        var j = index + 1
        var length = 0
        while j < s.count, s[j].isASCII,
            s[j].properties.isAlphabetic || s[j].properties.numericType != nil || s[j] == "#"
        {
            j += 1
            length += 1
        }
        return length > 0 && j < s.count && s[j] == ";"
    }

    /// Characters CommonMark and GitHub tables give a meaning to anywhere
    /// in a line. Each is backslash-escaped (CommonMark lets any ASCII
    /// punctuation be), which shows it literally: `|` cannot end a cell,
    /// `<` cannot open HTML, `[` cannot start a link, `&` cannot start an
    /// entity, `$` cannot start GitHub math. Characters that matter only at
    /// the start of a line (`-`, `+`, `1.`, `>`, `=`) need nothing more:
    /// plan text never starts a line in the directory (it follows `| ` or
    /// a heading's `### `), and `>` is escaped anyway.
    package static let tableCellSignificant: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "#", "!", "|", "~", "&", "$",
    ]

    /// Plan text as one line of Markdown inline content (a table cell or a
    /// heading): significant characters escaped, line breaks turned into
    /// `<br>` (ours, not the plan's: a raw line break would end the row).
    /// Prose keeps Markdown's meaning of a line break (a single one is a
    /// space, a blank line a new paragraph); `keepLines` keeps each one
    /// (addresses, hours).
    public static func tableCell(_ text: String, keepLines: Bool = false) -> String {
        var out = ""
        var pendingBreaks = 0
        LineBreaks.forEachScalar(in: text) { scalar in
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}" {
                pendingBreaks += 1
                return
            }
            if pendingBreaks > 0 {
                // A single line break in Markdown source is a soft wrap (a
                // space); a blank line is a new paragraph.
                out +=
                    keepLines ? String(repeating: "<br>", count: pendingBreaks) : pendingBreaks == 1 ? " " : "<br><br>"
                pendingBreaks = 0
            }
            if scalar == "\t" {
                out += " "
            } else if tableCellSignificant.contains(scalar) {
                out += "\\"
                out.unicodeScalars.append(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text on one line (line breaks already spaces) as inert Markdown
    /// inside a table cell: every character that could start markup is
    /// escaped, and `<`, `>` and `&` become entities, so `<` never opens
    /// HTML. Read by `Character`, so a mark combined onto `*` keeps it
    /// plain. Used by `pfplan gaps --format md`.
    public static func flatTableCell(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "#", "|", "~": out += "\\" + String(c)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default: out.append(c)
            }
        }
        return out
    }

    /// An id or path as a code span; a backtick inside (never in a valid
    /// id) is dropped rather than allowed to close the span, and `|`
    /// escaped for tables.
    public static func codeSpan(_ text: String) -> String {
        var out = ""
        for c in String(text.filter { $0 != "`" }) { if c == "|" { out += "\\|" } else { out.append(c) } }
        return "`" + out + "`"
    }
}
