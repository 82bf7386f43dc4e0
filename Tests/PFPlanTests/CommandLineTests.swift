import Foundation
import PFPlanCLI
import PFPlanModel
import Testing

/// The built binary, as users and CI run it: exit codes, and the shipped
/// Templates found from a folder outside the checkout.
@Suite(.serialized) struct CommandLineTests {
    /// Athens is the complete example: nothing to find but advice on the
    /// five audiences practice.md added to the default model (native
    /// communities, women and girls, veterans, people with disabilities,
    /// public officials), which no example serves until they are rewritten.
    @Test func athensLintsCleanAtItsStart() throws {
        let r = try runPFPlan(["lint", TestPaths.examples.appendingPathComponent("athens-oh").path, "--as-of", "2025-01-01", "--strict"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.hasSuffix("0 errors, 0 warnings, 5 infos in 1 plan\n"))
    }

    /// The other cities differ in what is still missing, on purpose (the
    /// comparison page shows real gaps): exactly these findings, no errors.
    @Test func examplesShowExactlyTheirIntendedGaps() throws {
        let r = try runPFPlan(["lint", TestPaths.examples.path, "--as-of", "2025-01-01", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let findings = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        var found: [String: Int] = [:]
        for f in findings {
            let city = ((f["file"] as? String ?? "") as NSString).deletingLastPathComponent.split(separator: "/").last.map(String.init) ?? ""
            found["\(city) \(f["rule"] as? String ?? "") \(f["severity"] as? String ?? "")", default: 0] += 1
        }
        // Every city: the five audiences practice.md added are served by
        // no action yet (advice, not a fault).
        #expect(found == [
            "albuquerque-nm coverage/audience-unserved info": 5,
            "albuquerque-nm roles/vacant warning": 1,
            "athens-oh coverage/audience-unserved info": 5,
            "boston-ma coverage/audience-unserved info": 5,
            "chattanooga-tn coverage/audience-unserved info": 5,
            "chattanooga-tn coverage/stage-missing-sector warning": 1,
            "overland-park-ks coverage/audience-unserved info": 8,
            "overland-park-ks coverage/stage-missing-sector warning": 1,
            "overland-park-ks coverage/stage-no-actions warning": 2,
            "overland-park-ks coverage/stage-no-resources warning": 1,
            "overland-park-ks roles/required-missing warning": 1,
            "san-jose-ca coverage/audience-unserved info": 5,
            "san-jose-ca pledge/objectives-count warning": 1,
            "stamford-ct coverage/audience-unserved info": 5,
            "stamford-ct roles/sector-share warning": 1,
        ])
    }

    @Test func runsFromAFolderOutsideTheCheckout() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = try Data(contentsOf: TestPaths.examples.appendingPathComponent("athens-oh/plan.yaml"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("athens"), withIntermediateDirectories: true)
        try plan.write(to: dir.appendingPathComponent("athens/plan.yaml"))
        let r = try runPFPlan(["lint", ".", "--as-of", "2025-01-01", "--format", "json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        // Only the advice on the five audiences practice.md added (see athensLintsCleanAtItsStart).
        let findings = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]], "\(r.stdout)")
        #expect(findings.map { "\($0["rule"] ?? "") \($0["severity"] ?? "")" } == Array(repeating: "coverage/audience-unserved info", count: 5))
    }

    @Test func errorsExitOneAndWarningsOnlyWithStrict() throws {
        let plans = TestPaths.fixtures.appendingPathComponent("plans")
        #expect(try runPFPlan(["lint", "typos.yaml", "--as-of", "2025-03-01"], in: plans).status == 1)
        #expect(try runPFPlan(["lint", "include-ok/plan.yaml", "--as-of", "2025-03-01"], in: plans).status == 0)
        #expect(try runPFPlan(["lint", "include-ok/plan.yaml", "--as-of", "2025-03-01", "--strict"], in: plans).status == 1)
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
        let process = Process()
        process.executableURL = TestPaths.binary
        process.arguments = ["lint", "typos.yaml", "--as-of", "2025-03-01"]
        process.currentDirectoryURL = plans
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.hasPrefix("::warning file=typos.yaml,line=6,col=3") || text.hasPrefix("::error file=typos.yaml,line=6,col=3"))
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

    @Test func readmeRuleTableMatchesTheCatalogue() throws {
        let readme = try String(contentsOf: TestPaths.checkout.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(RuleDocs.markdownTable(RuleCatalog.descriptions)),
                "regenerate the README's rule table with: swift run pfplan rules --format markdown")
    }
}
