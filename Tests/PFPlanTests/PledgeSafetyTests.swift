import Foundation
import Testing

/// `pfplan pledge --format md` shows the author's Markdown through pfplan's
/// own reader: no image is loaded, no unsafe link kept, no heading faked.
@Suite struct PledgeSafetyTests {
    @Test func theAuthorsMarkdownRunsNothing() throws {
        let plan = TestPaths.fixtures.appendingPathComponent("hostile/pledge-markdown.yaml").path
        let r = try runPFPlan(["pledge", plan, "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        let md = r.stdout
        // The title, one line of text: every bracket escaped.
        let title = "Welcome !\\[px\\](https://tracker.example/t.png?id=1) \\[win\\](javascript:alert(1))"
        #expect(md.hasPrefix("# Pledging initiative – Submission form: \(title)\n"))
        #expect(md.contains("- **Name of the pledge:** \(title)\n"))
        let body = md.replacingOccurrences(of: title, with: "TITLE")
        for forbidden in ["](https://tracker", "![", "javascript:", "data:text", "<img"] {
            #expect(!body.contains(forbidden), "\(forbidden)")
        }
        // The only headings are the form's own.
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(
            headings == [
                "# Pledging initiative – Submission form: \(title)",
                "## Section I", "## Section II", "## Section III", "## Section IV", "## Section V", "## Section VI",
                "## Section VII",
            ])
        #expect(md.contains("**Approved by the UN**"))
        #expect(md.contains("[public dashboard](https://sampleton.example.org/dashboard)"))
        #expect(md.contains("&lt;img src=\"https://tracker.example/i.png\"&gt;"))
    }
}
