import Foundation
import PFPlanTestSupport
import PFPlanLoader
import PFPlanModel
import PFPlanSupport
import Testing

@testable import PFPlanPublishing
@testable import PFPlanReports

/// Shared by the gaps and picture tests: the fixture plan of
/// `Fixtures/gaps/`, read as the commands read it.
enum GapsFixture {
    static let folder = TestPaths.fixtures.appendingPathComponent("gaps")
    static let plan = folder.appendingPathComponent("plan.yaml").path
    static let broken = folder.appendingPathComponent("broken.yaml").path
    static let athens = TestPaths.examples.appendingPathComponent("athens-oh/plan.yaml").path
    static let templates = TemplateFiles(override: nil, shipped: TestPaths.templates)
    /// The day after `referral-desk` was due, so one action is overdue.
    static let asOf = "2025-07-01"

    static func result(_ file: String = plan, asOf: String = asOf) throws -> LintResult {
        switch Linter.lint(file, options: lintOptions(asOf: asOf, root: PathText.directory(of: file))) {
        case .success(let r): return r
        case .failure(let f): throw f
        }
    }

    /// The fixture's gaps with a path that does not depend on the checkout.
    static func city() throws -> CityGaps {
        var city = CityGaps(result: try result())
        city.file = "Fixtures/gaps/plan.yaml"
        return city
    }

    static func localization(_ code: String = "en") throws -> Localization {
        try Localization.load(code, templates: templates).get()
    }

    static func expectGolden(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        try PFPlanTestSupport.expectGolden(name, actual, in: folder, sourceLocation: sourceLocation)
    }
}

/// `pfplan gaps`: every format byte for byte against goldens in
/// `Fixtures/gaps/`, the JSON's missing sectors exactly, exit codes. To
/// rewrite the goldens after a deliberate change, run with
/// `PFPLAN_UPDATE_GOLDENS=1` and read the diff before committing.
@Suite struct GapsTests {
    @Test(arguments: GapsFormat.allCases)
    func everyFormatMatchesItsGolden(_ format: GapsFormat) throws {
        let output = GapsReport.render(
            [try GapsFixture.city()], format: format, localization: try GapsFixture.localization())
        try GapsFixture.expectGolden("gaps.\(format.rawValue == "text" ? "txt" : format.rawValue)", output)
    }

    @Test func spanishTextMatchesItsGolden() throws {
        let output = GapsReport.render(
            [try GapsFixture.city()], format: .text, localization: try GapsFixture.localization("es"))
        try GapsFixture.expectGolden("gaps.es.txt", output)
    }

    @Test func colourOnlyWhenAskedAndNeverAlone() throws {
        let city = try GapsFixture.city()
        let l = try GapsFixture.localization()
        let plain = GapsReport.render([city], format: .text, localization: l, color: false)
        let coloured = GapsReport.render([city], format: .text, localization: l, color: true)
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured.contains("\u{1B}[1;31mX\u{1B}[0m"))
        // The same text once the colour codes are gone: colour adds nothing the marks do not say.
        #expect(coloured.replacing(/\x{1B}\[[0-9;]*m/, with: "") == plain)
    }

    /// Scripts read `missingSectors` per stage: the unmet needs, in lint's words.
    @Test func jsonMissingSectorsExactly() throws {
        let output = GapsReport.render(
            [try GapsFixture.city()], format: .json, localization: try GapsFixture.localization())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let city = try #require((root["cities"] as? [[String: Any]])?.first)
        #expect(city["city"] as? String == "Vale & Hollow")
        #expect(city["coverageComputed"] as? Bool == true)
        let stages = try #require(city["stages"] as? [[String: Any]])
        var missing: [String: [String]] = [:]
        for stage in stages { missing[stage["id"] as! String] = stage["missingSectors"] as? [String] }
        #expect(
            missing == [
                "assess": [
                    "one of higher-education / research / public-health",
                    "one of civil-society / faith / immigrant-services / civil-rights / youth",
                ],
                "primary": ["1 more of faith / civil-society / youth / media / public-health / tech"],
                "secondary": ["one of education / civil-society / faith / youth"],
                "tertiary": [
                    "one of mental-health / social-services", "one of justice / law-enforcement / civil-society",
                ],
                "post-incident": [],
            ])
        let secondary = try #require(stages.first { $0["id"] as? String == "secondary" })
        let unmet = try #require(secondary["unmetSectorNeeds"] as? [[String: Any]])
        #expect(unmet.count == 1)
        #expect(unmet.first?["kind"] as? String == "any-of")
        #expect(unmet.first?["sectors"] as? [String] == ["education", "civil-society", "faith", "youth"])
        let pathways = try #require(secondary["pathways"] as? [String: Any])
        #expect(
            pathways["needed"] as? Int == 1 && pathways["shortfall"] as? Int == 0
                && pathways["ids"] as? [String] == ["clinic-door"])
        #expect((secondary["resources"] as? [String: Any])?["shortfall"] as? Int == 1)
        #expect(
            city["unservedAudiences"] as? [String] == [
                "educators", "immigrants-refugees", "lgbtq", "racial-ethnic-minorities", "religious-minorities",
                "practitioners",
                "online-communities", "adults", "native-communities", "women-girls", "veterans",
                "people-with-disabilities",
                "public-officials",
            ])
        let leadership = try #require(city["leadership"] as? [String: Any])
        #expect(leadership["vacantSeats"] as? [String] == ["coord-seat"])
    }

    /// Only stage titles and sectors of the model drive the matrix.
    @Test func matrixCells() throws {
        let city = try GapsFixture.city()
        let stage = { (id: String) in city.stages.first { $0.id == id }! }
        #expect(stage("secondary").cell("civil-society") == .neededMissing)
        #expect(stage("secondary").cell("law-enforcement") == .empty)
        // The vacant coordinator seat is mental health too, but takes part in no action of the stage.
        #expect(stage("secondary").cell("mental-health") == .neededPresent(1))
        #expect(stage("assess").cell("research") == .neededMissing)
        #expect(stage("assess").cell("local-government") == .neededPresent(1))
        #expect(stage("post-incident").cell("faith") == .present(1))
        #expect(stage("primary").cell("tech") == .neededMissing)  // practice.md: tech counts at primary
        #expect(stage("primary").cell("business") == .empty)
        #expect(!stage("tertiary").covered && stage("post-incident").covered)
    }

    /// practice.md's counting: presence only through work, a stakeholder's
    /// own stages only offered, a seat and its organisation one provider,
    /// a placeholder nowhere.
    @Test func coverageIsCountedHonestly() throws {
        let city = try GapsFixture.city()
        let stage = { (id: String) in city.stages.first { $0.id == id }! }
        func sectors(_ list: [CityGaps.SectorPresence]) -> [String: [String]] {
            Dictionary(uniqueKeysWithValues: list.map { ($0.sector, $0.providers) })
        }
        // The school's seat partners its own school's lessons: one provider.
        // The TODO youth group partners them too and counts nowhere.
        #expect(sectors(stage("primary").sectors) == ["education": ["vale-school"]])
        #expect(stage("primary").offered.isEmpty)
        #expect(stage("primary").cell("youth") == .neededMissing)
        // The police list secondary but do no work there: offered, not
        // present (and no longer a need of the stage: practice.md).
        #expect(sectors(stage("secondary").offered) == ["law-enforcement": ["town-police"]])
        #expect(stage("secondary").cell("law-enforcement") == .empty)
        #expect(stage("secondary").pathwayIDs == ["clinic-door"])
        let lint = try GapsFixture.result()
        let missing = lint.diagnostics.filter { $0.rule == .coverageStageMissingSector }.map {
            "\($0.target ?? "") \($0.message)"
        }
        #expect(
            missing.contains(
                "secondary the stage 'secondary' (Secondary prevention) lacks one of education / civil-society / faith / youth"
            ))
        #expect(
            missing.contains(
                "primary the stage 'primary' (Primary prevention) lacks 1 more of faith / civil-society / youth / media / public-health / tech"
            ))
    }

    @Test func aPlanWithReferenceErrorsIsNotComputed() throws {
        let city = CityGaps(result: try GapsFixture.result(GapsFixture.broken))
        #expect(!city.isComputed)
        #expect(city.blockingErrors == 1)
        let json = GapsReport.render([city], format: .json, localization: try GapsFixture.localization())
        #expect(!json.contains("\"stages\""))
        #expect(json.contains("\"coverageComputed\": false"))
    }

    @Test func markdownEscapesPlanText() throws {
        let md = GapsReport.render([try GapsFixture.city()], format: .md, localization: try GapsFixture.localization())
        #expect(md.contains("# Coverage and gaps: Vale &amp; Hollow"))
        #expect(md.contains("Vale &lt;Leadership&gt; Group"))
        #expect(!md.contains("<Leadership>"))
    }

    /// Athens, the reference plan, has every sector at every stage, the
    /// pathway secondary prevention asks for, and an action or resource for
    /// every audience of the model.
    @Test func athensIsFullyCovered() throws {
        let city = CityGaps(result: try GapsFixture.result(GapsFixture.athens, asOf: "2025-01-01"))
        #expect(city.isComputed)
        #expect(city.stages.map(\.id) == ["assess", "primary", "secondary", "tertiary", "post-incident"])
        #expect(
            city.stages.allSatisfy {
                $0.missingSectors.isEmpty && $0.actionsShortfall == 0 && $0.resourcesShortfall == 0
            })
        #expect(city.stages.allSatisfy { $0.covered })
        #expect(city.stages.map(\.pathwaysShortfall) == [0, 0, 0, 0, 0])
        #expect(city.unservedAudiences.isEmpty)
        #expect(city.leadership?.seats.count == 10)
        for format in GapsFormat.allCases {
            #expect(!GapsReport.render([city], format: format, localization: try GapsFixture.localization()).isEmpty)
        }
    }

    // MARK: - The command

    @Test func exitCodes() throws {
        let ok = try runPFPlan(["gaps", GapsFixture.plan, "--format", "json", "--as-of", GapsFixture.asOf])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("\"missingSectors\""))

        let broken = try runPFPlan(["gaps", GapsFixture.broken])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("coverage not computed"))

        let both = try runPFPlan(["gaps", GapsFixture.plan, GapsFixture.broken, "--format", "md"])
        #expect(both.status == 1)
        #expect(both.stdout.contains("# Coverage and gaps: Vale &amp; Hollow"))

        let missing = try runPFPlan(["gaps", GapsFixture.folder.appendingPathComponent("no-such.yaml").path])
        #expect(missing.status == 2)
        #expect(!missing.stderr.isEmpty)

        let badFormat = try runPFPlan(["gaps", GapsFixture.plan, "--format", "html"])
        #expect(badFormat.status == 2)

        let badLanguage = try runPFPlan(["gaps", GapsFixture.plan, "--lang", "xx"])
        #expect(badLanguage.status == 2)
        #expect(badLanguage.stderr.contains("no locale 'xx'"))
    }

    @Test func commandPrintsTheLibrarysText() throws {
        let run = try runPFPlan(["gaps", GapsFixture.plan, "--as-of", GapsFixture.asOf, "--color", "never"])
        #expect(run.status == 0)
        var city = try GapsFixture.city()
        city.file = GapsFixture.plan
        #expect(run.stdout == GapsReport.render([city], format: .text, localization: try GapsFixture.localization()))
    }
}
