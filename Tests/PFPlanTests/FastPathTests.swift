import Foundation
import Mustache
import Testing

@testable import PFPlanFormats
@testable import PFPlanPublishing

/// `render` hands most text through unchanged after a look at its bytes,
/// and reads most Markdown lines without the block and inline scanners.
/// Each fast path must give exactly what the long way gives; these tests
/// compare the two on generated text made of the characters that matter
/// (markup, blanks, controls, line separators, combining marks, C1
/// controls, non-characters) and plain words.
@Suite struct FastPathTests {

    static let pieces: [String] = [
        "a", "Word", "plain text", " ", "  ", "\t", "\n", "\r", "\r\n", "\n\n", "-", "+", "*", "**", "_", "#", "## ",
        "=",
        ">", "1.", "12)", "`", "```", "~~~", "[", "]", "(", ")", "![", "<", ">", "&", "&amp;", "\"", "'", "\\", "|",
        "~",
        ";", ",", "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", "é", "e\u{301}", " \u{301}",
        "*\u{301}", "<\u{338}", "&\u{301}", "\u{2028}", "\u{2029}", "\u{2026}", "\u{201C}", "\u{FFFE}", "\u{FFFF}",
        "\u{FEFF}", "مرحبا", "\u{2067}",
        "https://example.org", "<https://x.y>", "[a](https://b.c)", "0", "9", "\u{3000}", "%", "＝", "\u{200B}",
        "\u{200F}",
    ]

    static func samples(count: Int, seed: UInt64) -> [String] {
        var g = SplitMix64(seed: seed)  // the same strings on every run and machine
        var out: [String] = ["", " ", "\n", "plain", "a\nb", " -x", "1. x", "- ", "x ", " x", "\u{301}"]
        for _ in 0..<count {
            var s = ""
            for _ in 0..<g.int(1...12) { s += g.pick(pieces) }
            out.append(s)
        }
        return out
    }

    @Test func escapesMatchTheirScalarByScalarForms() {
        for s in Self.samples(count: 20_000, seed: 1) {
            #expect(Escape.html(s) == Escape.htmlScalarByScalar(s), "html \(s.debugDescription)")
            for start in [true, false] {
                #expect(
                    MarkdownEscape.inline(s, atLineStart: start)
                        == MarkdownEscape.inlineScalarByScalar(s, atLineStart: start),
                    "markdown \(s.debugDescription) \(start)")
            }
            #expect(XMLText.oneLineContent(s) == XMLText.oneLineContentScalarByScalar(s), "svg \(s.debugDescription)")
            #expect(ICSText.text(s) == ICSText.textScalarByScalar(s), "ics \(s.debugDescription)")
            #expect(DirectoryText.clean(s) == DirectoryText.cleanScalarByScalar(s), "clean \(s.debugDescription)")
            #expect(DirectoryText.prose(s) == DirectoryText.proseLineByLine(s), "prose \(s.debugDescription)")
            #expect(s.trimmingSpaces == s.trimmingSpacesCharacterByCharacter, "trim \(s.debugDescription)")
        }
    }

    /// The CSV cell rules and the calendar's line folding work on bytes;
    /// here they meet the scalar-by-scalar forms they replaced.
    @Test func csvCellsAndCalendarFoldingMatchTheirScalarForms() {
        func inert(_ text: String) -> String {
            // The first scalar that is not blank or invisible, unless the
            // text starts with tab or CR.
            if text.unicodeScalars.first == "\t" || text.unicodeScalars.first == "\r" { return "'" + text }
            let first = text.unicodeScalars.first {
                !$0.properties.isWhitespace && $0.properties.generalCategory != .format
            }
            switch first {
            case "=", "+", "-", "@", "|", "%", "＝", "＋", "－", "＠", "｜", "％": return "'" + text
            default: return text
            }
        }
        func quote(_ text: String) -> String {
            guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else {
                return text
            }
            var out = "\""
            for scalar in text.unicodeScalars {
                if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
            }
            return out + "\""
        }
        func fold(_ line: String) -> String {
            let bytes = Array(line.utf8)
            guard bytes.count > 75 else { return line }
            var pieces: [[UInt8]] = []
            var start = 0
            var limit = 75
            while start < bytes.count {
                var end = min(start + limit, bytes.count)
                while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
                pieces.append(Array(bytes[start..<end]))
                start = end
                limit = 74
            }
            return pieces.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\r\n ")
        }
        var long = Self.samples(count: 2_000, seed: 5)
        long = long.map { $0 + String(repeating: $0, count: 12) }
        for s in Self.samples(count: 20_000, seed: 4) + long {
            #expect(CSVField.inert(s) == inert(s), "inert \(s.debugDescription)")
            #expect(CSVField.quote(s) == quote(s), "quote \(s.debugDescription)")
            var bytes: [UInt8] = []
            CSVField.append(s, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == quote(inert(s)), "cell \(s.debugDescription)")
            #expect(ICSText.fold(s) == fold(s), "fold \(s.debugDescription)")
        }
    }

    @Test func textBesideSpacesMatchesTrimming() {
        let blanks = ["", " ", "\t", "\n", "\r", "\r\n", " \r\n ", "\n\r", "\t\r\n\n", " \u{301}", "\r\n\r\n"]
        for s in Self.samples(count: 20_000, seed: 6) + blanks {
            #expect(s.hasTextBesideSpaces == !s.trimmingSpaces.isEmpty, "\(s.debugDescription)")
        }
    }

    @Test func markdownReadsTheSameWithoutItsFastPaths() {
        for s in Self.samples(count: 20_000, seed: 2) {
            let fast = MarkdownText(s)
            #expect(fast == MarkdownText(s, fastPaths: false), "\(s.debugDescription)")
        }
    }

    /// The shipped HTML templates declare `CONTENT_TYPE: PFPLAN_HTML`; it
    /// must escape exactly as Mustache's default HTML does, which the
    /// templates got before and an override without the line still gets.
    @Test func pfplanHTMLContentTypeEscapesAsMustachesHTML() throws {
        _ = DocumentTemplates.registerHTMLContentType
        var library = MustacheLibrary()
        try library.register("{{x}}|{{#x}}{{.}}{{/x}}", named: "default")
        try library.register("{{%CONTENT_TYPE: PFPLAN_HTML}}\n{{x}}|{{#x}}{{.}}{{/x}}", named: "pfplan")
        for s in Self.samples(count: 20_000, seed: 3) {
            let view = ["x": s]
            #expect(
                library.render(view, withTemplate: "pfplan") == library.render(view, withTemplate: "default"),
                "\(s.debugDescription)")
        }
    }

    /// The byte-identical bits are compared above; here the escapes keep
    /// doing their job on text that needs them.
    @Test func textThatNeedsEscapingIsStillEscaped() {
        #expect(Escape.html("a<b") == "a&lt;b")
        #expect(Escape.html("x\u{85}y") == "xy")
        #expect(MarkdownEscape.inline("- item") == "\\- item")
        #expect(MarkdownEscape.inline("a\u{2028}b") == "a b")
        #expect(XMLText.oneLineContent("a\u{FFFE}") == "a\u{FFFD}")
        #expect(ICSText.text("a,b") == "a\\,b")
    }
}

/// Links: a plain ASCII link is judged by its bytes, any other the long
/// way; both must agree on the scheme, the characters that are refused and
/// those that are percent-encoded.
@Suite struct SafeURLTests {
    @Test(
        arguments: [
            ("https://example.org/a?b=1#c", "https://example.org/a?b=1#c"),
            ("HTTPS://Example.org", "HTTPS://Example.org"),
            (" https://example.org ", "https://example.org"),
            ("mailto:desk@example.org", "mailto:desk@example.org"),
            ("tel:+1-555-0100", "tel:+1-555-0100"),
            ("https://example.org/a(b)", "https://example.org/a%28b%29"),
            ("https://example.org/\"x'<y>`{z}|^\\", "https://example.org/%22x%27%3Cy%3E%60%7Bz%7D%7C%5E%5C"),
            ("https://exämple.org/(1)", "https://exämple.org/%281%29"),
        ] as [(String, String)])
    func linksKeptOrEncoded(raw: String, expected: String) {
        #expect(Escape.safeURL(raw) == expected)
    }

    @Test(arguments: [
        "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "ftp://example.org", "http:/example.org",
        "https://a b.org", "https://a\u{7F}b", "", "tel", "./index.html", "https://exämple.org/a b",
    ])
    func linksRefused(raw: String) {
        #expect(Escape.safeURL(raw) == nil)
    }
}
