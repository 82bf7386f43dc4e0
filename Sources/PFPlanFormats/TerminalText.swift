import PFPlanLoader

/// Plan text on a terminal, in a CI log or on stderr: inert. A control
/// character, a line break or a bidirectional control in a key, a name or
/// a quoted line is shown as an escape (`\u{1B}`, `\n`), never written
/// raw, so a plan can neither move the cursor, erase its own findings,
/// print a fake "0 errors", reorder what a reader sees (Trojan Source), nor
/// start a new line that a CI runner would read as a command.
public enum TerminalText {
    /// `text` with every character `needsEscape` shown as `\n`, `\r`,
    /// `\t` or `\u{HEX}`. Text with none (the usual) comes back as it is.
    /// `keepingTabs` leaves tabs, for a quoted source line whose caret
    /// lines up through them.
    public static func escaped(_ text: String, keepingTabs: Bool = false, keepingLineBreaks: Bool = false) -> String {
        guard mayNeedEscape(text.utf8) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for c in text.unicodeScalars {
            if keepingTabs && c == "\t" || keepingLineBreaks && (c == "\n" || c == "\r") || !needsEscape(c) {
                out.unicodeScalars.append(c)
            } else {
                out += escape(c)
            }
        }
        return out
    }

    /// The escape of one character.
    package static func escape(_ c: Unicode.Scalar) -> String {
        switch c {
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        default: "\\u{" + String(c.value, radix: 16, uppercase: true) + "}"
        }
    }

    /// C0 and C1 controls (line breaks and tab included), DEL, the line and
    /// paragraph separators, and the bidirectional controls: marks
    /// (U+200E, U+200F, U+061C), embeddings and overrides (U+202A-U+202E)
    /// and isolates (U+2066-U+2069).
    public static func needsEscape(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x00..<0x20, 0x7F...0x9F, 0x2028, 0x2029: true
        default: BidiControls.contains(c)
        }
    }

    /// Whether some byte could start a character `needsEscape` takes: an
    /// ASCII control, or the lead byte of a C1 control (`C2`), of U+061C
    /// (`D8`) or of the U+2000 block (`E2`). A cheap test on every finding.
    package static func mayNeedEscape(_ bytes: String.UTF8View) -> Bool {
        bytes.withContiguousStorageIfAvailable { buffer in buffer.contains(where: mayStartEscape) }
            ?? bytes.contains(where: mayStartEscape)
    }

    private static func mayStartEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE2
    }

    /// A source line quoted under a finding, escaped (tabs kept), with the
    /// padding that puts a caret under `column` (1-based, in Unicode
    /// scalars of the raw line): as wide as the escapes before it.
    public static func quoted(_ line: String, caretAt column: Int) -> (line: String, padding: String) {
        guard mayNeedEscape(line.utf8) else { return (line, plainPadding(line, column: column)) }
        var shown = ""
        var padding = ""
        for (i, c) in line.unicodeScalars.enumerated() {
            let piece = c == "\t" || !needsEscape(c) ? String(c) : escape(c)
            shown += piece
            if i < column - 1 {
                padding += c == "\t" ? "\t" : String(repeating: " ", count: piece.unicodeScalars.count)
            }
        }
        let scalars = line.unicodeScalars.count
        if column - 1 > scalars { padding += String(repeating: " ", count: column - 1 - scalars) }
        return (shown, padding)
    }

    /// A space per Unicode scalar before the column, but a tab where the
    /// line has one, so that the caret lands under the column whatever the
    /// terminal's tab width.
    package static func plainPadding(_ line: String, column: Int) -> String {
        var padding = ""
        var scalars = line.unicodeScalars.makeIterator()
        for _ in 0..<max(0, column - 1) {
            padding += scalars.next() == "\t" ? "\t" : " "
        }
        return padding
    }
}
