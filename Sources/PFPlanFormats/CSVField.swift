/// One field of a CSV table (RFC 4180), made inert for spreadsheets: the
/// one CSV escaper.
///
/// A field whose first character is `=`, `+`, `-`, `@`, `|` or `%` (or
/// their full-width forms `＝ ＋ － ＠ ｜ ％`), tab or carriage return gets
/// a single quote `'` in front, as OWASP recommends against CSV injection;
/// so does one where such a character follows only invisible ones (spaces,
/// a zero-width space, a byte-order mark, a bidirectional mark), which some
/// spreadsheets skip. Then a field holding a comma, a double quote, CR or
/// LF is quoted.
public enum CSVField {
    /// `cell(text)`, written at the end of `out`: the same bytes, with no
    /// string made for the cell.
    package static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            let quoted = utf8.contains(where: needsQuotes)
            if quoted { out.append(0x22) }
            if startsFormula(utf8) { out.append(UInt8(ascii: "'")) }
            if quoted {
                for b in utf8 {
                    out.append(b)
                    if b == 0x22 { out.append(0x22) }
                }
                out.append(0x22)
            } else {
                out.append(contentsOf: utf8)
            }
        }
    }

    /// One cell, inert and quoted as needed: the inert prefix first, so the
    /// quoting rule sees the final text.
    public static func cell(_ text: String) -> String {
        quote(inert(text))
    }

    /// Prefixes `'` to text a spreadsheet would read as a formula (or, for
    /// tab and carriage return, as a formula after it trims them).
    public static func inert(_ text: String) -> String {
        var text = text
        return text.withUTF8(startsFormula) ? "'" + text : text
    }

    /// Whether a spreadsheet could read the cell as a formula: see the type's
    /// comment. The usual cell starts with an ASCII letter or digit, which
    /// its first byte shows; only a cell starting with a space or a byte
    /// outside ASCII is read scalar by scalar.
    package static func startsFormula(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first else { return false }
        if first == 0x09 || first == 0x0D { return true }
        if first < 0x80 && first != 0x20 && !(0x0A...0x0C).contains(first) {
            return isFormulaStart(Unicode.Scalar(first))
        }
        for c in String(decoding: utf8, as: UTF8.self).unicodeScalars {
            if isFormulaStart(c) { return true }
            if c.properties.isWhitespace || c.properties.generalCategory == .format { continue }
            return false
        }
        return false
    }

    /// `= + - @ | %` and their full-width forms.
    private static func isFormulaStart(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "=", "+", "-", "@", "|", "%", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}", "\u{FF5C}", "\u{FF05}": true
        default: false
        }
    }

    /// A comma, double quote, CR or LF: all ASCII, so looked for in bytes.
    private static func needsQuotes(_ b: UInt8) -> Bool {
        b == 0x2C || b == 0x22 || b == 0x0D || b == 0x0A
    }

    /// RFC 4180 2.6 and 2.7: a field holding a comma, a double quote, CR or
    /// LF is enclosed in double quotes, and its double quotes are doubled.
    public static func quote(_ text: String) -> String {
        guard text.utf8.contains(where: needsQuotes) else { return text }
        var out: [UInt8] = [0x22]
        out.reserveCapacity(text.utf8.count + 8)
        for b in text.utf8 {
            out.append(b)
            if b == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }
}
