import Foundation
import PFPlanLoader
@testable import PFPlanModel
@testable import PFPlanPublishing
import Testing

/// Each command does what its help says (issue 20, "Commands that do not
/// do what they say").
@Suite struct CommandPromiseTests {
    static func example(_ city: String) -> String {
        TestPaths.examples.appendingPathComponent("\(city)/plan.yaml").path
    }

    @Test func countsAreGrammatical() {
        #expect(counted(1, "city") == "1 city")
        #expect(counted(2, "city") == "2 cities")
        #expect(counted(0, "error") == "0 errors")
        #expect(counted(1, "error") == "1 error")
        #expect(counted(3, "info") == "3 infos")
        #expect(counted(2, "day") == "2 days")
        #expect(counted(2, "match") == "2 matches")
        #expect(counted(2, "other seat") == "2 other seats")
        #expect(counted(2, "person", plural: "people") == "2 people")
    }

    @Test func localizedCountsHaveASingular() throws {
        for code in ["en", "es", "fr", "ar"] {
            let l = try Localization.load(code, templates: TemplateFiles(override: nil, shipped: TestPaths.templates))
                .get()
            for key in ["index.intro", "document.banner.text", "pictures.leadership.desc"] {
                // Every grammatical number of the language (CLDR), not only a singular.
                for category in PluralRules.categories(code) {
                    #expect(l.strings[key + "." + category.rawValue] != nil, "\(code) \(key).\(category)")
                }
                #expect(
                    l.string(key, count: 1, ["vacant": "0"]) != l.string(key, count: 2, ["vacant": "0"]),
                    "\(code) \(key)")
            }
        }
        let en = try Localization.load("en", templates: TemplateFiles(override: nil, shipped: TestPaths.templates))
            .get()
        #expect(en.string("index.intro", count: 1).hasPrefix("1 city:"))
        #expect(en.string("index.intro", count: 3).hasPrefix("3 cities side by side"))
    }

    @Test func aBuiltInModelIdIsAcceptedByEveryPlanCommand() throws {
        let plan = Self.example("boston-ma")
        for command in ["lint", "gaps", "status", "directory", "pledge"] {
            let dated = ["lint", "gaps", "status"].contains(command) ? ["--as-of", "2025-12-31"] : []
            let r = try runPFPlan([command, plan, "--model", "welcoming"] + dated)
            #expect(r.status == 0, "\(command): \(r.stderr)")
        }
        let site = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try runPFPlan(["render", plan, "--model", "welcoming", "--out", site.path]).status == 0)
        let typo = try runPFPlan(["lint", plan, "--model", "welcomin"])
        #expect(typo.status == 2)
        #expect(
            typo.stderr
                == "pfplan: --model 'welcomin': not a built-in model (default, welcoming) nor a model file; did you mean 'welcoming'?\n"
        )
        let file = try runPFPlan(
            ["lint", plan, "--model", "Templates/frameworks/welcoming.yaml"], in: TestPaths.checkout)
        #expect(file.status == 0, "\(file.stderr)")
        #expect(
            try runPFPlan(["lint", plan, "--model", "no/such.yaml"]).stderr
                == "pfplan: --model 'no/such.yaml': no such model file\n")
    }

    @Test func quietSaysHowManyItHid() throws {
        let r = try runPFPlan(["lint", TestPaths.examples.path, "--quiet", "--as-of", "2025-01-01"])
        #expect(r.status == 0)
        let lint = try runPFPlan(["lint", TestPaths.examples.path, "--as-of", "2025-01-01", "--format", "json"])
        let all = try #require(try JSONSerialization.jsonObject(with: Data(lint.stdout.utf8)) as? [[String: Any]])
        let warnings = all.count { $0["severity"] as? String == "warning" }
        let infos = all.count { $0["severity"] as? String == "info" }
        #expect(warnings > 1 && infos > 1)
        #expect(r.stdout == "0 errors in 7 plans (\(warnings) warnings and \(infos) infos hidden by --quiet)\n")
    }

    @Test func directoryAndPledgeDoNotOfferAnAsOfTheyWouldIgnore() throws {
        for command in ["directory", "pledge"] {
            let r = try runPFPlan([command, Self.example("boston-ma"), "--as-of", "2025-01-01"])
            #expect(r.status == 2, "\(command)")
            #expect(r.stderr.contains("--as-of"), "\(command): \(r.stderr)")
            #expect(!(try runPFPlan([command, "--help"]).stdout.contains("--as-of")), "\(command)")
        }
        // lsp and serve judge and draw as lint and render do, on a date.
        for command in ["lint", "gaps", "render", "status", "lsp", "serve"] {
            #expect(try runPFPlan([command, "--help"]).stdout.contains("--as-of"), "\(command)")
        }
    }

    @Test func statusTextShowsTitlesBesideIds() throws {
        let r = try runPFPlan(["status", Self.example("athens-oh"), "--as-of", "2026-12-06"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("  interfaith-dialogues  Neighbors interfaith dialogue series  2026-11-30"))
        #expect(r.stdout.contains("  log-partners-sharing       Partners contributing data to the log "))
    }

    @Test func renderSaysHowManyFindingsEachCityHas() throws {
        let site = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        let plans = [Self.example("athens-oh"), Self.example("overland-park-ks")]
        let r = try runPFPlan(["render"] + plans + ["--out", site.path, "--as-of", "2026-12-06"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout == """
                \(plans[0]): 1 warning (pfplan lint lists them)
                \(plans[1]): 10 warnings, 6 infos (pfplan lint lists them)
                wrote 2 of 2 cities and index.html to \(site.path)

                """)
        let one = try runPFPlan(["render", plans[0], "--out", site.path, "--as-of", "2025-01-01"])
        #expect(one.stdout == "\(plans[0]): 0 warnings\nwrote 1 of 1 city and index.html to \(site.path)\n")
    }

    /// Examples/README.md: "Athens is the complete reference plan: with
    /// either command above it has no findings", as of any date up to
    /// its last due date.
    @Test(arguments: ["2025-01-01", "2026-11-23", "2026-11-30"])
    func athensHasNoFindingsAsTheExamplesSay(_ asOf: String) throws {
        let result = try Linter.lint(Self.example("athens-oh"), options: lintOptions(asOf: asOf)).get()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let readme = try String(contentsOf: TestPaths.examples.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("swift run pfplan lint --as-of 2026-11-23 Examples/"))
        #expect(readme.contains("swift run pfplan lint --as-of 2025-01-01 Examples/"))
    }
}
