import Foundation
import PFPlanLoader
import PFPlanModel
import PFPlanPublishing
import PFPlanTemplates
import Testing

/// pfplan's shipped files live inside the binary (`EmbeddedTemplates`,
/// generated from Templates/), and folders override them by name.
@Suite struct TemplateFilesTests {
    /// Every regular, non-hidden file under Templates/, by its path there.
    static func filesOnDisk() throws -> [String: [UInt8]] {
        let root = URL(fileURLWithPath: TestPaths.templates)
        let walker = try #require(
            FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]))
        let prefix = root.standardizedFileURL.path + "/"
        var files: [String: [UInt8]] = [:]
        for case let url as URL in walker
        where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            let path = url.standardizedFileURL.path
            files[String(path.dropFirst(prefix.count))] = [UInt8](try Data(contentsOf: url))
        }
        return files
    }

    @Test func theEmbeddedFilesAreTheFilesOnDiskByteForByte() throws {
        let disk = try Self.filesOnDisk()
        let embedded = EmbeddedTemplates.files.mapValues { Array($0.utf8) }
        let regenerate = "regenerate with: swift run pfplan-embed-templates"
        #expect(disk.count > 25, "Templates/ looks empty")
        #expect(Set(embedded.keys) == Set(disk.keys), "\(regenerate)")
        for (name, bytes) in disk.sorted(by: { $0.key < $1.key }) {
            #expect(embedded[name] == bytes, "\(name) differs from its embedded copy; \(regenerate)")
        }
        // And what the tests read (the folder) is what the binary reads.
        for name in [
            "frameworks/default.yaml", "locales/ar.yaml", "render/html/style.mustache", "schema/plan.schema.json",
        ] {
            let folder = try TemplateFiles(shipped: TestPaths.templates).read(name).get()
            let inside = try TemplateFiles().read(name).get()
            #expect(folder.bytes == inside.bytes && inside.isEmbedded && !folder.isEmbedded)
            #expect(inside.path == "<pfplan>/" + name)
        }
    }

    @Test func anOverrideFolderWinsByNameAndAddsFiles() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("locales"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("frameworks"), withIntermediateDirectories: true)
        try Data("common:\n  language: Português\n".utf8).write(to: dir.appendingPathComponent("locales/pt.yaml"))
        try Data("gaps:\n  title: \"Our gaps: {city}\"\n".utf8).write(to: dir.appendingPathComponent("locales/en.yaml"))
        let welcoming = try TemplateFiles().read("frameworks/welcoming.yaml").get()
        let renamed = welcoming.text.replacingOccurrences(of: "model: welcoming", with: "model: x")
        try Data(renamed.utf8).write(to: dir.appendingPathComponent("frameworks/x.yaml"))

        let files = TemplateFiles(override: dir.path)
        let english = try files.read("locales/en.yaml").get()
        #expect(english.path == dir.path + "/locales/en.yaml" && !english.isEmbedded)
        #expect(english.text.hasPrefix("gaps:"))
        let french = try files.read("locales/fr.yaml").get()
        #expect(french.isEmbedded && french.path == "<pfplan>/locales/fr.yaml")
        #expect(files.yamlStems(in: "locales") == ["ar", "en", "es", "fr", "pt"])
        #expect(files.builtInModels() == ["default", "welcoming", "x"])
        #expect(TemplateFiles().builtInModels() == ["default", "welcoming"])
        #expect(files.read("locales/xx.yaml") == .failure(.notFound("locales/xx.yaml")))
        #expect(
            files.contains("frameworks/x.yaml") && files.contains("frameworks/default.yaml") && !files.contains("nope"))

        // A second folder is read after the first (--templates, then PFPLAN_TEMPLATES).
        let other = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: other) }
        try FileManager.default.createDirectory(
            at: other.appendingPathComponent("locales"), withIntermediateDirectories: true)
        try Data("common:\n  language: Other\n".utf8).write(to: other.appendingPathComponent("locales/pt.yaml"))
        try Data("common:\n  language: Deutsch\n".utf8).write(to: other.appendingPathComponent("locales/de.yaml"))
        let layered = TemplateFiles(overrides: [dir.path, other.path])
        #expect(try layered.read("locales/pt.yaml").get().path == dir.path + "/locales/pt.yaml")
        #expect(try layered.read("locales/de.yaml").get().path == other.path + "/locales/de.yaml")

        // The locale and the model are used by name.
        let pt = try Localization.load("pt", templates: files).get()
        // English, the fallback, is the override's too.
        #expect(pt.string("common.language") == "Português" && pt.string("gaps.title") == "Our gaps: {city}")
        #expect(pt.string("gaps.plan-file") == "gaps.plan-file")
        let plan = try lint(
            text: """
                pfplan: 1
                city: {name: Testville}
                framework: {model: x}
                """)
        defer { try? FileManager.default.removeItem(at: plan.1) }
        let withX = try Linter.lint(
            plan.0.file, options: LintOptions(asOf: CalendarDate("2025-03-01")!, templates: files)
        ).get()
        #expect(withX.model?.id == "x")
        #expect(plan.0.diagnostics.contains { $0.message.hasPrefix("'x' is not a built-in model") })
    }

    @Test func anUnreadableOverrideIsAnErrorNotASilentFallback() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A folder where a file should be cannot be read as one.
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("locales/en.yaml"), withIntermediateDirectories: true)
        let result = TemplateFiles(override: dir.path).read("locales/en.yaml")
        guard case .failure(.unreadable(let error)) = result else {
            Issue.record("expected unreadable, got \(result)")
            return
        }
        #expect(error.reason == .isDirectory)
    }

    /// A finding about one of pfplan's own models names it as pfplan's,
    /// with a line and column inside it.
    @Test func findingsInAnEmbeddedModelNameThePFPlanFile() throws {
        let file = TemplateFile(
            name: "frameworks/broken.yaml", path: "<pfplan>/frameworks/broken.yaml",
            bytes: Array("model: broken\ntitle: Broken\nstages: 3\n".utf8), isEmbedded: true)
        let result = FrameworkModelLoader.load(.template(file))
        #expect(result.model == nil)
        #expect(
            !result.diagnostics.isEmpty
                && result.diagnostics.allSatisfy { $0.range.file == "<pfplan>/frameworks/broken.yaml" })
        #expect(
            result.diagnostics.contains { $0.range.start.line == 3 && $0.rule.rawValue == "schema/type" },
            "\(result.diagnostics.map { "\($0.range.start.line) \($0.rule.rawValue) \($0.message)" })")
        #expect(result.source?.file == "<pfplan>/frameworks/broken.yaml")
    }

    /// A model named by a path relative to the plan is still a file there.
    @Test func aModelFileBesideThePlanIsReadFromDisk() throws {
        let model = try TemplateFiles().read("frameworks/default.yaml").get().text
            .replacingOccurrences(of: "model: default", with: "model: ours")
        let (result, dir) = try lint(
            text: """
                pfplan: 1
                city: {name: Testville}
                framework: {model: models/ours.yaml}
                """, files: [:])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(
            result.diagnostics.contains {
                $0.message.hasPrefix("'models/ours.yaml' is not a built-in model or a model file")
            })
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("models"), withIntermediateDirectories: true)
        try Data(model.utf8).write(to: dir.appendingPathComponent("models/ours.yaml"))
        let again = try Linter.lint(result.file, options: lintOptions(root: dir.path)).get()
        #expect(again.model?.id == "ours")
    }
}

/// The built binary, copied to a folder of its own, run from an empty
/// folder with no Templates/ anywhere it could look and no
/// PFPLAN_TEMPLATES: everything it needs is inside it.
@Suite struct StandaloneBinaryTests {
    struct Sandbox {
        let root: URL
        var binary: URL { root.appendingPathComponent("bin/pfplan") }
        var empty: URL { root.appendingPathComponent("empty") }
        var plan: URL { root.appendingPathComponent("city/plan.yaml") }

        init() throws {
            root = try makeTemporaryFolder()
            let fm = FileManager.default
            for folder in ["bin", "empty", "city"] {
                try fm.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            try fm.copyItem(at: TestPaths.binary, to: root.appendingPathComponent("bin/pfplan"))
            try fm.copyItem(at: TestPaths.examples.appendingPathComponent("athens-oh/plan.yaml"), to: plan)
        }

        func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> ProcessResult {
            var env = ProcessInfo.processInfo.environment
            for key in ["PFPLAN_TEMPLATES", "GITHUB_ACTIONS", "NO_COLOR"] { env.removeValue(forKey: key) }
            env.merge(extra) { $1 }
            return try runProcess(binary, arguments, in: empty, environment: env)
        }
    }

    @Test func lintRenderAndInitWorkWithNothingBesideTheBinary() throws {
        let box = try Sandbox()
        defer { try? FileManager.default.removeItem(at: box.root) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: box.empty.path).isEmpty)

        let lint = try box.run(["lint", box.plan.path, "--as-of", "2025-01-01", "--strict"])
        #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
        #expect(lint.stdout.contains("0 errors, 0 warnings in 1 plan"), "\(lint.stdout)")

        let render = try box.run(["render", box.plan.path, "--as-of", "2025-01-01", "--out", "site"])
        #expect(render.status == 0, "\(render.stderr)")
        let page = try String(
            contentsOf: box.empty.appendingPathComponent("site/athens-ohio/index.html"), encoding: .utf8)
        #expect(page.contains("<html") && page.contains("Athens"))
        let markdown = try String(
            contentsOf: box.empty.appendingPathComponent("site/athens-ohio/plan.md"), encoding: .utf8)
        #expect(markdown.contains("Athens"))
        #expect(FileManager.default.fileExists(atPath: box.empty.appendingPathComponent("site/index.html").path))

        let arabic = try box.run(["render", box.plan.path, "--as-of", "2025-01-01", "--out", "site-ar", "--lang", "ar"])
        #expect(arabic.status == 0, "\(arabic.stderr)")
        let rtl = try String(
            contentsOf: box.empty.appendingPathComponent("site-ar/athens-ohio/index.html"), encoding: .utf8)
        #expect(rtl.contains("dir=\"rtl\""))

        let initRun = try box.run(["init", "--city", "Sampleton", "--country", "US", "--out", "new/plan.yaml"])
        #expect(initRun.status == 0, "\(initRun.stderr)")
        #expect(initRun.stderr.contains("0 errors"), "\(initRun.stderr)")
        // The schema came from inside the binary: no file to point at.
        let starter = try String(contentsOf: box.empty.appendingPathComponent("new/plan.yaml"), encoding: .utf8)
        #expect(starter.hasPrefix("# yaml-language-server: $schema=plan.schema.json\n"))
        let started = try box.run(["lint", "new/plan.yaml"])
        #expect(started.status == 0 && started.stdout.contains("0 errors"), "\(started.stdout)")

        let gaps = try box.run(["gaps", box.plan.path, "--as-of", "2025-01-01"])
        #expect(gaps.status == 0 && gaps.stdout.hasPrefix("Coverage and gaps: Athens"), "\(gaps.stdout)\(gaps.stderr)")
        let directory = try box.run(["directory", box.plan.path, "--format", "csv"])
        #expect(directory.status == 0 && !directory.stdout.isEmpty, "\(directory.stderr)")
        let schema = try box.run(["schema"])
        #expect(schema.status == 0 && schema.stdout == EmbeddedTemplates.files["schema/plan.schema.json"])
    }

    @Test func theEnvironmentAndTheOptionOverrideByName() throws {
        let box = try Sandbox()
        defer { try? FileManager.default.removeItem(at: box.root) }
        let fm = FileManager.default
        let env = box.root.appendingPathComponent("env-templates/locales")
        let option = box.root.appendingPathComponent("option-templates/locales")
        try fm.createDirectory(at: env, withIntermediateDirectories: true)
        try fm.createDirectory(at: option, withIntermediateDirectories: true)
        try Data("gaps:\n  title: \"Lacunas: {city}\"\n".utf8).write(to: env.appendingPathComponent("pt.yaml"))
        try Data("gaps:\n  title: \"Gaps, our words: {city}\"\n".utf8).write(
            to: option.appendingPathComponent("en.yaml"))
        let environment = ["PFPLAN_TEMPLATES": box.root.appendingPathComponent("env-templates").path]

        let pt = try box.run(["gaps", box.plan.path, "--lang", "pt"], environment: environment)
        #expect(pt.status == 0 && pt.stdout.hasPrefix("Lacunas: Athens\nPlan: "), "\(pt.stdout)\(pt.stderr)")
        let missing = try box.run(["gaps", box.plan.path, "--lang", "pt"])
        #expect(missing.status == 2 && missing.stderr.contains("pt"), "\(missing.stderr)")

        let both = try box.run(
            [
                "gaps", box.plan.path, "--lang", "en", "--templates",
                box.root.appendingPathComponent("option-templates").path,
            ],
            environment: environment)
        #expect(both.status == 0 && both.stdout.hasPrefix("Gaps, our words: Athens\n"), "\(both.stdout)\(both.stderr)")

        let notAFolder = try box.run(["lint", box.plan.path], environment: ["PFPLAN_TEMPLATES": "/nonexistent/pfplan"])
        #expect(
            notAFolder.status == 2
                && notAFolder.stderr.contains("PFPLAN_TEMPLATES '/nonexistent/pfplan' is not a folder"),
            "\(notAFolder.stderr)")
    }

    /// With the schema in an override folder, `init` points the plan's
    /// `$schema` line at that file, relative to the plan.
    @Test func initPointsAtAnOverriddenSchemaFile() throws {
        let box = try Sandbox()
        defer { try? FileManager.default.removeItem(at: box.root) }
        let schemaFolder = box.root.appendingPathComponent("tpl/schema")
        try FileManager.default.createDirectory(at: schemaFolder, withIntermediateDirectories: true)
        try Data(EmbeddedTemplates.files["schema/plan.schema.json"]!.utf8).write(
            to: schemaFolder.appendingPathComponent("plan.schema.json"))
        let r = try box.run(["init", "--city", "Sampleton", "--country", "US", "--out", "-", "--templates", "../tpl"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout.hasPrefix("# yaml-language-server: $schema=../tpl/schema/plan.schema.json\n"),
            "\(r.stdout.prefix(200))")
    }
}

/// docs/ci.md shows the example workflows that scripts/check-action.py
/// lints, byte for byte.
@Suite struct CIDocsTests {
    @Test func theCIPageShowsTheCheckedWorkflows() throws {
        let docs = TestPaths.checkout.appendingPathComponent("docs")
        let page = try String(contentsOf: docs.appendingPathComponent("ci.md"), encoding: .utf8)
        for name in ["plans-action.yml", "plans-plain.yml"] {
            let workflow = try String(contentsOf: docs.appendingPathComponent("examples/" + name), encoding: .utf8)
            #expect(page.contains("```yaml\n" + workflow + "```\n"), "docs/ci.md no longer shows docs/examples/\(name)")
        }
    }
}
