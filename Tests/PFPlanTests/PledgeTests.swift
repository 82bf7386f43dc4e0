import Foundation
import PFPlanLoader
import PFPlanModel
import PFPlanSupport
import Testing

@testable import PFPlanFormats
@testable import PFPlanReports

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
        let form = try PledgeForm.build(plan: fixturePlan(), catalog: catalog(), language: language, audience: audience)
            .get()
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
        #expect(
            c.objective(1, in: "en")
                == "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies")
        #expect(c.objective(7, in: "en") == "Address and reduce vulnerabilities in migration")
        #expect(
            c.objective(7, in: "fr") == "S’attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire")
        #expect(c.objective(15, in: "fr") == "Assurer l’accès des migrants aux services de base")
        #expect(
            c.objective(16, in: "en") == "Empower migrants and societies to realize full inclusion and social cohesion")
        #expect(
            c.objective(17, in: "en")
                == "Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration"
        )
        #expect(
            c.objective(23, in: "fr")
                == "Renforcer la coopération internationale et les partenariats mondiaux pour des migrations sûres, ordonnées et régulières"
        )
        #expect(c.principle("people-centred", in: "fr") == "Priorité à la dimension humaine")
        #expect(c.principle("rule-of-law", in: "en") == "Rule of law and due process")
        #expect(c.principle("whole-of-society", in: "fr") == "Approche mobilisant l’ensemble de la société")
    }

    @Test func aBrokenCatalogueNamesItsFileAndLine() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("gcm"), withIntermediateDirectories: true)
        try Data("objectives:\n  - {number: 1, en: Data}\n".utf8).write(
            to: dir.appendingPathComponent("gcm/objectives.yaml"))
        let result = GCMCatalogLoader.load(templates: TemplateFiles(override: dir.path, shipped: TestPaths.templates))
        guard case .failure(let failure) = result else {
            Issue.record("a catalogue with one objective was accepted")
            return
        }
        #expect(
            failure.description.hasSuffix(
                "gcm/objectives.yaml:1:1: the GCM has 23 objectives; missing: "
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

    @Test func theContactsAreShownOnlyToTheirAudience() throws {
        let hidden = try Self.form("en", format: .md) + Self.form("en", format: .json)
        for secret in [
            "Nora Quist", "n.quist@example.org", "555 0199", "Welcoming officer", "Ivo Brandt", "i.brandt@example.org",
        ] {
            #expect(!hidden.contains(secret), "\(secret) leaked to the public form")
        }
        let forInternal =
            try Self.form("en", audience: .internal, format: .md) + Self.form("en", audience: .internal, format: .json)
        #expect(forInternal.contains("- **Email:** n.quist@example.org\n"))
        for secret in ["Ivo Brandt", "i.brandt@example.org", "Grants officer"] {
            #expect(!forInternal.contains(secret), "\(secret), restricted, leaked to the internal form")
        }
        let restricted = try Self.form("en", audience: .restricted, format: .md)
        #expect(restricted.contains("- **Full name:** Nora Quist\n"))
        #expect(restricted.contains("- **Secondary contact person:** Ivo Brandt\n"))
        #expect(restricted.contains("- **Secondary email:** i.brandt@example.org\n"))
    }

    /// Every plan with a pledge, at every audience, in both formats and
    /// languages: no email, phone or name of a contact above the audience,
    /// found from the visibilities and not with the filter under test.
    @Test func noPledgeFormHoldsAContactAboveItsAudience() throws {
        let catalog = try Self.catalog()
        var checked = 0
        var hiddenAtPublic = 0
        for file in try DirectoryTests.planFiles() + [Self.folder.appendingPathComponent("plan.yaml").path] {
            let result = try Linter.lint(file, options: lintOptions(root: PathText.directory(of: file))).get()
            guard let plan = result.plan, let pledge = plan.pledge else { continue }
            for audience in Visibility.allCases {
                let above = [pledge.contact, pledge.secondaryContact].compactMap { $0 }.filter {
                    $0.visibility > audience
                }
                let hidden = DirectoryTests.hiddenChannels(plan, audience: audience) + above.compactMap(\.name)
                if audience == .public { hiddenAtPublic += above.count }
                for language in catalog.languages {
                    let form = try PledgeForm.build(
                        plan: plan, catalog: catalog, language: language, audience: audience
                    ).get()
                    for format in PledgeFormat.allCases {
                        let output = PledgeRenderer.render(form, format: format, plan: file)
                        for value in hidden
                        where output.contains(value) || output.contains(Escape.html(value))
                            || output.contains(PledgeRenderer.inline(value))
                        {
                            Issue.record(
                                "\(file): \(format) \(language) form for \(audience.rawValue) holds '\(value)'")
                        }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked >= 3 * 3 * 2 * 2)
        #expect(hiddenAtPublic >= 4, "the examples and the fixture hide pledge contacts, so the test is not empty")
    }

    /// The secondary contact is a contact like the others: the one filter
    /// drops it above the audience, and says it hid it.
    @Test func theSecondaryContactGoesThroughTheAudienceFilter() throws {
        let plan = try Self.fixturePlan()
        #expect(AudienceFilter.apply(plan, audience: .internal).pledge?.secondaryContact == nil)
        #expect(AudienceFilter.apply(plan, audience: .internal).pledge?.secondaryPosition == nil)
        #expect(AudienceFilter.apply(plan, audience: .restricted).pledge?.secondaryContact?.name == "Ivo Brandt")
        #expect(AudienceFilter.hiddenContacts(in: plan, audience: .internal).map(\.name) == ["Ivo Brandt"])
    }

    // MARK: - The command

    @Test func sanJoseInFrench() throws {
        let plan = TestPaths.examples.appendingPathComponent("san-jose-ca/plan.yaml").path
        let r = try runPFPlan(["pledge", plan, "--lang", "fr"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("# Pledging initiative – Submission form: Welcoming San José Plan 2.0"))
        #expect(r.stdout.contains("- **Courriel:** non public\n"))
        for secret in ["d.whitaker@example.org", "Daniel Whitaker", "r.delgado-imai@example.org", "Rosa Delgado-Imai"] {
            #expect(!r.stdout.contains(secret), "\(secret)")
        }
        // Said once, on stderr, so the filer prints the copy to submit.
        #expect(
            r.stderr
                == "pfplan: note: the contact fields say 'non public' in this public copy; print the copy to submit with --audience internal\n"
        )
        let submission = try runPFPlan(["pledge", plan, "--lang", "fr", "--audience", "internal"])
        #expect(submission.stdout.contains("- **Nom et prénom(s):** Daniel Whitaker\n"))
        #expect(submission.stderr.isEmpty)
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
        #expect(
            r.stderr.contains(
                "plan-with-error.yaml:14:19: error: '24' is not a GCM objective (a number from 1 to 23) [schema/value]")
        )
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
