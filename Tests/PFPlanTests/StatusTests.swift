import Foundation
import PFPlanTestSupport
import PFPlanLoader
import PFPlanModel
import Testing

@testable import PFPlanReports

/// `pfplan status`: the figures of `ProgressReport` for a fixture plan as
/// of 2025-06-30, exactly, and the three formats byte for byte against
/// goldens in `Fixtures/status/` (rewrite them with
/// `PFPLAN_UPDATE_GOLDENS=1` and read the diff).
@Suite struct StatusTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("status")
    static let asOf = CalendarDate("2025-06-30")!

    static func report() throws -> ProgressReport {
        let file = folder.appendingPathComponent("plan.yaml").path
        let result = try Linter.lint(file, options: lintOptions(asOf: "2025-06-30", root: folder.path)).get()
        #expect(result.errorCount == 0, "\(result.diagnostics.filter { $0.severity == .error }.map(\.message))")
        let plan = try #require(result.plan)
        var report = ProgressReport(plan: plan, model: result.model, asOf: asOf)
        report.file = "plan.yaml"
        return report
    }

    func expectGolden(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try PFPlanTestSupport.expectGolden(name, actual, in: Self.folder, sourceLocation: sourceLocation)
    }

    // MARK: - The figures

    @Test func actionsByStatus() throws {
        let r = try Self.report()
        #expect(r.total.actions == 7)
        #expect(r.total.ordered.map(\.count) == [1, 2, 2, 1, 1])  // planned, in-progress, done, blocked, dropped
        #expect(r.total.overdue == 2)
        #expect(r.total.indicators == 10)
        #expect(r.total.measured == 9)
        #expect(r.total.met == 2)
    }

    @Test func perStageInTheModelsOrder() throws {
        let r = try Self.report()
        #expect(
            r.stages.map(\.id) == [
                "government-leadership", "equitable-access", "civic-engagement", "connected-communities", "education",
                "economic-development", "safe-communities",
            ])
        #expect(r.stages.map(\.tally.actions) == [1, 1, 1, 1, 1, 1, 1])
        #expect(r.stages.map(\.tally.overdue) == [1, 0, 0, 0, 0, 0, 1])
        #expect(r.stages[2].tally.byStatus[.planned] == 1)  // no status counts as planned
    }

    @Test func perPillarThroughTheStrategy() throws {
        let r = try Self.report()
        #expect(r.pillars.map(\.id) == ["p-access", "p-safety", nil])
        #expect(r.pillars.map(\.tally.actions) == [5, 1, 1])
        #expect(r.pillars[0].tally.ordered.map(\.count) == [0, 2, 2, 0, 1])
        #expect(r.pillars.map(\.tally.met) == [2, 0, 0])
    }

    @Test func overdueActionsMostLateFirst() throws {
        let r = try Self.report()
        #expect(r.overdue.map(\.id) == ["a-dialogue", "a-translate"])
        #expect(r.overdue.map(\.daysOverdue) == [76, 30])
        #expect(r.overdue[0].pillar == "p-safety")
        #expect(r.overdue[1].status == .inProgress)
    }

    @Test func indicatorShares() throws {
        let r = try Self.report()
        let share = Dictionary(uniqueKeysWithValues: r.indicators.map { ($0.id, $0.share) })
        #expect(share["i-helped"] == 1.25)
        #expect(share["i-wait"] == 0.5)  // a falling target: (25 - 40) / (10 - 40)
        #expect(share["i-languages"] == 0.25)
        #expect(share["i-hours"] == 0.3125)  // no baseline: read as 0
        #expect(share["i-visitors"] == -0.25)  // worse than the baseline
        #expect(share["i-jobs"] == 1)
        #expect(share["i-classes"] == 0.25)
        let why = Dictionary(uniqueKeysWithValues: r.indicators.map { ($0.id, $0.unmeasured) })
        #expect(why["i-sessions"] == .noActual)
        #expect(why["i-trust"] == .targetIsBaseline)
        #expect(why["i-responses"] == .noTarget)
        #expect(why["i-helped"] == .some(nil))
    }

    @Test func theShareNeverDividesByZero() {
        #expect(ProgressReport.share(baseline: 5, target: 5, actual: 5) == (nil, .targetIsBaseline))
        #expect(ProgressReport.share(baseline: nil, target: 0, actual: 0) == (nil, .targetIsBaseline))
        #expect(ProgressReport.share(baseline: 0, target: nil, actual: 1) == (nil, .noTarget))
        #expect(ProgressReport.share(baseline: 0, target: 4, actual: nil) == (nil, .noActual))
        #expect(ProgressReport.share(baseline: nil, target: 4, actual: 1) == (0.25, nil))
    }

    @Test func aPlanWithoutPillarsHasNoPillarGroups() throws {
        let file = TestPaths.examples.appendingPathComponent("athens-oh/plan.yaml").path
        let result = try Linter.lint(file, options: lintOptions(asOf: "2025-06-30")).get()
        let r = ProgressReport(plan: try #require(result.plan), model: result.model, asOf: Self.asOf)
        #expect(r.pillars.isEmpty)
        #expect(r.stages.map(\.id) == ["assess", "primary", "secondary", "tertiary", "post-incident"])
    }

    // MARK: - The formats, byte for byte

    @Test func jsonGolden() throws {
        try expectGolden("status.json", StatusRenderer.render([Self.report()], asOf: Self.asOf, format: .json))
    }

    @Test func textGolden() throws {
        try expectGolden("status.txt", StatusRenderer.render([Self.report()], asOf: Self.asOf, format: .text))
    }

    @Test func markdownGolden() throws {
        try expectGolden("status.md", StatusRenderer.render([Self.report()], asOf: Self.asOf, format: .md))
    }

    // MARK: - The command

    @Test func theCommandPrintsTheJSONGolden() throws {
        let r = try runPFPlan(["status", "plan.yaml", "--as-of", "2025-06-30", "--format", "json"], in: Self.folder)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout == (try String(contentsOf: Self.folder.appendingPathComponent("status.json"), encoding: .utf8)))
    }

    @Test func severalPlansOneAfterAnother() throws {
        let r = try runPFPlan([
            "status", TestPaths.examples.appendingPathComponent("san-jose-ca/plan.yaml").path,
            TestPaths.examples.appendingPathComponent("boston-ma/plan.yaml").path, "--as-of", "2025-09-15",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("San José: Welcoming San José Plan 2.0 ("))
        #expect(r.stdout.contains("\nBoston: Welcoming Boston 2025 ("))
    }

    @Test func errorsExitOneButTheFiguresAreShown() throws {
        let pledge = TestPaths.fixtures.appendingPathComponent("pledge")
        let r = try runPFPlan(["status", "plan-with-error.yaml", "--as-of", "2025-06-30"], in: pledge)
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("Sampleton Prevention Framework (plan-with-error.yaml), as of 2025-06-30\n"))
        #expect(r.stderr.contains("[schema/value]"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try runPFPlan(["status", "/nonexistent/plan.yaml"]).status == 2)
        #expect(try runPFPlan(["status", "plan.yaml", "--format", "csv"], in: Self.folder).status == 2)
        #expect(try runPFPlan(["status", "plan.yaml", "--as-of", "2025-02-30"], in: Self.folder).status == 2)
        #expect(try runPFPlan(["status"]).status == 2)
    }
}
