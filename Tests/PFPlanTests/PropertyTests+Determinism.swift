import Foundation
import PFPlanCLI
import PFPlanLoader
import PFPlanModel
import Testing

@testable import PFPlanPublishing
@testable import PFPlanReports

extension PropertyTests {
    /// The same plan, read twice, gives the same findings, and the same
    /// bytes from render (one audience per seed, in turn), directory (every
    /// format and audience), gaps and status (every format); and the
    /// generator gives the same plan for the same seed.
    @Test(arguments: renderSeeds)
    func theSamePlanGivesTheSameBytes(seed: UInt64) throws {
        try Self.withSubject(seed) { s in
            try Self.checkSameBytes(s, audiences: Visibility.allCases)
            // Rendering is the costly part: one audience per seed, in turn.
            let audience = Visibility.allCases[Int(seed % 3)]
            let first = try RenderTests.site([s.file], audience: audience)
            let other = try RenderTests.site([s.file], audience: audience)
            #expect(first.files.map(\.path) == other.files.map(\.path))
            for (a, b) in zip(first.files, other.files) {
                #expect(a == b, "seed \(seed) \(audience): render \(a.path) differs")
            }
        }
    }

    /// Everything but render: the generator, lint, directory (every format,
    /// for `audiences`), gaps and status (every format), twice.
    static func checkSameBytes(_ s: Subject, audiences: [Visibility], size: PlanGenerator.Size = .bySeed) throws {
        let seed = s.plan.seed
        let again = PlanGenerator.generate(seed: seed, size: size)
        #expect(again.files == s.plan.files, "seed \(seed): the generator is not deterministic")

        let second = try Linter.lint(s.file, options: lintOptions(asOf: asOfText, root: s.folder.path)).get()
        #expect(second.diagnostics == s.result.diagnostics, "seed \(seed): lint")
        let secondPlan = try #require(second.plan)
        let secondModel = try #require(second.model)
        for audience in audiences {
            for format in DirectoryFormat.allCases {
                let a = Directory.render(
                    [DirectoryCity(plan: s.decoded, model: s.model)], format: format, what: .all, audience: audience)
                let b = Directory.render(
                    [DirectoryCity(plan: secondPlan, model: secondModel)], format: format, what: .all,
                    audience: audience)
                #expect(Data(a.utf8) == Data(b.utf8), "seed \(seed) \(audience): directory \(format.rawValue) differs")
            }
        }
        let localization = try GapsFixture.localization()
        for format in GapsFormat.allCases {
            #expect(
                GapsReport.render([CityGaps(result: s.result)], format: format, localization: localization)
                    == GapsReport.render([CityGaps(result: second)], format: format, localization: localization),
                "seed \(seed): gaps \(format)")
        }
        for format in StatusFormat.allCases {
            let a = StatusRenderer.render(
                [ProgressReport(plan: s.decoded, model: s.model, asOf: asOf)], asOf: asOf, format: format)
            let b = StatusRenderer.render(
                [ProgressReport(plan: secondPlan, model: secondModel, asOf: asOf)], asOf: asOf, format: format)
            #expect(a == b, "seed \(seed): status \(format)")
        }
    }

    /// Many cities in one site, rendered on several cores at once: the
    /// same bytes twice, and the index lists every city in the order given.
    @Test func aSiteOfManyGeneratedCitiesIsTheSameTwice() throws {
        let subjects = try Self.renderSeeds.prefix(6).map { try Self.subject($0) }
        defer { subjects.forEach { try? FileManager.default.removeItem(at: $0.folder) } }
        let files = subjects.map(\.file)
        let first = try RenderTests.site(files, audience: .internal)
        let second = try RenderTests.site(files, audience: .internal)
        #expect(first.files == second.files)
        #expect(first.cities.map(\.file) == files)
        #expect(Set(first.cities.map(\.slug)).count == files.count, "two cities share a folder")
        let index = RenderTests.text(first, "index.html")
        // The cities table first, then the stages matrix, each in the order given.
        let cities = Self.captures(#"<th scope="row"><a href="([a-z0-9-]+)/index.html">"#, in: index)
        #expect(Array(cities.prefix(first.cities.count)) == first.cities.map(\.slug))
    }

    /// The built `pfplan` says what the library says: lint finds no error
    /// (exit 0) and reports the same findings, and directory, gaps, status
    /// and render write the bytes the library gives, so the properties
    /// above hold for the commands too. A few seeds: each runs five
    /// processes.
    @Test(arguments: renderSeeds.prefix(3))
    func theCommandsWriteWhatTheLibraryGives(seed: UInt64) throws {
        let s = try Self.subject(seed)
        defer { try? FileManager.default.removeItem(at: s.folder) }
        let asOf = ["--as-of", Self.asOfText]

        let lint = try runPFPlan(["lint", s.file, "--format", "json"] + asOf)
        #expect(lint.status == 0, "seed \(seed): \(lint.stderr)")
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(lint.stdout.utf8)) as? [[String: Any]])
        #expect(findings.compactMap { $0["rule"] as? String } == s.result.openDiagnostics.map(\.rule.rawValue))

        let directory = try runPFPlan(["directory", s.file, "--format", "json", "--audience", "internal"])
        #expect(directory.status == 0, "seed \(seed): \(directory.stderr)")
        #expect(
            directory.stdout
                == Directory.render(
                    [DirectoryCity(plan: s.decoded, model: s.model)], format: .json, what: .all, audience: .internal))

        let gaps = try runPFPlan(["gaps", s.file, "--format", "json"] + asOf)
        #expect(gaps.status == 0, "seed \(seed): \(gaps.stderr)")
        #expect(
            gaps.stdout
                == GapsReport.render(
                    [CityGaps(result: s.result)], format: .json, localization: try GapsFixture.localization()))

        let status = try runPFPlan(["status", s.file, "--format", "json"] + asOf)
        #expect(status.status == 0, "seed \(seed): \(status.stderr)")
        #expect(
            status.stdout
                == StatusRenderer.render(
                    [ProgressReport(plan: s.decoded, model: s.model, asOf: Self.asOf)], asOf: Self.asOf, format: .json))

        let out = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let render = try runPFPlan(["render", s.file, "--out", out.path, "--audience", "restricted"] + asOf)
        #expect(render.status == 0, "seed \(seed): \(render.stderr)")
        let written = try RenderTests.filesBelow(out)
        let site = try RenderTests.site([s.file], audience: .restricted)
        #expect(PFPlanVersion.current == "0.1.0", "RenderTests.site renders as version 0.1.0")
        #expect(written.keys.sorted() == site.files.map(\.path).sorted())
        for file in site.files {
            #expect(
                written[file.path] == Data(file.bytes), "seed \(seed): render \(file.path) differs from the library's")
        }
    }
}
