import Foundation
import PFPlanCLI
import PFPlanModel
import Testing

/// The built binary, as users and CI run it: exit codes, and the shipped
/// Templates found from a folder outside the checkout.
@Suite(.serialized) struct CommandLineTests {
    /// Athens is the complete example: nothing to find.
    @Test func athensLintsCleanAtItsStart() throws {
        let r = try runPFPlan([
            "lint", TestPaths.examples.appendingPathComponent("athens-oh").path, "--as-of", "2025-01-01", "--strict",
        ])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.hasSuffix("0 errors, 0 warnings in 1 plan\n"), "\(r.stdout)")
    }

    @Test func runsFromAFolderOutsideTheCheckout() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = try Data(contentsOf: TestPaths.examples.appendingPathComponent("athens-oh/plan.yaml"))
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("athens"), withIntermediateDirectories: true)
        try plan.write(to: dir.appendingPathComponent("athens/plan.yaml"))
        let r = try runPFPlan(["lint", ".", "--as-of", "2025-01-01", "--format", "json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "[]\n")
    }

    @Test func errorsExitOneAndWarningsOnlyWithStrict() throws {
        let plans = TestPaths.fixtures.appendingPathComponent("plans")
        #expect(try runPFPlan(["lint", "typos.yaml", "--as-of", "2025-03-01"], in: plans).status == 1)
        #expect(try runPFPlan(["lint", "include-ok/plan.yaml", "--as-of", "2025-03-01"], in: plans).status == 0)
        #expect(
            try runPFPlan(["lint", "include-ok/plan.yaml", "--as-of", "2025-03-01", "--strict"], in: plans).status == 1)
    }

    @Test func theCommandThatCannotRunExitsTwoWithTheReason() throws {
        let missing = try runPFPlan(["lint", "/nonexistent/plan.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/plan.yaml: no such file or folder"))
        #expect(try runPFPlan(["lint", "--format", "yaml", TestPaths.examples.path]).status == 2)
        #expect(try runPFPlan(["lint", "--as-of", "2025-13-01", TestPaths.examples.path]).status == 2)
        #expect(try runPFPlan(["lint"]).status == 2)
        #expect(try runPFPlan(["lint", "--no-such-option", TestPaths.examples.path]).status == 2)
        #expect(try runPFPlan(["rules", "refs/unknwn"]).stderr.contains("did you mean 'refs/unknown'?"))
    }

    @Test func githubFormatIsChosenUnderGitHubActions() throws {
        var env = ProcessInfo.processInfo.environment
        env["GITHUB_ACTIONS"] = "true"
        let plans = TestPaths.fixtures.appendingPathComponent("plans")
        env.removeValue(forKey: "PFPLAN_TEMPLATES")
        let text = try runProcess(
            TestPaths.binary, ["lint", "typos.yaml", "--as-of", "2025-03-01"], in: plans, environment: env
        ).stdout
        // Every finding is a workflow command (then the summary); the misspelt key among them.
        #expect(text.split(separator: "\n").dropLast().allSatisfy { $0.hasPrefix("::") }, "\(text)")
        #expect(text.contains("::error file=typos.yaml,line=6,col=3"), "\(text)")
    }

    @Test func rulesExplainsARuleWithBothExamples() throws {
        let r = try runPFPlan(["rules", "refs/unknown"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("refs/unknown (error)\n"))
        #expect(r.stdout.contains("Fails:") && r.stdout.contains("provider: clinc") && r.stdout.contains("Passes:"))
        let list = try runPFPlan(["rules"])
        #expect(list.stdout.split(separator: "\n").count == RuleCatalog.descriptions.count)
    }

    @Test func completionScriptsComeFromTheParser() throws {
        let r = try runPFPlan(["--generate-completion-script", "bash"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("lint") && r.stdout.contains("rules"))
    }

    @Test func theRuleReferenceMatchesTheCatalogue() throws {
        let page = try String(contentsOf: TestPaths.checkout.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(
            page.contains(RuleDocs.markdownTable(RuleCatalog.descriptions)),
            "regenerate the table of docs/rules.md with: swift run pfplan rules --format markdown")
    }
}
