import Foundation
import PFPlanLoader
import PFPlanModel
import Testing

@testable import PFPlanPublishing

/// The plan document of document.md: its sections in order, empty ones
/// said in a line, drafts that look like drafts, placeholders that never
/// show, the notice on top, every word in the reader's language, pictures
/// sized for phone and paper, and the index.
@Suite struct DocumentTests {
    static func example(_ folder: String) -> String {
        TestPaths.examples.appendingPathComponent(folder + "/plan.yaml").path
    }

    static func page(_ site: Site, _ city: String? = nil) throws -> String {
        let slug = try #require(city ?? site.cities.first?.slug)
        return RenderTests.text(site, slug + "/index.html")
    }

    /// Positions of the sections' headings in the page.
    static func sectionIDs(_ html: String) -> [String] {
        PropertyTests.captures(#"<section class="major[^"]*" id="([a-z-]+)""#, in: html)
    }

    @Test func sectionsComeInDocumentOrder() throws {
        let site = try RenderTests.site([Self.example("athens-oh")])
        let html = try Self.page(site)
        #expect(Self.sectionIDs(html) == DocumentBuilder.sectionOrder)
        let md = RenderTests.text(site, site.cities[0].slug + "/plan.md")
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        let loc = try Localization.load("en", templates: LocalizationTests.templates).get()
        #expect(headings == DocumentBuilder.sectionOrder.map { loc.string("document.sections." + $0) })
        // The glance card holds what document.md lists.
        for words in [
            "Period", "Adopted", "Next review", "Stages covered", "Actions", "Vacant seats", "Total budget", "Funded",
            "Objectives and their outcomes", "Next actions due",
        ] {
            #expect(html.contains(">\(words)<"), "the glance lacks \(words)")
        }
    }

    /// The welcoming model asks for no pathway: no section for them. A
    /// plan of the default model that records none says so in one line.
    @Test func pathwaysFollowTheModel() throws {
        let welcoming = try Self.page(try RenderTests.site([Self.example("san-jose-ca")]))
        #expect(!Self.sectionIDs(welcoming).contains("pathways"))
        let small = try Self.page(try RenderTests.site([RenderTests.small]))
        #expect(Self.sectionIDs(small).contains("pathways"))
        #expect(small.contains("<p class=\"empty\">No referral pathway is recorded yet.</p>"))
        #expect(small.contains("<p class=\"empty\">No measurable objective is recorded yet.</p>"))
    }

    @Test func draftsLookLikeDrafts() throws {
        let site = try RenderTests.site([Self.example("athens-oh"), Self.example("overland-park-ks")])
        let athens = try Self.page(site, site.cities[0].slug)
        let overland = try Self.page(site, site.cities[1].slug)
        #expect(!athens.contains("class=\"draft-banner\""))
        #expect(overland.contains("<p class=\"draft-word\" id=\"draft-heading\">Draft</p>"))
        #expect(overland.contains("This plan has not been adopted yet."))
        // The banner is on top: before the title.
        let banner = try #require(overland.range(of: "draft-banner"))
        let title = try #require(overland.range(of: "<h1>"))
        #expect(banner.lowerBound < title.lowerBound)
        let index = RenderTests.text(site, "index.html")
        #expect(index.components(separatedBy: "<span class=\"mark-draft\">Draft</span>").count - 1 == 1)
        #expect(RenderTests.text(site, site.cities[1].slug + "/plan.md").hasPrefix("> **Draft**\n"))
    }

    /// A name or title holding TODO is never shown as a provider, a member,
    /// an action or coverage; the draft banner says parts are left out, and
    /// the findings (through their own seam) may still name them.
    @Test func placeholdersNeverShow() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = try String(contentsOfFile: RenderTests.small, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "stakeholders:\n",
            with: """
                stakeholders:
                  - {id: todo-org, name: "TODO name the youth partner", sector: youth, stages: [primary]}

                """)
        text = text.replacingOccurrences(
            of: "resources:\n",
            with: """
                resources:
                  - {id: todo-line, name: "TODO a hotline", kind: hotline, provider: todo-org, stages: [secondary]}

                """)
        try Data(text.utf8).write(to: dir.appendingPathComponent("plan.yaml"))
        let site = try RenderTests.site([dir.appendingPathComponent("plan.yaml").path])
        let html = try Self.page(site)
        #expect(html.contains("This plan still holds placeholders marked TODO"))
        let outsideFindings = html.replacing(#/<ul class="findings">[\s\S]*?</ul>/#, with: "")
        #expect(!outsideFindings.contains("TODO name the youth partner"))
        #expect(!outsideFindings.contains("TODO a hotline"))
        for file in site.files where !file.path.hasSuffix(".html") && !file.path.hasSuffix(".md") {
            #expect(!file.text.contains("TODO"), "\(file.path) shows a placeholder")
        }
    }

    @Test func theNoticeStaysOnTop() throws {
        let site = try RenderTests.site([Self.example("athens-oh")])
        let html = try Self.page(site)
        let notice = try #require(
            html.range(of: "<div class=\"notice\" role=\"note\"><p dir=\"auto\"><strong>Example plan.</strong>"))
        // Under the title and the edition, before the contents and every section.
        #expect(notice.lowerBound < (try #require(html.range(of: "<nav class=\"toc\""))).lowerBound)
        #expect(notice.lowerBound > (try #require(html.range(of: "<p class=\"edition\">"))).lowerBound)
        let md = RenderTests.text(site, site.cities[0].slug + "/plan.md")
        #expect(
            (try #require(md.range(of: "\n\n**Example plan.**"))).lowerBound
                < (try #require(md.range(of: "\n## "))).lowerBound)
    }

    // MARK: - The reader's language

    /// Keys whose values are ids, references or values of a vocabulary:
    /// what the plan writes there is not a name, and must never reach a
    /// page as a word.
    static let codeKeys: Set<String> = [
        "id", "model", "stage", "stages", "sector", "roles", "lead", "partners", "resources", "audiences", "targets",
        "groups-at-risk", "with", "addresses", "objectives", "funding", "referrers", "intake", "team", "agreement",
        "oversight", "organization", "provider", "stakeholder", "collected-by", "strategy", "kind", "status", "trend",
        "cost", "visibility", "meets", "frequency", "basis", "languages", "rule", "target", "parties", "include",
    ]

    /// Every word of the plan's own text (names, titles, descriptions,
    /// addresses, units...), read from its YAML.
    static func planWords(_ file: String) throws -> Set<String> {
        let parsed = try PlanLoader(appendableKeys: []).parseFile(file).get()
        var words = Set<String>()
        func walk(_ node: Node, key: String?) {
            switch node.content {
            case .scalar(let s):
                guard key.map({ !codeKeys.contains($0) }) ?? true else { return }
                words.formUnion(latinWords(s.text))
            case .sequence(let items): items.forEach { walk($0, key: key) }
            case .mapping(let pairs): pairs.forEach { walk($0.value, key: $0.key.scalar?.text) }
            }
        }
        if let root = parsed.root { walk(root, key: nil) }
        return words
    }

    static func latinWords(_ text: String) -> [String] {
        PropertyTests.captures(#"([A-Za-z]+)"#, in: text)
    }

    /// Names of formats and commands, and the starter's marker: not English words.
    static let technicalNames: Set<String> = [
        "pfplan", "lint", "force", "TODO", "Markdown", "CSV", "vCard", "SVG", "FERPA", "HIPAA", "CJIS", "CFR", "LGBTQ",
    ]

    /// The words of a page a reader reads: text, and the labels of
    /// attributes a screen reader speaks; not the open findings (their
    /// plain words are another change: `FindingText`), not code.
    static func readableText(html: String) -> String {
        var s = html.replacing(#/<style>[\s\S]*?</style>/#, with: " ")
        s = s.replacing(#/<ul class="findings">[\s\S]*?</ul>/#, with: " ")
        s = s.replacing(#/<code[^>]*>[\s\S]*?</code>/#, with: " ")
        let spoken = PropertyTests.captures(#"(?:aria-label|title|data-label|alt)="([^"]*)""#, in: s)
        s = s.replacing(#/<[^>]*>/#, with: " ")
        var text = s + " " + spoken.joined(separator: " ")
        for (entity, c) in [("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: c)
        }
        return text
    }

    static func readableText(markdown: String, severityLabels: [String]) -> String {
        var s = markdown.replacing(#/`[^`]*`/#, with: " ")
        s = s.replacing(#/\]\([^)]*\)/#, with: "]")
        let lines = s.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            !severityLabels.contains { line.hasPrefix("- **\($0):**") || line.hasPrefix("> - \($0):") }
        }
        return lines.joined(separator: "\n")
    }

    /// Words of `text` that are neither the plan's own nor a technical
    /// name. A word cut short by a picture ("Departm…") counts as the plan's
    /// when a word of the plan starts with it.
    static func foreignWords(_ text: String, planWords: Set<String>) -> Set<String> {
        var out = Set<String>()
        for match in PropertyTests.captures(#"([A-Za-z]+…?)"#, in: text) {
            if match.hasSuffix("…") {
                let stem = String(match.dropLast())
                if planWords.contains(where: { $0.hasPrefix(stem) }) || technicalNames.contains(stem) { continue }
                out.insert(stem)
            } else if !planWords.contains(match) && !technicalNames.contains(match) {
                out.insert(match)
            }
        }
        return out
    }

    /// document.md: an Arabic page has no English word except names from
    /// the plan. Every example, both documents, its pictures and the
    /// index. The findings are left out until they are put in plain words.
    @Test func arabicPagesHoldNoEnglishWordOutsideThePlansOwnText() throws {
        let plans = RenderTests.examplePlans()
        let site = try RenderTests.site(plans, language: "ar", force: true)
        let ar = try Localization.load("ar", templates: LocalizationTests.templates).get()
        let severities = ["error", "warning", "info"].map { ar.string("document.severity." + $0) }
        var allPlanWords = Set<String>()
        for (plan, city) in zip(plans, site.cities) {
            let words = try Self.planWords(plan)
            allPlanWords.formUnion(words)
            var texts = [("index.html", Self.readableText(html: try Self.page(site, city.slug)))]
            texts.append(
                (
                    "plan.md",
                    Self.readableText(
                        markdown: RenderTests.text(site, city.slug + "/plan.md"), severityLabels: severities)
                ))
            for picture in ["coverage.svg", "leadership.svg", "timeline.svg"] {
                texts.append((picture, Self.readableText(html: RenderTests.text(site, city.slug + "/" + picture))))
            }
            for (name, text) in texts {
                let foreign = Self.foreignWords(text, planWords: words)
                #expect(foreign.isEmpty, "\(city.slug)/\(name) in Arabic shows \(foreign.sorted())")
            }
        }
        let index = Self.foreignWords(
            Self.readableText(html: RenderTests.text(site, "index.html")), planWords: allPlanWords)
        #expect(index.isEmpty, "index.html in Arabic shows \(index.sorted())")
    }

    /// A percentage is written as the page's language writes it, whether
    /// the plan's unit says `percent` or `%`; other units are the plan's.
    @Test func percentagesReadInThePagesLanguage() throws {
        let plan = Self.example("athens-oh")
        let en = try Self.page(try RenderTests.site([plan], language: "en"), "athens-ohio")
        #expect(en.contains("<bdi>70%</bdi>"), "English: 70%")
        #expect(!en.contains("70 percent"))
        #expect(en.contains("8 people"))
        let ar = try Self.page(try RenderTests.site([plan], language: "ar"), "athens-ohio")
        #expect(ar.contains("٧٠٪"), "Arabic: ٧٠٪")
        #expect(!ar.contains("percent"))
        let fr = try Self.page(try RenderTests.site([plan], language: "fr"), "athens-ohio")
        #expect(fr.contains("70\u{202F}%"), "French: 70 %, with a narrow no-break space")
    }

    /// The Arabic leadership chart names roles and sectors in Arabic.
    @Test func theArabicLeadershipChartHasNoEnglishRole() throws {
        let site = try RenderTests.site([Self.example("athens-oh")], language: "ar")
        let svg = RenderTests.text(site, site.cities[0].slug + "/leadership.svg")
        for english in ["Chair", "Coordinator", "Evaluation lead", "Member", "Local government", "Vacant"] {
            #expect(!svg.contains(english), "the Arabic chart shows \(english)")
        }
    }

    // MARK: - Phone and paper

    /// Every text of a picture is 11 px or more, and the heat map and
    /// the chart are at most 360 px wide (a 390 px phone shows them at
    /// their size), the timeline 680 px (A4's printable width: on paper
    /// 11 px is 8.25 pt). `scripts/page-check.py` measures the same in a
    /// browser.
    @Test(arguments: ["athens-oh", "albuquerque-nm", "san-jose-ca"])
    func picturesAreDrawnForPhoneAndPaper(_ folder: String) throws {
        let site = try RenderTests.site([Self.example(folder)], language: "fr")
        let slug = site.cities[0].slug
        for (picture, widest) in [("coverage.svg", 360.0), ("leadership.svg", 360.0), ("timeline.svg", 680.0)] {
            let svg = RenderTests.text(site, slug + "/" + picture)
            #expect(PictureTests.width(svg) <= widest, "\(picture) is \(PictureTests.width(svg)) px wide")
            let sizes = PropertyTests.captures(#"font-size="([0-9.]+)""#, in: svg).compactMap(Double.init)
            #expect(!sizes.isEmpty && sizes.allSatisfy { $0 >= 11 }, "\(picture): \(sizes.min() ?? 0) px")
            // And one page tall: a Letter page prints 920 px at 18 mm margins.
            if picture != "timeline.svg" {
                #expect(PictureTests.height(svg) <= 920, "\(picture) is \(PictureTests.height(svg)) px tall")
            }
        }
        // The page's timeline scrolls in its frame on a phone, with a cue.
        let html = try Self.page(site)
        #expect(html.contains("<figure class=\"picture scrolls\">\n<p class=\"scroll-cue\" aria-hidden=\"true\">"))
    }

    /// A long plan's timeline is shown in parts of at most 24 lanes, each
    /// with its axis, so each fits a printed page.
    @Test func aLongTimelineComesInParts() throws {
        let result = try GapsFixture.result()
        var plan = try #require(result.plan)
        let model = try #require(result.model)
        let template = plan.actions[0]
        for i in 0..<70 {
            var copy = template
            copy.id = Located("extra-\(i)", range: template.id.range, path: template.id.path)
            plan.actions.append(copy)
        }
        let l = try GapsFixture.localization()
        let parts = ActionTimeline.parts(
            plan: plan, words: ModelWords(model, language: "en"), asOf: CalendarDate(GapsFixture.asOf)!, localization: l
        )
        #expect(parts.count >= 3)
        for part in parts {
            #expect(PictureTests.height(part) <= 920)
            #expect(part.contains(" of \(parts.count))") || part.contains("(\(parts.count) of"))
        }
    }

    // MARK: - The index

    @Test func theIndexTitleCountsAndMarks() throws {
        let one = RenderTests.text(try RenderTests.site([RenderTests.small]), "index.html")
        #expect(one.contains("<title>Prevention plans</title>"))
        #expect(one.contains("<p>1 city: "))
        let titled = try RenderTests.site(
            [RenderTests.small, RenderTests.hostile], title: "Plans of the <Valley> network")
        let index = RenderTests.text(titled, "index.html")
        #expect(index.contains("<title>Plans of the &lt;Valley&gt; network</title>"))
        #expect(index.contains("<p>2 cities side by side"))
        for header in ["City", "Stages covered", "Objectives", "Overdue", "Vacant seats"] {
            #expect(index.contains("<th scope=\"col\">\(header)</th>"))
        }
        let french = RenderTests.text(try RenderTests.site([RenderTests.small], language: "fr"), "index.html")
        #expect(french.contains("<title>Plans de prévention</title>"))
        #expect(french.contains("<p>1 ville : "))
        let arabic = RenderTests.text(
            try RenderTests.site([RenderTests.small, RenderTests.hostile], language: "ar"), "index.html")
        #expect(arabic.contains("<p>مدينتان جنبًا إلى جنب"))
    }

    @Test func theForceBannerCountsGrammatically() throws {
        let forced = try RenderTests.site([RenderTests.broken], force: true)
        let html = try Self.page(forced)
        let count = forced.cities[0].blocking.count
        #expect(html.contains(count == 1 ? "despite 1 error that" : "despite \(count) errors that"))
    }

    // MARK: - Privacy of the new sections

    /// A pathway's way in is a contact: left out of every file of an
    /// edition below its visibility, shown from it on.
    @Test func pathwayAccessFollowsItsVisibility() throws {
        let plan = Self.example("albuquerque-nm")
        let access = "btam-intake@example.org"
        for audience in Visibility.allCases {
            let site = try RenderTests.site([plan], audience: audience)
            let shows = site.files.contains { $0.text.contains(access) }
            #expect(shows == (audience != .public), "\(audience) edition: pathway access shown \(shows)")
        }
    }
}
