/// HTML escaping, and the links a document may publish (Markdown text has
/// its own escaper, `MarkdownEscape`). Plan text is written by people
/// outside pfplan and published on city websites, so every character that
/// could start markup is neutralised here, in one place, rather than
/// trusted to each template.
public enum Escape {
    /// Text for HTML content and double-quoted attribute values: the same
    /// five characters Mustache's `{{x}}` escapes, so a value escaped here
    /// and one escaped by a template read the same.
    public static func html(_ text: String) -> String {
        // Most plan text has nothing to escape: hand it back as it is.
        needsWork(text.utf8, htmlBytes) ? htmlScalarByScalar(text) : text
    }

    package static func htmlScalarByScalar(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if isUnsafeControl(c) { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    // MARK: - Fast paths
    //
    // Each escape below hands text back unchanged when none of its bytes
    // can change: the tests of a byte are chosen so that the slow path would
    // copy such text scalar for scalar; the characters outside ASCII that
    // they change (C1 controls, line separators) are found by their bytes.

    /// ASCII bytes that `html` changes or drops.
    package static let htmlBytes: [Bool] = asciiTable { b in
        b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "\"")
            || b == UInt8(ascii: "'") || isUnsafeControlByte(b)
    }

    package static func asciiTable(_ test: (UInt8) -> Bool) -> [Bool] { (0..<128).map { test(UInt8($0)) } }

    package static func isUnsafeControlByte(_ b: UInt8) -> Bool {
        (b < 0x20 && b != 0x09 && b != 0x0A) || b == 0x7F
    }

    /// Whether some byte is in `table`, or the text holds a C1 control
    /// (U+0080-U+009F: `C2 80`-`C2 9F`), or, with `lineSeparators`,
    /// U+2028 or U+2029 (`E2 80 A8`, `E2 80 A9`).
    package static func needsWork(_ bytes: String.UTF8View, _ table: [Bool], lineSeparators: Bool = false) -> Bool {
        // Over the stored bytes when the string has them in one piece (a
        // Swift string always does): a tight loop instead of the view's
        // iterator, on every text field of a document.
        let fast = bytes.withContiguousStorageIfAvailable { buffer in
            table.withUnsafeBufferPointer { table in
                needsWork(buffer, table, lineSeparators: lineSeparators)
            }
        }
        if let fast { return fast }
        return Array(bytes).withUnsafeBufferPointer { buffer in
            table.withUnsafeBufferPointer { table in
                needsWork(buffer, table, lineSeparators: lineSeparators)
            }
        }
    }

    package static func needsWork(
        _ bytes: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<Bool>, lineSeparators: Bool
    ) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for b in bytes {
            if b < 0x80 {
                if table[Int(b)] { return true }
            } else if previous == 0xC2 && b <= 0x9F {
                return true
            } else if lineSeparators && beforePrevious == 0xE2 && previous == 0x80 && (b == 0xA8 || b == 0xA9) {
                return true
            }
            beforePrevious = previous
            previous = b
        }
        return false
    }

    /// C0 and C1 controls other than tab and newline: they have no place
    /// in a document and some confuse terminals and parsers.
    package static func isUnsafeControl(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v == 0x09 || v == 0x0A { return false }
        return v < 0x20 || (0x7F...0x9F).contains(v)
    }

    /// A link target that is safe to publish: http(s), mailto or tel, with
    /// no characters that could leave an attribute or a Markdown link.
    /// Anything else (javascript:, data:, relative paths that would point
    /// into the output folder) is refused, and the caller shows the text
    /// without a link.
    public static func safeURL(_ raw: String) -> String? {
        let url = raw.trimmingSpaces
        if let plain = plainASCIIURL(url) { return plain ? url : nil }
        let lower = url.lowercased()
        guard linkSchemes.contains(where: { lower.hasPrefix($0) }) else { return nil }
        var out = ""
        for c in url.unicodeScalars {
            // Controls and bidirectional controls (a target that reads
            // backwards) are refused, as a plan's url is.
            if c.value <= 0x20 || TerminalText.needsEscape(c) { return nil }
            if c.isASCII, isPercentEncoded(UInt8(c.value)) {
                out += "%" + String(c.value, radix: 16, uppercase: true).leftPadded(to: 2)
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// The schemes a published link may have, lower case.
    package static let linkSchemes = ["http://", "https://", "mailto:", "tel:"]

    /// The ASCII characters a link carries percent-encoded: each could end
    /// an attribute or a Markdown link, or start markup.
    package static func isPercentEncoded(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"),
            UInt8(ascii: "`"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "}"),
            UInt8(ascii: "|"), UInt8(ascii: "^"):
            true
        default: false
        }
    }

    /// `safeURL` without building a new string, for the usual target:
    /// printable ASCII only (no space or control, so each byte is one
    /// character and lowercasing is per byte) and none of the characters
    /// that get percent-encoded. Then the answer is the text itself when it
    /// has an allowed scheme (true) or nothing (false); nil means "not that
    /// kind of text", and the character-by-character way decides.
    package static func plainASCIIURL(_ url: String) -> Bool? {
        url.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for b in bytes {
                guard b > 0x20, b < 0x7F, !isPercentEncoded(b) else { return nil }
            }
            return linkSchemes.contains { scheme in
                scheme.utf8.count <= bytes.count
                    && zip(scheme.utf8, bytes).allSatisfy { s, b in
                        s == (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b + 32 : b)
                    }
            }
        } ?? nil
    }

    /// A phone number as a `tel:` target: digits and a leading plus only.
    public static func telURL(_ phone: String) -> String? {
        var digits = ""
        for c in phone.unicodeScalars {
            if c.isASCII, c.properties.numericType != nil {
                digits.unicodeScalars.append(c)
            } else if c == "+" && digits.isEmpty {
                digits += "+"
            }
        }
        return digits.count >= 3 ? "tel:" + digits : nil
    }
}

extension String {
    /// `!trimmingSpaces.isEmpty`, without making the trimmed string when a
    /// byte shows the answer: a byte other than space, tab, CR or LF lies in
    /// a character that trimming keeps. (Text of those bytes alone is
    /// trimmed the usual way: CR LF is one character, which it keeps.)
    package var hasTextBesideSpaces: Bool {
        if utf8.contains(where: { !Self.isTrimmedByte($0) }) { return true }
        return !trimmingSpacesCharacterByCharacter.isEmpty
    }

    package var trimmingSpaces: String {
        // Nothing to trim when neither end is blank (a first or last byte
        // that is not one of these four cannot begin or end one of them).
        if let first = utf8.first, let last = utf8.last, !Self.isTrimmedByte(first), !Self.isTrimmedByte(last) {
            return self
        }
        return trimmingSpacesCharacterByCharacter
    }

    package var trimmingSpacesCharacterByCharacter: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s = s.dropLast() }
        return String(s)
    }

    private static func isTrimmedByte(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r")
    }

    package func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
