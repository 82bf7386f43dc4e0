/// GitHub Actions reads every line a step prints, on stdout and stderr, and
/// runs it as a workflow command when, after its leading white space, it
/// starts with `::` (`::error ...::`, `::stop-commands::`, `::add-mask::`),
/// or when it holds `##[` anywhere (the older form, still read). Plan text
/// printed by pfplan must never do either, whatever the format; only
/// `--format github` writes commands, and it escapes plan text in them by
/// GitHub's rules (`data` and `property`, below): the one escaper for
/// workflow commands.
///
/// Every output pfplan prints goes through `neutralized` with its language.
/// A line that would be read as a command gets its first `:` (or the second
/// `#` of `##[`) written as the language's own escape, which reads back as
/// the same character: `&#58;` in HTML and XML, `\:` in Markdown, `\u0023`
/// inside a JSON string; in plain text and CSV, which have no escape, as
/// `\u{3A}` and `\u{23}`, the way `TerminalText` shows a control character.
public enum WorkflowCommandText {
    public enum Language: Sendable {
        case text, markdown, html, json, csv
    }

    public static func neutralized(_ output: String, as language: Language) -> String {
        guard mayHoldCommand(output.utf8) else { return output }
        var out = ""
        out.reserveCapacity(output.utf8.count + 16)
        // Line breaks as the runner splits lines: LF, CR and CR LF.
        var start = output.startIndex
        var i = output.startIndex
        let scalars = output.unicodeScalars
        while i < output.endIndex {
            let c = scalars[i]
            if c == "\n" || c == "\r" {
                out += neutralizedLine(output[start..<i], language)
                out.unicodeScalars.append(c)
                start = scalars.index(after: i)
            }
            i = scalars.index(after: i)
        }
        out += neutralizedLine(output[start..<output.endIndex], language)
        return out
    }

    // MARK: - Text inside the commands pfplan writes (`--format github`)

    /// A command's message: `%`, CR and LF percent-encoded.
    public static func data(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A property value: as a message, and `:` and `,` too (they delimit
    /// properties).
    public static func property(_ text: String) -> String {
        var out = ""
        for scalar in data(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether some line could be a command: the text holds `::` or `##[`.
    package static func mayHoldCommand(_ bytes: String.UTF8View) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for b in bytes {
            if b == UInt8(ascii: ":") && previous == UInt8(ascii: ":") { return true }
            if b == UInt8(ascii: "[") && previous == UInt8(ascii: "#") && beforePrevious == UInt8(ascii: "#") {
                return true
            }
            beforePrevious = previous
            previous = b
        }
        return false
    }

    package static func neutralizedLine(_ line: Substring, _ language: Language) -> String {
        var text = String(line)
        // `##[` anywhere: the second `#` escaped.
        if text.contains("##[") {
            text = text.replacingAll("##[", with: "#" + escaped("#", language) + "[")
        }
        // `::` first after white space: the first `:` escaped.
        let scalars = text.unicodeScalars
        var k = scalars.startIndex
        while k < scalars.endIndex, isRunnerWhiteSpace(scalars[k]) { k = scalars.index(after: k) }
        if scalars[k...].starts(with: "::".unicodeScalars) {
            let after = scalars.index(after: k)
            text = String(scalars[..<k]) + escaped(":", language) + String(scalars[after...])
        }
        return text
    }

    /// `:` or `#` in the language's escape.
    package static func escaped(_ c: Character, _ language: Language) -> String {
        switch (language, c) {
        case (.html, ":"): "&#58;"
        case (.html, _): "&#35;"
        case (.markdown, _): "\\" + String(c)
        case (.json, ":"): "\\u003a"
        case (.json, _): "\\u0023"
        case (.text, ":"), (.csv, ":"): "\\u{3A}"
        case (.text, _), (.csv, _): "\\u{23}"
        }
    }

    /// White space as .NET's `String.TrimStart()` (which the runner calls)
    /// removes it: `Char.IsWhiteSpace`.
    package static func isRunnerWhiteSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        var out = ""
        var rest = self[...]
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
