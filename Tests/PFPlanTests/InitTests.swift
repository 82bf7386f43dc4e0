import Foundation
import PFPlanLoader
@testable import PFPlanCLI
import PFPlanModel
import PFPlanReports
import Testing

/// `pfplan init`: a starter that lints with no errors and whose warnings
/// are the to-do list, for every shipped model; files are never replaced
/// without --force.
@Suite(.serialized) struct InitTests {
    static func models() -> [FrameworkModel] {
        let locator = TemplateFiles(override: nil, shipped: TestPaths.templates)
        return locator.builtInModels().compactMap { id in
            (try? locator.read("frameworks/\(id).yaml").get()).flatMap {
                FrameworkModelLoader.load(.template($0)).model
            }
        }
    }

    static func repeated(_ finding: String, _ count: Int) -> [String] { Array(repeating: finding, count: count) }

    /// Every finding on an untouched starter, by line and rule, as the
    /// linter orders them. Beside the seats, contacts, resources and
    /// indicators to fill in: the objective without a target that no action
    /// serves, the consultation, the pathway under a draft agreement, the
    /// safeguards without a complaint route, and draft/placeholder's count.
    /// Nothing named TODO counts as done, so no stage is covered and no
    /// audience served.
    static let expectedFindings: [String: [String]] = [
        "default": repeated("14 coverage/audience-unserved", 19) + [
            "23 framework/not-adopted", "29 draft/placeholder", "40 objectives/no-actions", "40 objectives/no-outcome",
            "64 assessment/no-consultation", "74 roles/meets-rarely", "83 roles/community-share",
            "83 roles/not-multidisciplinary", "84 roles/vacant", "89 roles/vacant", "94 roles/vacant",
            "99 roles/vacant",
            "104 roles/vacant", "114 directory/no-contact", "121 directory/no-contact", "128 directory/no-contact",
            "135 directory/no-contact", "142 directory/no-contact", "149 directory/no-contact",
            "156 directory/no-contact",
            "163 directory/no-contact", "170 directory/no-contact", "177 directory/no-contact",
        ] + repeated("188 coverage/stage-no-resources", 2) + [
            "188 directory/resource-no-access", "195 directory/resource-no-access",
        ]
            + repeated("209 coverage/stage-missing-sector", 5) + repeated("209 coverage/stage-no-actions", 5) + [
                "209 coverage/stage-no-pathway", "209 actions/no-indicator", "224 actions/no-indicator",
                "236 actions/no-indicator", "251 actions/no-indicator", "266 actions/no-indicator",
                "281 actions/no-indicator", "311 pathways/no-agreement", "330 safeguards/no-complaints",
                "330 safeguards/no-oversight",
            ],
        "welcoming": repeated("14 coverage/audience-unserved", 18) + [
            "23 framework/not-adopted", "29 draft/placeholder", "40 objectives/no-actions", "40 objectives/no-outcome",
            "64 assessment/no-consultation", "74 roles/meets-rarely", "83 roles/not-multidisciplinary",
            "84 roles/vacant",
            "89 roles/vacant", "94 roles/vacant", "99 roles/vacant", "104 roles/vacant", "114 directory/no-contact",
            "121 directory/no-contact", "128 directory/no-contact", "135 directory/no-contact",
            "142 directory/no-contact",
            "149 directory/no-contact", "156 directory/no-contact", "163 directory/no-contact",
        ] + repeated("181 coverage/stage-missing-sector", 7) + repeated("181 coverage/stage-no-actions", 7) + [
            "181 actions/no-indicator", "195 actions/no-indicator", "210 actions/no-indicator",
            "224 actions/no-indicator",
            "239 actions/no-indicator", "253 actions/no-indicator", "267 actions/no-indicator",
        ],
    ]

    @Test func everyShippedModelGetsAStarterWithWarningsAndNoErrors() throws {
        let models = Self.models()
        #expect(models.map(\.id) == ["default", "welcoming"])
        for model in models {
            let dir = try makeTemporaryFolder()
            defer { try? FileManager.default.removeItem(at: dir) }
            let r = try runPFPlan(
                [
                    "init", "--city", "Sampleton", "--region", "Ohio", "--country", "US", "--model", model.id,
                    "--out", "sampleton/plan.yaml",
                ], in: dir)
            #expect(r.status == 0, "\(model.id): \(r.stderr)")
            #expect(r.stderr.contains("wrote sampleton/plan.yaml") && r.stderr.contains("0 errors"), "\(r.stderr)")
            let file = dir.appendingPathComponent("sampleton/plan.yaml").path
            let text = try String(contentsOfFile: file, encoding: .utf8)
            #expect(text.hasPrefix("# yaml-language-server: $schema="))
            #expect(text.contains("TODO"))

            // The schema is inside the binary: the $schema line names a
            // file beside the plan, and the note says how to write it.
            #expect(text.hasPrefix("# yaml-language-server: $schema=plan.schema.json\n"))
            #expect(r.stderr.contains("write it with: pfplan schema > sampleton/plan.schema.json"), "\(r.stderr)")

            let result = try Linter.lint(file, options: lintOptions(asOf: "2025-03-01", root: dir.path)).get()
            let open = result.openDiagnostics
            #expect(
                open.filter { $0.severity == .error }.isEmpty,
                "\(model.id): \(open.filter { $0.severity == .error }.map(\.message))")
            // The warnings are the to-do list, exactly: see `expectedFindings`.
            let found = open.map { "\($0.range.start.line) \($0.rule.rawValue)" }
            #expect(found == Self.expectedFindings[model.id], "\(model.id): \(found)")
            // draft/placeholder counts every TODO left, the new blocks' included.
            let placeholder = try #require(open.first { $0.rule.rawValue == "draft/placeholder" })
            #expect(
                placeholder.message.contains(model.id == "default" ? "in 33 places" : "in 25 places"),
                "\(placeholder.message)")
            let plan = try #require(result.plan)
            #expect(Set(plan.actions.compactMap { $0.stage?.value }) == Set(model.stages.map(\.id)))
            #expect(
                plan.city.name?.value == "Sampleton" && plan.city.country?.value == "US"
                    && plan.city.region?.value == "Ohio")
            #expect(plan.framework.model?.value == model.id)
        }
    }

    /// An untouched starter is a draft, not a finished plan: rendered, no
    /// stage is covered and no placeholder organisation counts, and the
    /// page lists the draft/placeholder finding.
    @Test func anUntouchedStarterRendersWithNothingCovered() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(
            try runPFPlan(
                ["init", "--city", "Sampleton", "--region", "Ohio", "--country", "US", "--out", "plan.yaml"], in: dir
            ).status == 0)
        let r = try runPFPlan(["render", "plan.yaml", "--out", "site", "--as-of", "2025-03-01"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let index = try String(contentsOf: dir.appendingPathComponent("site/index.html"), encoding: .utf8)
        let row = try #require(index.split(separator: "\n").first { $0.contains("sampleton-ohio/index.html") })
        // A draft; no stage covered; no placeholder objective; the seats all vacant.
        #expect(row.contains("<span class=\"mark-draft\">Draft</span>"), "\(row)")
        #expect(
            row.contains(
                "<td data-label=\"Stages covered\"><bdi>0 of 5</bdi></td><td data-label=\"Objectives\"><bdi>0 objectives</bdi></td>"
            ),
            "\(row)")
        let page = try String(contentsOf: dir.appendingPathComponent("site/sampleton-ohio/index.html"), encoding: .utf8)
        #expect(page.contains("<bdi>The plan still holds 33 placeholders (TODO) to fill in.</bdi>"))
        #expect(!page.contains("draft/placeholder"), "the public edition shows no rule id")
    }

    @Test func refusesToReplaceAFileWithoutForce() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("plan.yaml")
        try Data("pfplan: 1\n# my own work\n".utf8).write(to: file)
        let refused = try runPFPlan(["init", "--city", "Sampleton"], in: dir)
        #expect(refused.status == 2)
        #expect(
            refused.stderr.contains("plan.yaml: already exists") && refused.stderr.contains("--force"),
            "\(refused.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "pfplan: 1\n# my own work\n")

        let forced = try runPFPlan(["init", "--city", "Sampleton", "--force"], in: dir)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8).contains("name: \"Sampleton\""))
        // Nothing but the plan is left behind (no temporary files).
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["plan.yaml"])
    }

    @Test func aFolderGetsPlanYamlAndDashPrints() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try runPFPlan(["init", "--city", "Sampleton", "--out", "cities/sampleton/"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("cities/sampleton/plan.yaml").path))
        // A new name without an extension is a folder too; a name with one
        // is the file itself.
        let bare = try runPFPlan(["init", "--city", "Lawrence", "--out", "lawrence"], in: dir)
        #expect(bare.status == 0, "\(bare.stderr)")
        #expect(bare.stderr.contains("wrote lawrence/plan.yaml"), "\(bare.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("lawrence/plan.yaml").path))
        #expect(try runPFPlan(["init", "--city", "Lawrence", "--out", "lawrence.yaml"], in: dir).status == 0)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("lawrence.yaml/plan.yaml").path))
        #expect(
            InitCommand.namesAFolder("a/b") && InitCommand.namesAFolder("a/") && !InitCommand.namesAFolder("a/b.yml"))
        let printed = try runPFPlan(["init", "--city", "Sampleton", "--model", "welcoming", "--out", "-"], in: dir)
        #expect(printed.status == 0)
        #expect(
            printed.stdout.hasPrefix("# yaml-language-server: $schema=")
                && printed.stdout.contains("stage: safe-communities"))
    }

    @Test func withoutACityOrATerminalItExitsTwo() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // runPFPlan gives the child no terminal on standard input.
        let r = try runPFPlan(["init"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("--city is missing"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func badAnswersAreRefusedWithTheReason() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let uk = try runPFPlan(["init", "--city", "Sampleton", "--country", "UK"], in: dir)
        #expect(uk.status == 2 && uk.stderr.contains("'GB'"), "\(uk.stderr)")
        let model = try runPFPlan(["init", "--city", "Sampleton", "--model", "welcomng"], in: dir)
        #expect(model.status == 2 && model.stderr.contains("did you mean 'welcoming'?"), "\(model.stderr)")
        let newline = try runPFPlan(["init", "--city", "Sample\nton"], in: dir)
        #expect(newline.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    /// A name with quotes, a colon and a hash stays one YAML string.
    @Test func unusualCityNamesAreQuotedSafely() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let name = "O'Fallon \"North\": #1 \\ Ville-Saint-Émile"
        let r = try runPFPlan(["init", "--city", name, "--region", "Québec", "--country", "ca"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let result = try Linter.lint(dir.appendingPathComponent("plan.yaml").path, options: lintOptions(root: dir.path))
            .get()
        #expect(result.errorCount == 0, "\(result.diagnostics.map(\.message))")
        #expect(result.plan?.city.name?.value == name)
        #expect(result.plan?.city.country?.value == "CA")
    }

    /// The terminal questions, with scripted answers.
    @Test func asksForTheCityAndRetriesABadCountry() throws {
        var answers = ["", "Sampleton", "Ohio", "XX", "us"][...]
        var prompts = ""
        let city = try StarterQuestions.ask(
            region: nil, country: nil, read: { answers.popFirst() }, prompt: { prompts += $0 })
        #expect(city == StarterCity(name: "Sampleton", region: "Ohio", country: "US"))
        #expect(
            prompts.contains("City name: ") && prompts.contains("an answer is needed")
                && prompts.contains("'XX' is not"))

        var skipped = ["Sampleton", "", ""][...]
        let minimal = try StarterQuestions.ask(
            region: nil, country: nil, read: { skipped.popFirst() }, prompt: { _ in })
        #expect(minimal == StarterCity(name: "Sampleton"))

        var ended = [String]()[...]
        #expect(throws: (any Error).self) {
            try StarterQuestions.ask(region: nil, country: nil, read: { ended.popFirst() }, prompt: { _ in })
        }
    }

    @Test func relativePathsFromThePlanFolder() {
        #expect(
            StarterPaths.relative(from: "/a/b/c", to: "/a/Templates/schema/plan.schema.json")
                == "../../Templates/schema/plan.schema.json")
        #expect(StarterPaths.relative(from: "/a", to: "/a/model.yaml") == "model.yaml")
        #expect(StarterPaths.relative(from: "/x/y", to: "/a/m.yaml") == "../../a/m.yaml")
    }

    /// A model file given by path is named relative to the plan, so lint
    /// finds it from the plan's folder.
    @Test func aModelFileIsNamedRelativeToThePlan() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("models"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: TestPaths.templates + "/frameworks/welcoming.yaml",
            toPath: dir.appendingPathComponent("models/ours.yaml").path)
        let r = try runPFPlan(
            ["init", "--city", "Sampleton", "--model", "models/ours.yaml", "--out", "city/plan.yaml"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let result = try Linter.lint(
            dir.appendingPathComponent("city/plan.yaml").path, options: lintOptions(root: dir.path)
        ).get()
        #expect(result.plan?.framework.model?.value == "../models/ours.yaml")
        #expect(result.errorCount == 0, "\(result.diagnostics.map(\.message))")
        #expect(result.model?.id == "welcoming")
    }

    /// A technical partner rewords the starter without Swift: --templates
    /// overrides the template by name and keeps the shipped models.
    @Test func theStarterTemplateCanBeOverridden() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("ours/starter"), withIntermediateDirectories: true)
        try Data(
            """
            {{% CONTENT_TYPE: YAML}}
            # {{{comment.city}}} ({{{modelID}}})
            pfplan: 1
            city: {name: "{{city.name}}"}
            leadership:
              members:
            {{#seats}}
                - {id: {{id}}, sector: {{sector}}, roles: [{{role}}]}
            {{/seats}}

            """.utf8
        ).write(to: dir.appendingPathComponent("ours/starter/plan.yaml.mustache"))
        let r = try runPFPlan(["init", "--city", "Sampleton", "--templates", "ours", "--out", "-"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("# Sampleton (default)\npfplan: 1\n"), "\(r.stdout)")
        #expect(r.stdout.contains("- {id: chair-seat, sector: local-government, roles: [chair]}"))
    }

    /// The starters also pass the independent validator, when it is there.
    @Test func startersValidateAgainstTheSchema() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var files: [String] = []
        for model in Self.models() {
            let out = dir.appendingPathComponent("\(model.id)/plan.yaml").path
            #expect(try runPFPlan(["init", "--city", "Sampleton", "--model", model.id, "--out", out]).status == 0)
            files.append(out)
        }
        let r = try runProcess(
            URL(fileURLWithPath: "/bin/bash"),
            [TestPaths.checkout.appendingPathComponent("scripts/validate-schema.sh").path] + files)
        // No python3 or no network: the validator cannot run, which is not a pass.
        if r.status == skippedStatus { try Test.cancel("check-jsonschema cannot be had here: \(r.output)") }
        #expect(r.status == 0, "\(r.output)")
    }
}
