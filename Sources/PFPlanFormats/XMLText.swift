/// XML 1.0 text: the one XML escaper, for the SVG pictures and the JUnit
/// report.
///
/// Two pairs, because the two outputs want different things from a line
/// break and a C1 control, and each output's bytes are pinned by golden
/// files: a picture's title, label or tooltip is one line (SVG collapses
/// white space anyway), so `oneLine...` turns tab and line breaks into
/// spaces and replaces C1 controls; a JUnit message keeps its lines, so
/// `content` and `attribute` keep them (as character references where a
/// parser would otherwise change them) and leave C1 controls as they are.
public enum XMLText {
    /// Element content that keeps its lines: `&`, `<`, `>`, `"` and `'`
    /// escaped, CR as `&#13;` (a parser would turn CR LF into LF), other C0
    /// controls, U+FFFE and U+FFFF as U+FFFD.
    public static func content(_ text: String) -> String { escaped(text, attribute: false) }

    /// A double-quoted attribute value that keeps its lines: as `content`,
    /// with tab, LF and CR as character references (a parser would turn
    /// them into spaces).
    public static func attribute(_ text: String) -> String { escaped(text, attribute: true) }

    /// XML-escapes `&`, `<`, `>`, `"` and `'`. In attributes, tab and line
    /// breaks become character references (a parser would turn them into
    /// spaces). Characters XML 1.0 cannot hold at all (other C0 controls,
    /// U+FFFE, U+FFFF) become U+FFFD.
    private static func escaped(_ text: String, attribute: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r":
                if attribute {
                    out += "&#\(scalar.value);"
                } else if scalar == "\r" {
                    out += "&#13;"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out += "\u{FFFD}"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text content: `&`, `<` and `>` escaped, and characters XML 1.0
    /// forbids (control characters, lone surrogates cannot occur in a
    /// Swift string, U+FFFE and U+FFFF) replaced, so the picture always parses.
    public static func oneLineContent(_ raw: String) -> String {
        oneLineNeedsWork(raw) ? oneLineContentScalarByScalar(raw) : raw
    }

    package static func oneLineContentScalarByScalar(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n", "\r", "\t": out += " "
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF || (0x7F...0x9F).contains(v) {
                    out.unicodeScalars.append("\u{FFFD}")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Whether `oneLineContent` would change `raw`: a byte it escapes or replaces,
    /// a C1 control (`C2 80`-`C2 9F`), or U+FFFE or U+FFFF (`EF BF BE`,
    /// `EF BF BF`).
    package static func oneLineNeedsWork(_ raw: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for b in raw.utf8 {
            if b < 0x80 {
                if b < 0x20 || b == 0x7F || b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") {
                    return true
                }
            } else if previous == 0xC2 && b <= 0x9F {
                return true
            } else if beforePrevious == 0xEF && previous == 0xBF && (b == 0xBE || b == 0xBF) {
                return true
            }
            beforePrevious = previous
            previous = b
        }
        return false
    }

    /// `oneLineContent` as an attribute value (always written in double
    /// quotes): `"` and `'` escaped too.
    public static func oneLineAttribute(_ raw: String) -> String {
        var out = ""
        for c in oneLineContent(raw) {
            switch c {
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(c)
            }
        }
        return out
    }
}
