/// vCard 4.0 (RFC 6350) text values and content lines: the one vCard
/// escaper.
public enum VCardText {
    /// RFC 6350 3.4: in a text value, backslash, comma and semicolon are
    /// escaped with a backslash and a line break is written `\n` (CRLF, CR
    /// and LF each count as one line break).
    public static func text(_ text: String) -> String {
        var out = ""
        LineBreaks.forEachScalar(in: text) { scalar in
            switch scalar {
            case "\\": out += "\\\\"
            case ",": out += "\\,"
            case ";": out += "\\;"
            case "\n", "\r": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// RFC 6350 3.2: a content line longer than 75 octets is folded by a
    /// CRLF and one space, each physical line at most 75 octets (the space
    /// counts). Breaks fall between Unicode scalars, never inside one's
    /// UTF-8 sequence. Returns the line with its CRLF.
    public static func fold(_ line: String) -> String {
        let limit = 75
        guard line.utf8.count > limit else { return line + "\r\n" }
        var out = ""
        var used = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if used + size > limit {
                out += "\r\n "
                used = 1
            }
            out.unicodeScalars.append(scalar)
            used += size
        }
        return out + "\r\n"
    }
}
