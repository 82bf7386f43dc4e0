import Foundation
import PFPlanFormats
import PFPlanLoader
import PFPlanModel
import Testing

@testable import PFPlanPublishing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The three SVG pictures: goldens for the fixture plan, escaping, XML that
/// parses, accessibility attributes, and output that depends on nothing but
/// the input. `PFPLAN_UPDATE_GOLDENS=1` rewrites the goldens;
/// `PFPLAN_PICTURES_OUT=DIR` also writes the example cities' pictures there to look at.
@Suite struct PictureTests {
    enum Picture: String, CaseIterable {
        case heatmap, leadership, timeline
    }

    static func draw(
        _ picture: Picture, _ result: LintResult, asOf: String = GapsFixture.asOf, localization l: Localization
    ) throws -> String {
        let plan = try #require(result.plan)
        let model = try #require(result.model)
        switch picture {
        case .heatmap:
            return CoverageHeatMap.svg(
                CoverageMatrix(plan: plan, model: model), plan: plan, model: model, localization: l)
        case .leadership:
            return LeadershipChart.svg(plan: plan, model: model, localization: l)
        case .timeline:
            return ActionTimeline.svg(plan: plan, model: model, asOf: CalendarDate(asOf)!, localization: l)
        }
    }

    @Test(arguments: Picture.allCases)
    func fixtureMatchesItsGolden(_ picture: Picture) throws {
        let svg = try Self.draw(picture, try GapsFixture.result(), localization: try GapsFixture.localization())
        try GapsFixture.expectGolden("\(picture.rawValue).svg", svg)
    }

    @Test func arabicTimelineMatchesItsGolden() throws {
        let svg = try Self.draw(.timeline, try GapsFixture.result(), localization: try GapsFixture.localization("ar"))
        try GapsFixture.expectGolden("timeline.ar.svg", svg)
    }

    /// Names holding markup and ampersands come out as text, never as elements.
    @Test(arguments: Picture.allCases)
    func planTextIsEscaped(_ picture: Picture) throws {
        let svg = try Self.draw(picture, try GapsFixture.result(), localization: try GapsFixture.localization())
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<b>"))
        #expect(!svg.contains("<Leadership>"))
        #expect(!svg.contains("Vale & Hollow"))
        #expect(svg.contains("Vale &amp; Hollow"))
    }

    @Test func escapedNamesAreDrawn() throws {
        let l = try GapsFixture.localization()
        let leadership = try Self.draw(.leadership, try GapsFixture.result(), localization: l)
        #expect(leadership.contains(">Cy &lt;script&gt;alert(1)&lt;/scr…</text>"))
        #expect(leadership.contains("Vale &lt;Leadership&gt; Group"))
        let timeline = try Self.draw(.timeline, try GapsFixture.result(), localization: l)
        #expect(timeline.contains("Run the &lt;b&gt;school&lt;/b&gt; lessons"))
        let heatmap = try Self.draw(.heatmap, try GapsFixture.result(), localization: l)
        // A cell's tooltip names the organisations, not their ids.
        #expect(heatmap.contains("1 provider (&lt;script&gt;alert('x')&lt;/script&gt; &amp; Friends)"))
        #expect(!heatmap.contains("script-org"))
    }

    @Test func attributesAndTextEscape() {
        #expect(XMLText.oneLineContent("a<b>&c") == "a&lt;b&gt;&amp;c")
        #expect(XMLText.oneLineAttribute("\"x\" 'y'") == "&quot;x&quot; &apos;y&apos;")
        #expect(XMLText.oneLineContent("bell\u{07}") == "bell\u{FFFD}")
        #expect(SVG.n(12.0) == "12")
        #expect(SVG.n(-0.04) == "0")
        #expect(SVG.n(3.25) == "3.3")
    }

    @Test func longLabelsAreShortenedInOnePass() {
        let long = String(repeating: "Very long organisation name ", count: 4000)
        let fitted = SVG.fit(long, width: 200, size: 12)
        #expect(fitted.hasSuffix("…"))
        #expect(SVG.width(fitted, size: 12) <= 200)
        #expect(SVG.fit("Short", width: 200, size: 12) == "Short")
    }

    /// In Arabic the title and the city are isolated inside the
    /// right-to-left title, so the colon follows the locale's order and a
    /// name starting with digits is not drawn as "Palms 29" (Chromium and
    /// librsvg both did before); the `<title>` element, shown in the
    /// picture's left-to-right context, is isolated as right-to-left text
    /// too. Left-to-right locales are unchanged.
    @Test func arabicTitlesIsolateTheCityAndKeepTheColonInOrder() throws {
        let ar = try GapsFixture.localization("ar")
        let title = ar.string("pictures.timeline.title")
        #expect(SVG.title(title, city: "29 Palms", ar) == "\u{2068}\(title)\u{2069}: \u{2068}29 Palms\u{2069}")
        let en = try GapsFixture.localization("en")
        #expect(SVG.title("Actions", city: "29 Palms", en) == "Actions: 29 Palms")

        let svg = try Self.draw(.timeline, try GapsFixture.result(), localization: ar)
        let isolated = "\u{2067}\u{2068}\(title)\u{2069}: \u{2068}Vale &amp; Hollow\u{2069}\u{2069}"
        #expect(svg.contains("<title>\(isolated)</title>"))
        #expect(svg.contains("font-weight=\"bold\">\(isolated)</text>"))
    }

    /// A title shortened inside its isolated city still closes every
    /// isolate it opens.
    @Test func shortenedTitlesCloseTheirIsolates() throws {
        let ar = try GapsFixture.localization("ar")
        let title = SVG.title(
            ar.string("pictures.timeline.title"), city: String(repeating: "Long City Name ", count: 40), ar)
        let fitted = SVG.fit(title, width: 400, size: 15)
        let opened = fitted.unicodeScalars.filter { ("\u{2066}"..."\u{2068}").contains($0) }.count
        let closed = fitted.unicodeScalars.filter { $0 == "\u{2069}" }.count
        #expect(fitted.hasSuffix("…\u{2069}"))
        #expect(opened == closed)
        #expect(SVG.closingIsolates("a\u{2068}b") == "a\u{2068}b\u{2069}")
        #expect(SVG.closingIsolates("plain") == "plain")
    }

    /// Every picture, in every shipped language, for the fixture and for
    /// Athens: well-formed XML with the accessibility parts in place.
    @Test(arguments: ["en", "es", "fr", "ar"])
    func everyPictureParsesAndIsLabelled(_ code: String) throws {
        let l = try GapsFixture.localization(code)
        for result in [try GapsFixture.result(), try GapsFixture.result(GapsFixture.athens, asOf: "2025-06-30")] {
            for picture in Picture.allCases {
                let svg = try Self.draw(picture, result, asOf: "2025-06-30", localization: l)
                #expect(Self.parses(svg), "\(picture) in \(code) is not well-formed XML")
                let root = try #require(svg.split(separator: "\n").first)
                #expect(root.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
                #expect(root.contains(" role=\"img\""))
                #expect(root.contains(" direction=\"ltr\""))
                #expect(root.contains(" xml:lang=\"\(code)\""))
                #expect(svg.contains("<title>") && svg.contains("<desc>"))
                // No ids: any number of pictures can share one HTML page.
                #expect(!svg.contains(" id=\""))
                #expect(
                    try Self.draw(picture, result, asOf: "2025-06-30", localization: l) == svg, "same input, same bytes"
                )
            }
        }
    }

    static let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first(
        where: FileManager.default.isExecutableFile)

    @Test(.enabled(if: xmllint != nil, "xmllint is not installed (apt-get install libxml2-utils)"))
    func xmllintAgrees() throws {
        let xmllint = try #require(Self.xmllint)
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for picture in Picture.allCases {
            let file = dir.appendingPathComponent("\(picture.rawValue).svg")
            try Data(
                try Self.draw(picture, try GapsFixture.result(), localization: try GapsFixture.localization()).utf8
            ).write(to: file)
            let r = try runProcess(URL(fileURLWithPath: xmllint), ["--noout", file.path])
            #expect(r.status == 0, "xmllint rejects \(picture): \(r.stderr)")
        }
    }

    @Test func heatMapMarksMissingCellsWithASymbol() throws {
        let svg = try Self.draw(.heatmap, try GapsFixture.result(), localization: try GapsFixture.localization())
        // Cells that need a sector no one brings: assess (3 options, then 5
        // for the community voice), secondary (4 options), tertiary (2 + 3).
        // Primary's "1 more of" adds its 6 absent options.
        let crosses = svg.components(separatedBy: "stroke=\"#a93226\" stroke-width=\"3\"").count - 1
        #expect(crosses == 3 + 5 + 6 + 4 + 5 + 1)  // +1: the legend's sample
        #expect(
            svg.contains(
                "Needs not met: Needs and vulnerabilities assessment: one of Higher education / Research / Public health"
            ))
    }

    @Test func leadershipShowsVacantSeats() throws {
        let svg = try Self.draw(.leadership, try GapsFixture.result(), localization: try GapsFixture.localization())
        // The unnamed coordinator seat, and the evaluation lead the model requires and no one holds.
        #expect(svg.components(separatedBy: ">Vacant seat</text>").count - 1 == 2)
        #expect(svg.contains("stroke-dasharray=\"6 4\""))
        #expect(svg.contains("Vacant seats: 2."))
    }

    @Test func timelineMarksOverdueAndGrowsWithActions() throws {
        let result = try GapsFixture.result()
        let l = try GapsFixture.localization()
        let svg = try Self.draw(.timeline, result, localization: l)
        #expect(svg.contains("Open a referral desk at the clinic: planned; February 1, 2025 – June 30, 2025; overdue"))
        // One badge on the overdue bar, one in the legend.
        #expect(svg.components(separatedBy: ">!</text>").count - 1 == 2)
        #expect(svg.contains(">no dates</text>"))

        var plan = try #require(result.plan)
        let model = try #require(result.model)
        let template = plan.actions[0]
        for i in 0..<60 {
            var copy = template
            copy.id = Located("extra-\(i)", range: template.id.range, path: template.id.path)
            plan.actions.append(copy)
        }
        let tall = ActionTimeline.svg(plan: plan, model: model, asOf: CalendarDate(GapsFixture.asOf)!, localization: l)
        #expect(Self.height(tall) >= Self.height(svg) + 60 * 20)
        #expect(Self.width(tall) == Self.width(svg))
    }

    /// Every example city's pictures (and the fixture's), in English and
    /// Arabic, are well-formed SVG with a title and a description, and
    /// differ between cities. With `PFPLAN_PICTURES_OUT=DIR` they are also
    /// written there, to look at or convert to PNG.
    @Test func everyExamplesPicturesAreWellFormed() throws {
        let out = ProcessInfo.processInfo.environment["PFPLAN_PICTURES_OUT"]
        if let out { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) }
        let cities = try FileManager.default.contentsOfDirectory(atPath: TestPaths.examples.path).sorted()
            .filter {
                FileManager.default.fileExists(
                    atPath: TestPaths.examples.appendingPathComponent("\($0)/plan.yaml").path)
            }
        var plans = [("fixture", try GapsFixture.result())]
        for city in cities {
            plans.append(
                (
                    city,
                    try GapsFixture.result(
                        TestPaths.examples.appendingPathComponent("\(city)/plan.yaml").path, asOf: "2025-06-30")
                ))
        }
        #expect(plans.count >= 8)
        for code in ["en", "ar"] {
            for picture in Picture.allCases {
                var drawn = Set<String>()
                for (name, result) in plans {
                    let svg = try Self.draw(
                        picture, result, asOf: "2025-06-30", localization: try GapsFixture.localization(code))
                    #expect(Self.parses(svg), "\(name) \(picture) \(code)")
                    #expect(svg.contains("<title>") && svg.contains("<desc>"), "\(name) \(picture) \(code)")
                    drawn.insert(svg)
                    if let out {
                        try Data(svg.utf8).write(
                            to: URL(fileURLWithPath: out).appendingPathComponent(
                                "\(name)-\(picture.rawValue)-\(code).svg"))
                    }
                }
                #expect(drawn.count == plans.count, "two cities drew the same \(picture) in \(code)")
            }
        }
    }

    static func parses(_ svg: String) -> Bool {
        let parser = XMLParser(data: Data(svg.utf8))
        return parser.parse()
    }

    static func height(_ svg: String) -> Double { attribute("height", svg) }
    static func width(_ svg: String) -> Double { attribute("width", svg) }

    static func attribute(_ name: String, _ svg: String) -> Double {
        guard let range = svg.range(of: " \(name)=\"") else { return 0 }
        return Double(svg[range.upperBound...].prefix { $0 != "\"" }) ?? 0
    }
}
