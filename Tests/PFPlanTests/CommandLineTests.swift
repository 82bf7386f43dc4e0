import Foundation
import PFPlanCLI
import PFPlanModel
import Testing

/// The built binary, as users and CI run it: exit codes, and the shipped
/// Templates found from a folder outside the checkout.
@Suite(.serialized) struct CommandLineTests {
    /// Athens is the complete example of the original rules: it has none
    /// of their findings. What it still lacks is practice.md's (objectives,
    /// a pathway, safeguards, consultation, actuals, owners of indicators,
    /// the five new audiences), pinned in examplesShowExactlyTheirIntendedGaps
    /// until the examples are rewritten; so --strict fails on its warnings.
    @Test func athensHasOnlyPracticeFindingsAtItsStart() throws {
        let r = try runPFPlan(["lint", TestPaths.examples.appendingPathComponent("athens-oh").path, "--as-of", "2025-01-01",
                               "--strict", "--format", "json"])
        #expect(r.status == 1, "\(r.stderr)")
        let findings = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let practice: Set<String> = [
            "actions/done-without-actual", "actions/unfunded", "assessment/gap-unaddressed", "assessment/no-consultation",
            "assessment/threat-unaddressed", "coverage/stage-no-pathway", "framework/not-adopted", "indicators/no-owner",
            "objectives/missing", "roles/community-share", "safeguards/missing", "coverage/audience-unserved",
        ]
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { practice.contains($0["rule"] as? String ?? "") && $0["severity"] as? String != "error" })
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
        // Beside each city's intended gaps: what practice.md's rules find
        // in examples written before them (objectives, pathways, safeguards,
        // consultation, funding, owners of indicators, the five new
        // audiences), until the examples are rewritten.
        #expect(found == [
            "albuquerque-nm actions/unfunded info": 25,
            "albuquerque-nm assessment/gap-unaddressed warning": 5,
            "albuquerque-nm assessment/no-consultation warning": 1,
            "albuquerque-nm assessment/threat-unaddressed warning": 5,
            "albuquerque-nm coverage/audience-unserved info": 5,
            "albuquerque-nm coverage/stage-no-pathway warning": 1,
            "albuquerque-nm framework/not-adopted info": 1,
            "albuquerque-nm indicators/no-owner info": 32,
            "albuquerque-nm objectives/missing warning": 1,
            "albuquerque-nm roles/vacant warning": 1,
            "albuquerque-nm safeguards/missing warning": 1,
            "athens-oh actions/done-without-actual warning": 13,
            "athens-oh actions/unfunded info": 14,
            "athens-oh assessment/gap-unaddressed warning": 4,
            "athens-oh assessment/no-consultation warning": 1,
            "athens-oh assessment/threat-unaddressed warning": 3,
            "athens-oh coverage/audience-unserved info": 5,
            "athens-oh coverage/stage-no-pathway warning": 1,
            "athens-oh framework/not-adopted info": 1,
            "athens-oh indicators/no-owner info": 19,
            "athens-oh objectives/missing warning": 1,
            "athens-oh roles/community-share warning": 1,
            "athens-oh safeguards/missing warning": 1,
            "boston-ma assessment/no-consultation warning": 1,
            "boston-ma coverage/audience-unserved info": 5,
            "boston-ma framework/not-adopted info": 1,
            "boston-ma indicators/no-owner info": 12,
            "boston-ma objectives/missing warning": 1,
            "chattanooga-tn actions/unfunded info": 13,
            "chattanooga-tn assessment/gap-unaddressed warning": 3,
            "chattanooga-tn assessment/no-consultation warning": 1,
            "chattanooga-tn assessment/threat-unaddressed warning": 4,
            "chattanooga-tn coverage/audience-unserved info": 5,
            "chattanooga-tn coverage/stage-missing-sector warning": 1,
            "chattanooga-tn coverage/stage-no-pathway warning": 1,
            "chattanooga-tn framework/not-adopted info": 1,
            "chattanooga-tn indicators/no-owner info": 16,
            "chattanooga-tn objectives/missing warning": 1,
            "chattanooga-tn safeguards/missing warning": 1,
            "overland-park-ks actions/unfunded info": 4,
            "overland-park-ks assessment/gap-unaddressed warning": 3,
            "overland-park-ks assessment/group-unserved warning": 1,
            "overland-park-ks assessment/no-consultation warning": 1,
            "overland-park-ks assessment/threat-unaddressed warning": 3,
            "overland-park-ks coverage/audience-unserved info": 8,
            "overland-park-ks coverage/stage-missing-sector warning": 1,
            "overland-park-ks coverage/stage-no-actions warning": 2,
            "overland-park-ks coverage/stage-no-pathway warning": 1,
            "overland-park-ks coverage/stage-no-resources warning": 1,
            "overland-park-ks framework/not-adopted info": 1,
            "overland-park-ks indicators/no-owner info": 4,
            "overland-park-ks objectives/missing warning": 1,
            "overland-park-ks roles/community-share warning": 1,
            "overland-park-ks roles/required-missing warning": 1,
            "overland-park-ks safeguards/missing warning": 1,
            "san-jose-ca actions/unfunded info": 2,
            "san-jose-ca assessment/no-consultation warning": 1,
            "san-jose-ca coverage/audience-unserved info": 5,
            "san-jose-ca framework/not-adopted info": 1,
            "san-jose-ca indicators/no-owner info": 16,
            "san-jose-ca objectives/missing warning": 1,
            "san-jose-ca pledge/objectives-count warning": 1,
            "stamford-ct actions/unfunded info": 12,
            "stamford-ct assessment/gap-unaddressed warning": 3,
            "stamford-ct assessment/no-consultation warning": 1,
            "stamford-ct assessment/threat-unaddressed warning": 4,
            "stamford-ct coverage/audience-unserved info": 5,
            "stamford-ct coverage/stage-no-pathway warning": 1,
            "stamford-ct framework/not-adopted info": 1,
            "stamford-ct indicators/no-owner info": 12,
            "stamford-ct objectives/missing warning": 1,
            "stamford-ct roles/community-share warning": 1,
            "stamford-ct roles/sector-share warning": 1,
            "stamford-ct safeguards/missing warning": 1,
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
        // The same findings as in the checkout: the shipped model was found.
        let inPlace = try runPFPlan(["lint", TestPaths.examples.appendingPathComponent("athens-oh").path, "--as-of", "2025-01-01",
                                     "--format", "json"])
        func summary(_ json: String) throws -> [String] {
            let findings = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]], "\(json)")
            return findings.map { "\($0["line"] ?? "") \($0["column"] ?? "") \($0["rule"] ?? "") \($0["message"] ?? "")" }
        }
        #expect(try summary(r.stdout) == summary(inPlace.stdout))
        #expect(try !summary(r.stdout).isEmpty)
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

    @Test func readmeRuleTableMatchesTheCatalogue() throws {
        let readme = try String(contentsOf: TestPaths.checkout.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(RuleDocs.markdownTable(RuleCatalog.descriptions)),
                "regenerate the README's rule table with: swift run pfplan rules --format markdown")
    }
}
