import ArgumentParser
import PFPlanLoader
import PFPlanModel
import PFPlanReports
import PFPlanSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check plans and print findings.",
        discussion: """
            Exit status: 0 when no plan has errors (with --strict: nor warnings), 1 when one has, \
            2 when the command could not run (a missing file, a bad option).
            """)

    @Argument(help: ArgumentHelp("Plan files, or folders holding <city>/plan.yaml.", valueName: "plan"))
    var plans: [String]

    @OptionGroup var common: CommonOptions

    @OptionGroup var asOf: AsOfOption

    @Option(help: "Output format: text, json, sarif, github or junit (github when GITHUB_ACTIONS is set).")
    var format: LintFormat?

    @Flag(help: "Warnings fail too.")
    var strict = false

    @Flag(help: "Errors only.")
    var quiet = false

    @Flag(name: .customLong("show-waived"), help: "List waived findings with their reasons.")
    var showWaived = false

    func run() throws {
        var timer = PhaseTimer("lint command")
        // Plans are checked on every core, as every command reads them.
        let batch = PlanBatch.load(plans, options: common.lintOptions(asOf: asOf.date))
        timer.mark("load and lint")
        batch.failures.forEach(StandardError.write)
        let failed = !batch.failures.isEmpty
        var diagnostics: [Diagnostic] = []
        var sources: [String: SourceText] = [:]
        for result in batch.results {
            diagnostics += result.diagnostics
            sources.merge(result.sources) { a, _ in a }
        }
        let linted = batch.results.map(\.file)
        // The decoded plans are no longer needed; freeing them is not
        // lint's work.
        BackgroundRelease.release(batch)
        let chosen = format ?? (getenv("GITHUB_ACTIONS") != nil ? .github : .text)
        let report = LintReport(
            plans: linted, diagnostics: diagnostics, sources: sources, rules: RuleCatalog.descriptions,
            toolVersion: PFPlanVersion.current)
        let reportOptions = ReportOptions(
            color: chosen == .text && common.useColor, quiet: quiet, showWaived: showWaived)
        if !linted.isEmpty || chosen != .text {
            let text = LintReporter.render(report, format: chosen, options: reportOptions)
            timer.mark("report")
            StandardOutput.write(text, as: chosen.outputLanguage)
            timer.mark("write")
        }
        if failed { throw ExitCode(2) }
        if report.count(.error) > 0 || (strict && report.count(.warning) > 0) { throw ExitCode(1) }
    }
}

extension LintFormat: ExpressibleByArgument {}
