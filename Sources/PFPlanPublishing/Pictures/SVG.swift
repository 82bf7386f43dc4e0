import PFPlanModel
import PFPlanFormats

/// What the three pictures share: the root element, escaping, numbers
/// and a width estimate for text.
///
/// Every picture is self-contained (no external fonts, styles or ids, so
/// any number of them can sit inline in one HTML page without clashing),
/// has `role="img"` with a `<title>` and `<desc>` for people who cannot see
/// it, and sets `direction="ltr"`: inside a `dir="rtl"` page an inline SVG
/// would otherwise inherit right-to-left and move every label away from its
/// x. The drawing is the same for every language; only the words change.
enum SVG {
    static let fontFamily = "'Noto Sans', 'DejaVu Sans', 'Segoe UI', Arial, sans-serif"

    /// The whole document around a body. Same input, same bytes: every
    /// number passes through `n(_:)` and nothing depends on the clock.
    /// In a right-to-left locale the `<title>` (the picture's accessible
    /// name and tooltip, shown in the picture's left-to-right context) is
    /// isolated as right-to-left text, as the drawn title is.
    static func document(width: Double, height: Double, title: String, desc: String, body: String, _ l: Localization)
        -> String
    {
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\""
        out +=
            " viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" direction=\"ltr\" xml:lang=\"\(XMLText.oneLineAttribute(l.code))\""
        out += " font-family=\"\(fontFamily)\" font-size=\"12\">\n"
        out += "<title>\(XMLText.oneLineContent(words(title, l)))</title>\n"
        out += "<desc>\(XMLText.oneLineContent(desc))</desc>\n"
        out += "<rect width=\"\(n(width))\" height=\"\(n(height))\" fill=\"#ffffff\"/>\n"
        out += body
        out += "</svg>\n"
        return out
    }

    /// A number as SVG writes it: at most one decimal, no trailing `.0`,
    /// no `-0`, so output is the same on every platform.
    static func n(_ value: Double) -> String {
        let tenths = (value * 10).rounded(.toNearestOrAwayFromZero)
        guard tenths.isFinite, abs(tenths) < 1e12 else { return "0" }
        let whole = Int(tenths)
        if whole == 0 { return "0" }
        let sign = whole < 0 ? "-" : ""
        let m = whole.magnitude
        return m % 10 == 0 ? sign + String(m / 10) : sign + String(m / 10) + "." + String(m % 10)
    }

    static func n(_ value: Int) -> String { String(value) }

    /// A `<text>` element. Positions are absolute; `anchor` is `start`,
    /// `middle` or `end`, which with `direction="ltr"` means left, centre
    /// and right for every script.
    static func label(
        _ content: String, x: Double, y: Double, size: Double = 12, anchor: String = "start", weight: String? = nil,
        fill: String = "#1a1a1a", italic: Bool = false, extra: String = ""
    ) -> String {
        var out = "<text x=\"\(n(x))\" y=\"\(n(y))\""
        if size != 12 { out += " font-size=\"\(n(size))\"" }
        if anchor != "start" { out += " text-anchor=\"\(anchor)\"" }
        if let weight { out += " font-weight=\"\(weight)\"" }
        if italic { out += " font-style=\"italic\"" }
        if fill != "#1a1a1a" { out += " fill=\"\(fill)\"" }
        out += extra
        out += ">\(XMLText.oneLineContent(content))</text>\n"
        return out
    }

    /// Rough width of a text run in a sans-serif font: enough to size
    /// columns and to shorten labels, without font metrics (the output
    /// must not depend on the fonts of the machine that draws it).
    static func width(_ s: String, size: Double) -> Double {
        s.unicodeScalars.reduce(0) { $0 + em($1) } * size
    }

    static func em(_ scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case "\u{2066}"..."\u{2069}", "\u{200E}", "\u{200F}": 0  // bidi controls take no room
        case " ", ".", ",", ":", ";", "'", "!", "|", "i", "l", "j", "I", "(", ")", "[", "]": 0.3
        case "A"..."Z", "m", "w": 0.72
        case "0"..."9": 0.56
        default: scalar.value >= 0x2E80 ? 1.0 : 0.55
        }
    }

    /// The text, shortened with an ellipsis to fit a width; one pass, so
    /// a hostile ten-thousand-character name costs no more than reading it.
    static func fit(_ s: String, width maximum: Double, size: Double) -> String {
        guard width(s, size: size) > maximum else { return s }
        let room = maximum - em("…") * size
        var used = 0.0
        var kept = ""
        for c in s {
            let w = c.unicodeScalars.reduce(0) { $0 + em($1) } * size
            if used + w > room { break }
            used += w
            kept.append(c)
        }
        while kept.last == " " { kept.removeLast() }
        return closingIsolates(kept + "…")
    }

    /// The text in at most `lines` lines that each fit `width`, broken at
    /// spaces; what does not fit ends the last line with an ellipsis. A
    /// word wider than a line is shortened on its own.
    static func wrap(_ s: String, width maximum: Double, size: Double, lines: Int) -> [String] {
        guard width(s, size: size) > maximum, lines > 1 else { return [fit(s, width: maximum, size: size)] }
        var out: [String] = []
        var current = ""
        var words = s.split(separator: " ", omittingEmptySubsequences: true).map(String.init)[...]
        while let word = words.first {
            let candidate = current.isEmpty ? word : current + " " + word
            if width(candidate, size: size) <= maximum {
                current = candidate
                words = words.dropFirst()
                continue
            }
            if current.isEmpty {
                // A single word wider than the line.
                current = fit(word, width: maximum, size: size)
                words = words.dropFirst()
            }
            out.append(current)
            current = ""
            if out.count == lines - 1 {
                let rest = words.joined(separator: " ")
                if !rest.isEmpty { out.append(fit(rest, width: maximum, size: size)) }
                return out
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// The text with a PDI for every isolate it opens and does not close
    /// (a shortened title can end inside its isolated city name), so the
    /// isolate ends where the text does, in every renderer.
    static func closingIsolates(_ s: String) -> String {
        var open = 0
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\u{2066}", "\u{2067}", "\u{2068}": open += 1
            case "\u{2069}": open = max(0, open - 1)
            default: break
            }
        }
        return open == 0 ? s : s + String(repeating: "\u{2069}", count: open)
    }

    /// Days since 1970-01-01, to place dates on a time axis.
    static func day(_ d: CalendarDate) -> Int {
        let y = d.month <= 2 ? d.year - 1 : d.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Words of a right-to-left locale, isolated as right-to-left text
    /// (RLI ... PDI): the picture stays `direction="ltr"` so that every x
    /// means the same in every language, while an Arabic label still reads
    /// from the right, with its punctuation and any Latin name in place.
    /// A picture's heading: its title in bold (two lines at most), then
    /// the city, both starting where the reader's lines start (on the right
    /// in Arabic). Gives the markup and the baseline of its last line.
    static func heading(_ title: String, city: String?, width: Double, margin: Double, _ l: Localization)
        -> (markup: String, y: Double)
    {
        var body = ""
        var y = 6.0
        let (lead, anchor) = l.isRightToLeft ? (width - margin, "end") : (margin, "start")
        for line in wrap(title, width: width - 2 * margin, size: 15, lines: 2) {
            y += 18
            body += label(words(line, l), x: lead, y: y, size: 15, anchor: anchor, weight: "bold")
        }
        if let city, !city.isEmpty {
            y += 17
            body += label(
                isolated(fit(city, width: width - 2 * margin, size: 13)), x: lead, y: y, size: 13,
                anchor: anchor, fill: "#444444")
        }
        return (body, y)
    }

    static func words(_ s: String, _ l: Localization) -> String {
        l.isRightToLeft ? "\u{2067}" + s + "\u{2069}" : s
    }

    /// A title with the city, as the locale joins them. In a right-to-left
    /// locale the title and the city are each isolated (FSI ... PDI, each
    /// taking the direction of its own first letter): the locale's
    /// punctuation between them then follows the locale's direction, so in
    /// Arabic the colon stays after the title and before the city, and a
    /// name in another script keeps its own order ("29 Palms" would
    /// otherwise be drawn as "Palms 29", its digits taken for Arabic ones).
    static func title(_ title: String, city: String?, _ l: Localization) -> String {
        guard let city, !city.isEmpty else { return title }
        guard l.isRightToLeft else { return l.string("pictures.title-with-city", ["title": title, "city": city]) }
        return l.string("pictures.title-with-city", ["title": isolated(title), "city": isolated(city)])
    }

    /// Text in a first-strong isolate (FSI ... PDI).
    static func isolated(_ s: String) -> String { "\u{2068}" + s + "\u{2069}" }
}
