import Testing

@testable import PFPlanFormats

/// The exact bytes of each escaper in PFPlanFormats whose output no other
/// suite pins (vCard, ICS, CSV, workflow commands and `MarkdownEscape.inline`
/// have theirs in DirectoryTests, RenderTests, InertOutputTests and
/// FastPathTests). Where a format has two ways, both are shown on the same
/// input, so the difference the doc comment explains is visible here.
@Suite struct EscaperTests {
    @Test func xmlKeepsLinesInJUnitAndFlattensThemInPictures() {
        let raw = "a<b>&\"c\" 'd'\te\nf\r\u{7}\u{85}\u{FFFE}"
        #expect(XMLText.content(raw) == "a&lt;b&gt;&amp;&quot;c&quot; &apos;d&apos;\te\nf&#13;\u{FFFD}\u{85}\u{FFFD}")
        #expect(
            XMLText.attribute(raw) == "a&lt;b&gt;&amp;&quot;c&quot; &apos;d&apos;&#9;e&#10;f&#13;\u{FFFD}\u{85}\u{FFFD}"
        )
        #expect(XMLText.oneLineContent(raw) == "a&lt;b&gt;&amp;\"c\" 'd' e f \u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(
            XMLText.oneLineAttribute(raw) == "a&lt;b&gt;&amp;&quot;c&quot; &apos;d&apos; e f \u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(XMLText.oneLineContent("plain words") == "plain words")
    }

    @Test func markdownTableCellsOfTheDirectoryAndTheGapsReport() {
        let raw = "*a* | [b](c) <d> & $e$ #f !g ~h_\\"
        #expect(MarkdownEscape.tableCell(raw) == "\\*a\\* \\| \\[b\\](c) \\<d\\> \\& \\$e\\$ \\#f \\!g \\~h\\_\\\\")
        #expect(MarkdownEscape.flatTableCell(raw) == "\\*a\\* \\| \\[b\\](c) &lt;d&gt; &amp; $e$ \\#f !g \\~h\\_\\\\")
        #expect(MarkdownEscape.inline(raw) == "\\*a\\* \\| \\[b\\](c) &lt;d&gt; & $e$ #f !g \\~h\\_\\\\")
        #expect(MarkdownEscape.tableCell("one\ntwo\r\n\r\nthree\tfour") == "one two<br><br>three four")
        #expect(MarkdownEscape.tableCell("one\ntwo\r\n\r\nthree", keepLines: true) == "one<br>two<br><br>three")
        #expect(MarkdownEscape.codeSpan("a`b|c") == "`ab\\|c`")
    }
}
