import Foundation
import PFPlanLoader
import PFPlanModel
import Testing

@testable import PFPlanRender

/// `pfplan pledge`: the GCM texts in Templates/gcm/, the form byte for byte
/// against goldens in `Fixtures/pledge/` (rewrite them with
/// `PFPLAN_UPDATE_GOLDENS=1` and read the diff), the contact's visibility,
/// and the command's exit codes.
@Suite struct PledgeTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("pledge")
    static let templates = TemplateFiles(override: nil, shipped: TestPaths.templates)

    static func catalog() throws -> GCMCatalog {
        try GCMCatalogLoader.load(templates: templates).get()
    }

    static func fixturePlan(_ name: String = "plan.yaml") throws -> Plan {
        let file = folder.appendingPathComponent(name).path
        let result = try Linter.lint(file, options: lintOptions(root: folder.path)).get()
        #expect(result.errorCount == 0, "\(result.diagnostics.filter { $0.severity == .error }.map(\.message))")
        return try #require(result.plan)
    }

    static func form(_ language: String, audience: Visibility = .public, format: PledgeFormat) throws -> String {
        let form = try PledgeForm.build(plan: fixturePlan(), catalog: catalog(), language: language, audience: audience).get()
        return PledgeRenderer.render(form, format: format, plan: "Fixtures/pledge/plan.yaml")
    }

    func expectGolden(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PFPLAN_UPDATE_GOLDENS"] == "1" {
            try Data(actual.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden", sourceLocation: sourceLocation)
    }

    // MARK: - The Compact's own words

    @Test func theCatalogueHasEveryObjectiveAndPrincipleInBothLanguages() throws {
        let catalog = try Self.catalog()
        #expect(catalog.languages == ["en", "fr"])
        #expect(catalog.objectives.keys.sorted() == Array(1...23))
        for (number, titles) in catalog.objectives {
            #expect(titles["en"]?.isEmpty == false && titles["fr"]?.isEmpty == false, "objective \(number)")
        }
        #expect(catalog.principles.map(\.id) == PlanFormat.gcmPrinciples)
    }

    /// Spot checks against the official texts of A/RES/73/195.
    @Test func officialTitles() throws {
        let c = try Self.catalog()
        #expect(c.objective(1, in: "en") == "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies")
        #expect(c.objective(7, in: "en") == "Address and reduce vulnerabilities in migration")
        #expect(c.objective(7, in: "fr") == "S'attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire")
        #expect(c.objective(15, in: "fr") == "Assurer l'accès des migrants aux services de base")
        #expect(c.objective(16, in: "en") == "Empower migrants and societies to realize full inclusion and social cohesion")
        #expect(c.objective(17, in: "en")
            == "Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration")
        #expect(c.objective(23, in: "fr")
            == "Renforcer la coopération internationale et les partenariats mondiaux pour des migrations sûres, ordonnées et régulières")
        #expect(c.principle("people-centred", in: "fr") == "Priorité à la dimension humaine")
        #expect(c.principle("rule-of-law", in: "en") == "Rule of law and due process")
        #expect(c.principle("whole-of-society", in: "fr") == "Approche mobilisant l'ensemble de la société")
    }

    @Test func aBrokenCatalogueNamesItsFileAndLine() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("gcm"), withIntermediateDirectories: true)
        try Data("objectives:\n  - {number: 1, en: Data}\n".utf8).write(to: dir.appendingPathComponent("gcm/objectives.yaml"))
        let result = GCMCatalogLoader.load(templates: TemplateFiles(override: dir.path, shipped: TestPaths.templates))
        guard case .failure(let failure) = result else {
            Issue.record("a catalogue with one objective was accepted")
            return
        }
        #expect(failure.description.hasSuffix("gcm/objectives.yaml:1:1: the GCM has 23 objectives; missing: "
            + (2...23).map(String.init).joined(separator: ", ")))
    }

    // MARK: - The form, byte for byte

    @Test func frenchFormGolden() throws {
        try expectGolden("form.fr.md", Self.form("fr", format: .md))
    }

    @Test func englishFormGolden() throws {
        try expectGolden("form.en.md", Self.form("en", format: .md))
    }

    @Test func internalJSONGolden() throws {
        try expectGolden("form.internal.en.json", Self.form("en", audience: .internal, format: .json))
    }

    @Test func theContactIsShownOnlyToItsAudience() throws {
        let hidden = try Self.form("en", format: .md) + Self.form("en", format: .json)
        for secret in ["Nora Quist", "n.quist@example.org", "555 0199", "Welcoming officer"] {
            #expect(!hidden.contains(secret), "\(secret) leaked to the public form")
        }
        #expect(try Self.form("en", audience: .internal, format: .md).contains("- **Email:** n.quist@example.org\n"))
        #expect(try Self.form("en", audience: .restricted, format: .md).contains("- **Contact person:** Nora Quist\n"))
    }

    // MARK: - The command

    @Test func sanJoseInFrench() throws {
        let plan = TestPaths.examples.appendingPathComponent("san-jose-ca/plan.yaml").path
        let r = try runPFPlan(["pledge", plan, "--lang", "fr"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("# Formulaire d'engagement du Pacte mondial sur les migrations : Welcoming San José Plan 2.0"))
        #expect(r.stdout.contains("- Objectif 7 : S'attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire\n"))
        #expect(r.stdout.contains("- Objectif 23 : Renforcer la coopération internationale"))
        #expect(r.stdout.contains("- **Courriel :** non public\n"))
        #expect(!r.stdout.contains("d.whitaker@example.org"))
        #expect(r.stderr.isEmpty)
    }

    @Test func aPlanWithoutAPledgeExitsTwoAndSaysSo() throws {
        let r = try runPFPlan(["pledge", TestPaths.examples.appendingPathComponent("athens-oh/plan.yaml").path])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("has no 'pledge:' block"))
    }

    @Test func aPlanWithErrorsExitsOneWithTheErrors() throws {
        let r = try runPFPlan(["pledge", "plan-with-error.yaml"], in: Self.folder)
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("plan-with-error.yaml:14:19: error: '24' is not a GCM objective (a number from 1 to 23) [schema/value]"))
    }

    @Test func usageErrorsExitTwo() throws {
        let plan = Self.folder.appendingPathComponent("plan.yaml").path
        let german = try runPFPlan(["pledge", plan, "--lang", "de"])
        #expect(german.status == 2)
        #expect(german.stderr.contains("--lang 'de': the pledge form exists in en, fr"))
        #expect(try runPFPlan(["pledge", plan, "--format", "pdf"]).status == 2)
        #expect(try runPFPlan(["pledge", plan, "--audience", "everyone"]).status == 2)
        #expect(try runPFPlan(["pledge"]).status == 2)
        #expect(try runPFPlan(["pledge", "/nonexistent/plan.yaml"]).status == 2)
        #expect(try runPFPlan(["pledge", TestPaths.examples.path]).status == 2)
    }

    @Test func theCommandPrintsTheGoldenForm() throws {
        let r = try runPFPlan(["pledge", "plan.yaml", "--lang", "en"], in: Self.folder)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == (try String(contentsOf: Self.folder.appendingPathComponent("form.en.md"), encoding: .utf8)))
    }
}
