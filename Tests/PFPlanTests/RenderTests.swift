import Foundation
import PFPlanTestSupport
import PFPlanLoader
import PFPlanModel
import PFPlanSupport
import Testing

@testable import PFPlanFormats
@testable import PFPlanPublishing

/// `pfplan render`: goldens of a small plan (HTML, Markdown, calendar),
/// hostile text, privacy over every example and audience, the command's
/// exit codes and how it treats its output folder. Goldens live in
/// `Fixtures/render/`; rewrite them with `PFPLAN_UPDATE_GOLDENS=1` and
/// read the diff before committing.
@Suite struct RenderTests {
    static let fixtures = TestPaths.fixtures.appendingPathComponent("render")
    static let small = fixtures.appendingPathComponent("small/plan.yaml").path
    static let hostile = fixtures.appendingPathComponent("hostile/plan.yaml").path
    static let broken = fixtures.appendingPathComponent("broken/plan.yaml").path
    static let asOf = "2025-07-01"

    // MARK: - Helpers

    static func lintResult(_ file: String, asOf: String = RenderTests.asOf) throws -> LintResult {
        switch Linter.lint(file, options: lintOptions(asOf: asOf, root: PathText.directory(of: file))) {
        case .success(let r): return r
        case .failure(let f): throw f
        }
    }

    static func site(
        _ files: [String], formats: [RenderOptions.Format] = RenderOptions.Format.allCases, language: String? = nil,
        audience: Visibility = .public, force: Bool = false, title: String? = nil
    ) throws -> Site {
        let results = try files.map { try lintResult($0) }
        let options = RenderOptions(
            formats: formats, language: language, audience: audience, force: force, asOf: CalendarDate(asOf)!,
            templates: TemplateFiles(override: nil, shipped: TestPaths.templates), toolVersion: "0.1.0", title: title)
        switch SiteRenderer.render(results, options: options) {
        case .success(let s): return s
        case .failure(let f): throw f
        }
    }

    static func text(_ site: Site, _ path: String) -> String {
        guard let file = site.files.first(where: { $0.path == path }) else { return "<missing \(path)>" }
        return String(decoding: file.bytes, as: UTF8.self)
    }

    /// The pictures belong to `PictureTests`; here they are cut out so a
    /// change to a chart does not move the document's goldens.
    static func withoutPictures(_ html: String) -> String {
        html.replacing(#/<svg[\s\S]*?</svg>/#, with: "<svg><!-- picture --></svg>")
    }

    func expectGolden(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try PFPlanTestSupport.expectGolden(name, actual, in: Self.fixtures, sourceLocation: sourceLocation)
    }

    /// Every file below a folder, by path relative to it.
    static func filesBelow(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let base = folder.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return out }
        for case let relative as String in walker {
            var isDirectory: ObjCBool = false
            let path = base + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return out
    }

    static func examplePlans() -> [String] {
        let root = TestPaths.examples.path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.sorted().map { root + "/" + $0 + "/plan.yaml" }.filter {
            FileManager.default.fileExists(atPath: $0)
        }
    }

    // MARK: - Goldens

    @Test func smallPlanHTMLGolden() throws {
        let site = try Self.site([Self.small])
        try expectGolden("small.html", Self.withoutPictures(Self.text(site, "brookfield-vermont/index.html")))
    }

    @Test func smallPlanMarkdownGolden() throws {
        let site = try Self.site([Self.small])
        try expectGolden("small.md", Self.text(site, "brookfield-vermont/plan.md"))
    }

    @Test func smallPlanCalendarGolden() throws {
        let site = try Self.site([Self.small])
        try expectGolden("small.ics", Self.text(site, "brookfield-vermont/actions.ics"))
    }

    @Test func indexGolden() throws {
        let site = try Self.site([Self.small, Self.hostile])
        try expectGolden("index.html", Self.text(site, "index.html"))
    }

    static let cityFiles = [
        "index.html", "plan.md", "directory.csv", "directory.vcf", "coverage.svg", "leadership.svg", "timeline.svg",
        "actions.ics",
    ]

    @Test func everyCityFolderHoldsItsEightFilesAndThePageLinksThem() throws {
        let site = try Self.site([Self.small])
        let names = Set(site.files.map(\.path))
        for name in Self.cityFiles {
            #expect(names.contains("brookfield-vermont/" + name), "\(name)")
        }
        // The downloads: the page links every file written beside it, and
        // the Markdown document links the page and the same files.
        let page = Self.text(site, "brookfield-vermont/index.html")
        let md = Self.text(site, "brookfield-vermont/plan.md")
        for name in Self.cityFiles.dropFirst() {
            #expect(page.contains("<a href=\"\(name)\" download>"), "the page does not link \(name)")
        }
        for name in Self.cityFiles where name != "plan.md" {
            #expect(md.contains("](\(name))"), "plan.md does not link \(name)")
        }
        #expect(Self.text(site, "brookfield-vermont/directory.vcf").hasPrefix("BEGIN:VCARD"))
        #expect(names.contains("index.html"))
        // The pictures on the page are the files beside it.
        let html = Self.text(site, "brookfield-vermont/index.html")
        for picture in ["coverage.svg", "leadership.svg", "timeline.svg"] {
            let svg = Self.text(site, "brookfield-vermont/" + picture)
            let body = svg.drop { $0 != "\n" }.dropFirst().trimmingCharacters(in: .newlines)
            #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"), "\(picture)")
            #expect(html.contains(body), "\(picture) is not inline in the page")
        }
    }

    @Test func formatsChooseTheDocuments() throws {
        let site = try Self.site([Self.small], formats: [.md])
        let names = Set(site.files.map(\.path))
        #expect(names.contains("brookfield-vermont/plan.md"))
        #expect(!names.contains("brookfield-vermont/index.html"))
        #expect(Self.text(site, "index.html").contains("href=\"brookfield-vermont/plan.md\""))
    }

    // MARK: - HTML quality

    @Test func htmlIsSelfContainedAccessibleAndPrintable() throws {
        let site = try Self.site([Self.small])
        for path in ["brookfield-vermont/index.html", "index.html"] {
            let html = Self.text(site, path)
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"), "\(path)")
            #expect(
                html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), "\(path)")
            #expect(html.contains("@media print"), "\(path)")
            #expect(html.components(separatedBy: "<h1").count == 2, "\(path): one h1")
            // Nothing is fetched: no scripts, no external styles, fonts or images.
            for banned in ["<script", "<link", "@import", "url(", "<img", "<iframe", "src="] {
                #expect(!html.lowercased().contains(banned), "\(path) holds \(banned)")
            }
            // Every header cell says what it heads.
            let headers = html.components(separatedBy: "<th").dropFirst().filter { !$0.hasPrefix("ead") }
            #expect(headers.allSatisfy { $0.hasPrefix(" scope=\"col\"") || $0.hasPrefix(" scope=\"row\"") }, "\(path)")
            #expect(Self.headingLevelsNeverSkip(html), "\(path)")
        }
        let page = Self.text(site, "brookfield-vermont/index.html")
        #expect(page.contains("section.major { break-before: page; }"))
        #expect(page.contains("nav.toc, nav.downloads, .skip-link, .scroll-cue { display: none; }"))
        // Tables of more than three columns become cards on a phone.
        #expect(page.contains("<div class=\"table-wrap as-cards\">"))
        #expect(page.contains("<td data-label=\"Baseline\" class=\"num\">"))
        // Colour is never the only signal: marks carry a symbol and a word.
        #expect(page.contains("<span class=\"mark-ok\">✓ covered</span>"))
        #expect(page.contains("<span class=\"status status-done\">done</span>"))
        // Pictures carry a title for screen readers.
        #expect(page.components(separatedBy: "role=\"img\"").count == 4)
    }

    static func headingLevelsNeverSkip(_ html: String) -> Bool {
        var previous = 0
        var index = html.startIndex
        while let r = html[index...].range(of: "<h") {
            let next = html[r.upperBound...].first
            index = r.upperBound
            guard let next, let level = next.wholeNumberValue, (1...6).contains(level) else { continue }
            if previous == 0 && level != 1 { return false }
            if level > previous + 1 { return false }
            previous = level
        }
        return previous > 0
    }

    @Test func arabicIsRightToLeftWithLogicalLayout() throws {
        let site = try Self.site([Self.small], language: "ar")
        let html = Self.text(site, "brookfield-vermont/index.html")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"))
        #expect(html.contains("<h2 id=\"glance-heading\">لمحة سريعة</h2>"))
        // Logical properties mirror by themselves; no left/right in the CSS.
        let css = html.components(separatedBy: "<style>")[1].components(separatedBy: "</style>")[0]
        for physical in [
            "margin-left", "margin-right", "padding-left", "padding-right", "text-align: left", "text-align: right",
            "border-left", "border-right", " left:", " right:",
        ] {
            #expect(!css.contains(physical), "\(physical)")
        }
        // Charts keep their own left-to-right drawing (toolchain.md).
        #expect(html.components(separatedBy: "direction=\"ltr\"").count == 4)
        #expect(Self.text(site, "index.html").contains("dir=\"rtl\""))
    }

    @Test func eachPlanDefaultsToItsFirstLanguage() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOfFile: Self.small, encoding: .utf8)
            .replacingOccurrences(of: "languages: [en, es]", with: "languages: [fr, en]")
        try Data(text.utf8).write(to: dir.appendingPathComponent("plan.yaml"))
        let site = try Self.site([dir.appendingPathComponent("plan.yaml").path])
        #expect(
            Self.text(site, "brookfield-vermont/index.html").hasPrefix(
                "<!DOCTYPE html>\n<html lang=\"fr\" dir=\"ltr\">"))
        #expect(Self.text(site, "brookfield-vermont/plan.md").contains("## En un coup d’œil"))
        // The index, for every city, stays in English unless --lang says.
        #expect(Self.text(site, "index.html").contains("<html lang=\"en\""))
    }

    // MARK: - Hostile text

    static let allowedTags: Set<String> = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "a", "div", "header", "p", "h1", "h2", "h3", "h4",
        "nav",
        "ol", "ul", "li", "main", "section", "article", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td",
        "caption",
        "span", "bdi", "strong", "em", "code", "pre", "blockquote", "hr", "br", "figure", "figcaption", "footer",
        "svg", "g", "rect", "text", "line", "path", "circle", "desc", "polygon", "polyline", "tspan",
    ]

    /// Every tag of the page is one pfplan writes, with no event handler
    /// and no script URL: plan text can only ever be text.
    static func tagsAreInert(_ html: String) -> [String] {
        var problems: [String] = []
        for piece in html.components(separatedBy: "<").dropFirst() {
            guard let end = piece.firstIndex(of: ">") else { continue }
            let tag = String(piece[..<end])
            let name = tag.drop { $0 == "/" }.prefix { !$0.isWhitespace }.lowercased()
            if !allowedTags.contains(name) { problems.append("tag <\(tag)>") }
            let lower = tag.lowercased()
            if lower.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) != nil {
                problems.append("handler in <\(tag)>")
            }
            if lower.contains("javascript:") || lower.contains("data:text") {
                problems.append("script url in <\(tag)>")
            }
        }
        return problems
    }

    @Test func hostileTextRendersInertInHTML() throws {
        let site = try Self.site([Self.hostile])
        let slug = try #require(site.cities.first?.slug)
        for path in ["\(slug)/index.html", "index.html"] {
            let html = Self.text(site, path)
            #expect(Self.tagsAreInert(html) == [], "\(path)")
            #expect(!html.contains("]]>"), "\(path)")
        }
        let html = Self.text(site, "\(slug)/index.html")
        #expect(html.contains("&lt;script&gt;alert(&#39;city&#39;)&lt;/script&gt;"))
        #expect(html.contains("&quot; onload=&quot;alert(1)"))
        #expect(html.contains("]]&gt;"))
        // Mustache never looks inside plan text.
        #expect(html.contains("{{mustache}}"))
        #expect(html.contains("{{{triple}}}"))
        // Raw HTML in Markdown is shown as text; unsafe links lose their target.
        #expect(html.contains("Raw HTML &lt;img src=x onerror=&quot;alert(&#39;need&#39;)&quot;&gt;"))
        #expect(html.contains("&lt;div onclick=&quot;alert(1)&quot;&gt;block html&lt;/div&gt;"))
        #expect(html.contains("and a bad link and"))
        #expect(html.contains("<a href=\"https://example.org/ok\">https://example.org/ok</a>"))
        #expect(html.contains("<a href=\"https://example.org/a%22onmouseover=%22alert%281%29\">y</a>"))
        #expect(html.contains("&amp;lt;entity&amp;gt;"))
        // A heading inside plan text does not break the outline.
        #expect(Self.headingLevelsNeverSkip(html))
        #expect(html.components(separatedBy: "<h1").count == 2)
    }

    @Test func hostileTextRendersInertInMarkdown() throws {
        let site = try Self.site([Self.hostile])
        let slug = try #require(site.cities.first?.slug)
        let md = Self.text(site, "\(slug)/plan.md")
        // Outside code spans and blocks (shown literally by every renderer)
        // no '<' is left that could open HTML or an autolink.
        var outsideCode = md.replacing(#/```[\s\S]*?```/#, with: "")
        outsideCode = outsideCode.replacing(#/`[^`\n]*`/#, with: "")
        let opens = outsideCode.split(separator: "\n").filter { $0.contains("<") }
        #expect(opens == [], "\(opens)")
        for banned in ["javascript:", "data:text"] { #expect(!md.contains(banned), "\(banned)") }
        #expect(md.contains("{{mustache}}"))
        #expect(md.contains("&lt;script&gt;alert('city')&lt;/script&gt;"))
        // Markdown syntax in names is shown, not applied.
        #expect(md.contains("\\*bold\\* \\_it\\_ \\`code\\` \\| cell"))
        #expect(md.contains("| \\# not a heading |"))
        // A heading in plan text becomes bold, not a new section.
        #expect(md.contains("**A heading inside text**"))
        #expect(!md.contains("\n# A heading"))
        #expect(md.contains("[y](https://example.org/a%22onmouseover=%22alert%281%29)"))
    }

    @Test func hostileTextIsEscapedInTheCalendar() throws {
        let site = try Self.site([Self.hostile])
        let slug = try #require(site.cities.first?.slug)
        let ics = Self.text(site, "\(slug)/actions.ics")
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(
            unfolded.contains(
                "SUMMARY:Action <script>alert('action')</script>\\; with\\, commas\\\\ and \"quotes\"\r\n"))
        #expect(unfolded.contains("Line one\\nLine two\\; with\\, commas"))
    }

    // MARK: - Markdown text

    @Test func markdownTextEscapesInsteadOfPassingHTML() {
        func p(_ inner: String) -> String { "<p dir=\"auto\">" + inner + "</p>\n" }
        #expect(MarkdownText("AT&T <b>bold</b>").html == p("AT&amp;T &lt;b&gt;bold&lt;/b&gt;"))
        // No double escaping of what was escaped once.
        #expect(MarkdownText("a &amp; b").html == p("a &amp;amp; b"))
        #expect(
            MarkdownText("**x** and *y* and `<z>`").html
                == p("<strong>x</strong> and <em>y</em> and <code>&lt;z&gt;</code>"))
        #expect(
            MarkdownText("- a\n- b\n\n1. c").html
                == "<ul>\n<li dir=\"auto\">a</li>\n<li dir=\"auto\">b</li>\n</ul>\n<ol>\n<li dir=\"auto\">c</li>\n</ol>\n"
        )
        // A wrapped line that starts with a year and a period stays in its
        // paragraph; a list numbered 1, or a bullet, still interrupts one.
        #expect(
            MarkdownText("carried out in\n2025. It combined data").html == p("carried out in\n2025. It combined data"))
        #expect(
            MarkdownText("Steps:\n1. one\n2. two").html
                == p("Steps:") + "<ol>\n<li dir=\"auto\">one</li>\n<li dir=\"auto\">two</li>\n</ol>\n")
        #expect(MarkdownText("Steps:\n- one").html == p("Steps:") + "<ul>\n<li dir=\"auto\">one</li>\n</ul>\n")
        #expect(MarkdownText("2025. A list of its own").html.hasPrefix("<ol start=\"2025\">"))
        #expect(MarkdownText("[x](javascript:alert(1))").html == p("x"))
        #expect(MarkdownText("[x](https://a.org/p?q=1&r=2)").html == p("<a href=\"https://a.org/p?q=1&amp;r=2\">x</a>"))
        #expect(MarkdownText("snake_case_name").html == p("snake_case_name"))
        // Nesting stops at MarkdownText.maximumDepth: the rest is text.
        #expect(MarkdownText(String(repeating: "> ", count: 500) + "deep").html.count < 8000)
    }

    @Test func markdownTextWritesSafeMarkdown() {
        #expect(MarkdownText("AT&T <b>x</b> &lt;").markdown == "AT&T &lt;b&gt;x&lt;/b&gt; \\&lt;")
        #expect(
            MarkdownText("**x** `a``b` [l](https://a.org/(x))").markdown
                == "**x** ```a``b``` [l](https://a.org/%28x%29)")
        #expect(MarkdownText("- a\n  - b\n- c").markdown == "- a\n  - b\n- c")
        #expect(MarkdownText("# Title").markdown == "**Title**")
        #expect(MarkdownEscape.inline("1. first") == "1\\. first")
        #expect(MarkdownEscape.inline("+1 802 555 0101") == "+1 802 555 0101")
        #expect(MarkdownEscape.inline("- item") == "\\- item")
        #expect(MarkdownEscape.inline("a\nb | c") == "a b \\| c")
    }

    // MARK: - Calendar

    @Test func calendarEventsAreOneDayOnTheDueDateAndTheStart() throws {
        let site = try Self.site([Self.small])
        let ics = Self.text(site, "brookfield-vermont/actions.ics")
        let lines = ics.components(separatedBy: "\r\n")
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.contains("VERSION:2.0"))
        #expect(lines.contains { $0.hasPrefix("PRODID:") })
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // start 2025-01-15, due 2025-03-31: two one-day events (DTEND is
        // exclusive), never a banner across the action's whole span.
        #expect(
            ics.contains(
                "UID:start.incident-log@brookfield-vermont.pfplan\r\nDTSTAMP:20250701T000000Z\r\nDTSTART;VALUE=DATE:20250115\r\nDTEND;VALUE=DATE:20250116\r\nSUMMARY:Starts: Keep one incident log\r\n"
            ))
        #expect(
            ics.contains(
                "UID:incident-log@brookfield-vermont.pfplan\r\nDTSTAMP:20250701T000000Z\r\nDTSTART;VALUE=DATE:20250331\r\nDTEND;VALUE=DATE:20250401\r\nSUMMARY:Keep one incident log\r\n"
            ))
        for event in ics.components(separatedBy: "BEGIN:VEVENT").dropFirst() {
            let start = try #require(event.firstMatch(of: /DTSTART;VALUE=DATE:(\d{8})/)?.1)
            let end = try #require(event.firstMatch(of: /DTEND;VALUE=DATE:(\d{8})/)?.1)
            let day = try #require(
                CalendarDate(String(start.prefix(4) + "-" + start.dropFirst(4).prefix(2) + "-" + start.suffix(2))))
            #expect(ActionCalendar.compact(day.addingDays(1)) == String(end), "an event of more than one day: \(event)")
        }
        // Only a due date: one event, on it.
        #expect(
            ics.contains(
                "UID:town-forum@brookfield-vermont.pfplan\r\nDTSTAMP:20250701T000000Z\r\nDTSTART;VALUE=DATE:20250915\r\nDTEND;VALUE=DATE:20250916\r\n"
            ))
        #expect(!ics.contains("UID:start.town-forum@"))
        // Neither: left out, and said.
        #expect(!ics.contains("referral-team@"))
        let city = try #require(site.cities.first)
        #expect(city.notes.contains { $0.contains("'referral-team'") && $0.contains("actions.ics") })
        for line in lines { #expect(line.utf8.count <= 75, "\(line)") }
    }

    @Test func calendarFoldsAtSeventyFiveOctetsWithoutSplittingCharacters() {
        let line = "SUMMARY:" + String(repeating: "é", count: 40) + String(repeating: "字", count: 30)
        let folded = ICSText.fold(line)
        let parts = folded.components(separatedBy: "\r\n")
        #expect(parts.count > 1)
        for (i, part) in parts.enumerated() {
            #expect(part.utf8.count <= 75)
            if i > 0 { #expect(part.hasPrefix(" ")) }
            #expect(!part.contains("\u{FFFD}"), "a UTF-8 sequence was cut")
        }
        #expect(
            parts.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
        #expect(ICSText.text("a\\b;c,d\r\ne\nf") == "a\\\\b\\;c\\,d\\ne\\nf")
        #expect(CalendarDate("2024-02-28")!.addingDays(1).description == "2024-02-29")
        #expect(CalendarDate("2025-12-31")!.addingDays(1).description == "2026-01-01")
    }

    // MARK: - Errors and --force

    @Test func blockingErrorsRefuseTheCityUnlessForced() throws {
        let refused = try Self.site([Self.broken, Self.small])
        #expect(refused.cities.map(\.status) == [.refused, .rendered])
        #expect(!refused.files.contains { $0.path.hasPrefix("fallowmere-maine/") })
        #expect(Self.text(refused, "index.html").contains("not rendered: the plan has errors"))

        let forced = try Self.site([Self.broken], force: true)
        #expect(forced.cities.map(\.status) == [.forced])
        let html = Self.text(forced, "fallowmere-maine/index.html")
        #expect(html.contains("<section class=\"banner\" role=\"alert\" aria-labelledby=\"banner-heading\">"))
        // The public and internal editions say it in plain words, with no
        // rule id, id, file or line; the restricted one, for the team that
        // edits the plan, adds the rule, the place and the original message.
        #expect(
            html.contains(
                "Something the plan refers to is not defined, or is defined twice: the document may be wrong here."))
        #expect(!html.contains("tonw") && !html.contains("refs/unknown") && !html.contains("plan.yaml:"))
        let md = Self.text(forced, "fallowmere-maine/plan.md")
        #expect(md.contains("> **This plan has errors**"))
        #expect(!md.contains("refs/unknown"))
        let restricted = Self.text(
            try Self.site([Self.broken], audience: .restricted, force: true), "fallowmere-maine/index.html")
        #expect(restricted.contains("refs/unknown, plan.yaml:"))
        #expect(restricted.contains("lead &#39;tonw&#39; is not defined; did you mean &#39;town&#39;?"))
    }

    // MARK: - Determinism

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let plans = Self.examplePlans() + [Self.small, Self.hostile]
        let first = try Self.site(plans)
        let second = try Self.site(plans)
        #expect(first.files.map(\.path) == second.files.map(\.path))
        #expect(first.files == second.files)
    }

    // MARK: - Privacy

    /// Every email and phone of a contact above the audience, except a
    /// value the plan also publishes to that audience (a resource's public
    /// line can be the same number as a restricted person's phone).
    static func secrets(_ plan: Plan, audience: Visibility) -> Set<String> {
        var hidden = Set<String>()
        for c in AudienceFilter.hiddenContacts(in: plan, audience: audience) {
            if let e = c.email?.value { hidden.insert(e) }
            if let p = c.phone?.value { hidden.insert(p) }
        }
        var shown = Set<String>()
        let visible = AudienceFilter.apply(plan, audience: audience)
        for c in visible.stakeholders.flatMap(\.contacts) + (visible.leadership?.members.compactMap(\.contact) ?? []) {
            if let e = c.email?.value { shown.insert(e) }
            if let p = c.phone?.value { shown.insert(p) }
        }
        for r in visible.resources {
            if let e = r.access?.email { shown.insert(e) }
            if let p = r.access?.phone { shown.insert(p) }
        }
        return hidden.subtracting(shown)
    }

    static func phoneDigits(_ phone: String) -> String { phone.filter { $0.isNumber || $0 == "+" } }

    @Test(arguments: Visibility.allCases)
    func noContactAboveTheAudienceAppearsInAnyFile(audience: Visibility) throws {
        let plans = Self.examplePlans() + [Self.small]
        #expect(plans.count >= 2)
        let out = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try runPFPlan(
            ["render"] + plans + ["--out", out.path, "--audience", audience.rawValue, "--as-of", Self.asOf])
        #expect(r.status == 0, "\(r.stderr)")
        let files = try Self.filesBelow(out)
        #expect(files.count == plans.count * Self.cityFiles.count + 1)
        var checked = 0
        for plan in plans {
            let result = try Self.lintResult(plan)
            let unfiltered = try #require(result.plan)
            for secret in Self.secrets(unfiltered, audience: audience) {
                checked += 1
                let needles = Set([secret, Self.phoneDigits(secret)].filter { $0.count >= 5 })
                for (name, bytes) in files {
                    let text = String(decoding: bytes, as: UTF8.self)
                    for needle in needles {
                        #expect(!text.contains(needle), "\(audience): \(name) shows '\(needle)' of \(plan)")
                    }
                }
            }
        }
        if audience != .restricted {
            #expect(checked > 0, "the examples hold no contact above \(audience): the test proves nothing")
        }
    }

    @Test func widerAudiencesSeeMoreContacts() throws {
        let pub = Self.text(try Self.site([Self.small], audience: .public), "brookfield-vermont/index.html")
        let internalEdition = Self.text(
            try Self.site([Self.small], audience: .internal), "brookfield-vermont/index.html")
        let restricted = Self.text(try Self.site([Self.small], audience: .restricted), "brookfield-vermont/index.html")
        #expect(!pub.contains("avery.stone@example.org") && internalEdition.contains("avery.stone@example.org"))
        #expect(!internalEdition.contains("finley.hart@example.org") && restricted.contains("finley.hart@example.org"))
        #expect(pub.contains("Public edition"))
        #expect(restricted.contains("Restricted edition"))
    }

    @Test func findingsAboutHiddenContactsAreRedacted() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOfFile: Self.small, encoding: .utf8).replacingOccurrences(
            of: "{name: Harper Quinn, email: harper.quinn@example.org, visibility: internal}",
            with: "{name: Harper Quinn, visibility: internal}")
        try Data(text.utf8).write(to: dir.appendingPathComponent("plan.yaml"))
        let file = dir.appendingPathComponent("plan.yaml").path
        let result = try Self.lintResult(file)
        #expect(
            result.diagnostics.contains {
                $0.rule == "directory/contact-no-channel" && $0.message.contains("Harper Quinn")
            })
        let site = try Self.site([file])
        for f in site.files {
            #expect(!String(decoding: f.bytes, as: UTF8.self).contains("Harper Quinn"), "\(f.path)")
        }
        #expect(
            Self.text(site, "brookfield-vermont/index.html").contains(
                "A finding about a contact that this edition leaves out."))
        let internalSite = try Self.site([file], audience: .internal)
        #expect(Self.text(internalSite, "brookfield-vermont/index.html").contains("Harper Quinn"))
    }

    // MARK: - Templates and locales

    static let templatesFolder = URL(fileURLWithPath: TestPaths.templates).appendingPathComponent("render")

    static func mustacheTags(_ text: String) -> [String] {
        var tags: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            var end = close.upperBound
            if rest[open.upperBound...].hasPrefix("{"), rest[end...].hasPrefix("}") { end = rest.index(after: end) }
            tags.append(String(rest[open.lowerBound..<end]))
            rest = rest[end...]
        }
        return tags
    }

    /// Partials HTML-escape `{{x}}` even in Markdown, and the view model
    /// escapes Markdown itself: a double-brace variable in a Markdown
    /// template would escape twice.
    @Test func markdownTemplatesUseTripleBracesOnly() throws {
        for name in DocumentTemplates.markdown {
            let text = try String(
                contentsOf: Self.templatesFolder.appendingPathComponent("md/\(name).mustache"), encoding: .utf8)
            for tag in Self.mustacheTags(text) where !tag.hasPrefix("{{{") {
                let sigil = tag.dropFirst(2).first
                #expect(["#", "/", "^", ">", "!"].contains(sigil), "md/\(name): \(tag)")
            }
        }
    }

    /// In HTML templates only pfplan-made markup (`...Markup`) goes in
    /// unescaped: by its name, or as `{{{.}}}` directly inside a section
    /// opened on such a field.
    @Test func htmlTemplatesInsertOnlyMarkupUnescaped() throws {
        for name in DocumentTemplates.html {
            let text = try String(
                contentsOf: Self.templatesFolder.appendingPathComponent("html/\(name).mustache"), encoding: .utf8)
            var open: [String] = []
            for tag in Self.mustacheTags(text) {
                if tag.hasPrefix("{{#") || tag.hasPrefix("{{^") { open.append(tag) }
                if tag.hasPrefix("{{/") { _ = open.popLast() }
                guard tag.hasPrefix("{{{") || tag.hasPrefix("{{&") else { continue }
                let insideMarkup =
                    tag == "{{{.}}}" && (open.last?.hasSuffix("Markup}}") ?? false)
                    && open.last?.hasPrefix("{{#") == true
                #expect(tag.hasSuffix("Markup}}}") || insideMarkup, "html/\(name): \(tag)")
            }
        }
    }

    static func localeKeys(_ code: String) throws -> [String: String] {
        try Localization.readStrings(TestPaths.templates + "/locales/\(code).yaml").get()
    }

    @Test(arguments: ["en", "es", "fr", "ar"])
    func documentAndIndexKeysArePresentInEveryLocale(code: String) throws {
        func ours(_ key: String) -> Bool {
            key.hasPrefix("document.") || key.hasPrefix("index.") || key.hasPrefix("pictures.")
        }
        let expected = LocalizationTests.expectedKeys(english: try Self.localeKeys("en"), language: code).filter(ours)
        let own = try Self.localeKeys(code)
        #expect(expected.count > 250)
        for key in expected { #expect(own[key] != nil, "\(code) lacks \(key)") }
        for key in own.keys where ours(key) {
            #expect(expected.contains(key), "\(code) has \(key), which it should not")
        }
    }

    @Test func everyLabelATemplateUsesExists() throws {
        let english = try Self.localeKeys("en")
        for format in ["html", "md"] {
            for name in format == "html" ? DocumentTemplates.html : DocumentTemplates.markdown {
                let text = try String(
                    contentsOf: Self.templatesFolder.appendingPathComponent("\(format)/\(name).mustache"),
                    encoding: .utf8)
                let section = name == "index" ? "index." : "document."
                for tag in Self.mustacheTags(text) {
                    let inner = tag.trimmingCharacters(in: CharacterSet(charactersIn: "{}#^/"))
                    guard inner.hasPrefix("L.") else { continue }
                    #expect(english[section + inner.dropFirst(2)] != nil, "\(format)/\(name): \(tag)")
                }
            }
        }
    }

    @Test(arguments: ["en", "es", "fr", "ar"])
    func noKeyIsLeftUntranslatedInTheOutput(code: String) throws {
        let site = try Self.site([Self.small, Self.broken], language: code, force: true)
        for file in site.files
        where file.path.hasSuffix(".html") || file.path.hasSuffix(".md") || file.path.hasSuffix(".ics") {
            let text = String(decoding: file.bytes, as: UTF8.self).replacingOccurrences(of: "index.html", with: "")
            for prefix in ["document.", "index.", "common."] {
                #expect(!text.contains(prefix), "\(code) \(file.path) shows a raw key \(prefix)…")
            }
        }
    }

    @Test func aTemplateOverrideReplacesOneFileByName() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("render/html")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("<section id=\"made\"><h2>Made by {{place}}</h2></section>\n".utf8).write(
            to: folder.appendingPathComponent("made.mustache"))
        let results = [try Self.lintResult(Self.small)]
        let options = RenderOptions(
            asOf: CalendarDate(Self.asOf)!, templates: TemplateFiles(override: dir.path, shipped: TestPaths.templates),
            toolVersion: "0.1.0")
        let site = try SiteRenderer.render(results, options: options).get()
        let html = Self.text(site, "brookfield-vermont/index.html")
        #expect(html.contains("<h2>Made by Brookfield, Vermont, US</h2>"))
        #expect(html.contains("<h2 id=\"glance-heading\">At a glance</h2>"))

        // Every partial can be overridden, the shared ones too.
        for name in DocumentTemplates.partials {
            try Data("<p>my \(name)</p>\n".utf8).write(to: folder.appendingPathComponent("\(name).mustache"))
            let page = Self.text(
                try SiteRenderer.render(results, options: options).get(), "brookfield-vermont/index.html")
            #expect(page.contains("<p>my \(name)</p>"), "the override of \(name).mustache is not used")
            try FileManager.default.removeItem(at: folder.appendingPathComponent("\(name).mustache"))
        }

        try Data("{{#broken}}\n".utf8).write(to: folder.appendingPathComponent("activities.mustache"))
        guard case .failure(let failure) = SiteRenderer.render(results, options: options) else {
            Issue.record("a broken template must fail")
            return
        }
        #expect(failure.description.contains("activities.mustache"))
    }

    // MARK: - The command

    @Test func commandWritesEveryCityAndUpdatesTheFolderWithoutWipingIt() throws {
        let out = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        try Data("keep me\n".utf8).write(to: out.appendingPathComponent("notes.txt"))
        try FileManager.default.createDirectory(
            at: out.appendingPathComponent("brookfield-vermont"), withIntermediateDirectories: true)
        try Data("old\n".utf8).write(to: out.appendingPathComponent("brookfield-vermont/index.html"))
        try Data("mine\n".utf8).write(to: out.appendingPathComponent("brookfield-vermont/extra.txt"))
        let r = try runPFPlan(["render", Self.small, "--out", out.path, "--as-of", Self.asOf])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("'referral-team'"))
        let files = try Self.filesBelow(out)
        #expect(files["notes.txt"] == Data("keep me\n".utf8))
        #expect(files["brookfield-vermont/extra.txt"] == Data("mine\n".utf8))
        #expect(files["brookfield-vermont/index.html"] != Data("old\n".utf8))
        #expect(files["index.html"] != nil)
        #expect(!files.keys.contains { $0.contains(".pfplan-") }, "no temporary file is left behind")
    }

    @Test func commandRefusesBrokenPlansWithExitOneAndForceRendersThem() throws {
        let out = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let refused = try runPFPlan(["render", Self.broken, Self.small, "--out", out.path, "--as-of", Self.asOf])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("not rendered"))
        #expect(refused.stderr.contains("[refs/unknown]"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("fallowmere-maine").path))
        #expect(
            FileManager.default.fileExists(atPath: out.appendingPathComponent("brookfield-vermont/index.html").path))

        let forced = try runPFPlan(["render", Self.broken, "--out", out.path, "--as-of", Self.asOf, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("fallowmere-maine/index.html"), encoding: .utf8)
        #expect(html.contains("This plan has errors"))
    }

    @Test func commandNeverWritesOverItsInput() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let original = try Data(contentsOf: URL(fileURLWithPath: Self.small))
        let plan = dir.appendingPathComponent("plan.yaml")
        try original.write(to: plan)
        let r = try runPFPlan(["render", plan.path, "--out", dir.path, "--as-of", Self.asOf])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Data(contentsOf: plan) == original)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("brookfield-vermont/plan.md").path))
    }

    /// A folder pfplan may not write to. root writes anywhere chmod allows
    /// nothing, so it gets a read-only file system instead, where there is one.
    @Test(
        .enabled(
            if: geteuid() != 0 || FileManager.default.fileExists(atPath: "/sys/kernel"),
            "run as root with no read-only /sys/kernel: no folder here refuses a write"))
    func commandExitsTwoOnAFolderItMayNotWrite() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let readOnly: String
        if geteuid() == 0 {
            readOnly = "/sys/kernel/pfplan-render-test"
        } else {
            let folder = dir.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
            readOnly = folder.path
        }
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: readOnly) }
        let locked = try runPFPlan(["render", Self.small, "--out", readOnly, "--as-of", Self.asOf])
        #expect(locked.status == 2)
        #expect(locked.stderr.contains("--out"), "\(locked.stderr)")
        #expect(locked.stderr.contains(readOnly))
    }

    @Test func commandExitsTwoWhenItCannotWrite() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("site")
        try Data("not a folder\n".utf8).write(to: file)
        let onFile = try runPFPlan(["render", Self.small, "--out", file.path, "--as-of", Self.asOf])
        #expect(onFile.status == 2)
        #expect(onFile.stderr.contains("is a file"))
        #expect(try Data(contentsOf: file) == Data("not a folder\n".utf8))

        #expect(try runPFPlan(["render", Self.small]).status == 2)
        #expect(try runPFPlan(["render", Self.small, "--out", dir.path, "--format", "pdf"]).status == 2)
        #expect(try runPFPlan(["render", Self.small, "--out", dir.path, "--lang", "xx"]).status == 2)
        #expect(try runPFPlan(["render", Self.small, "--out", dir.path, "--audience", "everyone"]).status == 2)
    }

    /// The README's main command, as a user runs it from the checkout
    /// (into a temporary folder rather than ./site).
    /// `notice:` is one line at the top of both documents, under the
    /// edition and before the contents; Markdown in it is rendered, HTML
    /// in it is escaped; a plan without it has no notice at all.
    @Test func theNoticeIsOneLineAtTheTop() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = try String(contentsOfFile: Self.small, encoding: .utf8)
        let file = dir.appendingPathComponent("plan.yaml")
        try Data(
            source.replacingOccurrences(
                of: "framework:\n",
                with: "notice: \"*Example:* people <b>and</b> contacts are invented.\"\nframework:\n"
            ).utf8
        ).write(to: file)
        let site = try Self.site([file.path])
        let html = Self.text(site, "brookfield-vermont/index.html")
        let line =
            "<div class=\"notice\" role=\"note\"><p dir=\"auto\"><em>Example:</em> people &lt;b&gt;and&lt;/b&gt; "
            + "contacts are invented.</p>\n</div>"
        #expect(html.components(separatedBy: line).count == 2, "\(html.prefix(3000))")
        let notice = try #require(html.range(of: line))
        let edition = try #require(html.range(of: "<p class=\"edition\">"))
        let contents = try #require(html.range(of: "<nav class=\"toc\""))
        #expect(edition.upperBound < notice.lowerBound && notice.upperBound < contents.lowerBound)
        let md = Self.text(site, "brookfield-vermont/plan.md")
        let mdLine = "\n\n*Example:* people &lt;b&gt;and&lt;/b&gt; contacts are invented.\n\n"
        #expect(md.components(separatedBy: mdLine).count == 2, "\(md.prefix(600))")
        let mdNotice = try #require(md.range(of: mdLine))
        let firstSection = try #require(md.range(of: "## "))
        #expect(mdNotice.lowerBound < firstSection.lowerBound)

        let plain = try Self.site([Self.small])
        #expect(!Self.text(plain, "brookfield-vermont/index.html").contains("class=\"notice\""))
    }

    @Test func readmeMainCommandWorksOnTheExamples() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let site = dir.appendingPathComponent("site")
        let r = try runPFPlan(["render", "Examples", "--out", site.path], in: TestPaths.checkout)
        #expect(r.status == 0, "\(r.stderr)")
        let files = try Self.filesBelow(site)
        #expect(files.count == Self.examplePlans().count * Self.cityFiles.count + 1)
        let index = String(decoding: files["index.html"] ?? Data(), as: UTF8.self)
        for plan in Self.examplePlans() {
            let name = try #require(try Self.lintResult(plan).plan?.city.name?.value)
            #expect(index.contains(Escape.html(name)), "\(name) is not on the index")
        }
    }
}
