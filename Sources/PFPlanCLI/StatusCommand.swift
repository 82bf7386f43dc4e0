import ArgumentParser
import PFPlanLoader
import PFPlanModel
import PFPlanReports

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show progress as of a date: actions by status, overdue actions, indicators against targets.",
        discussion: """
            Per stage of the model and per pillar of the plan (an action's pillar is the one holding its strategy): \
            actions by status and how many are overdue (due before --as-of, neither done nor dropped). Per \
            indicator: baseline, target, actual and the share reached, (actual - baseline) / (target - baseline), \
            with a missing baseline read as 0 and no share when the target is missing, equals the baseline, or \
            there is no actual figure yet. Exit status: 0 done; 1 a plan has errors (listed on stderr; its \
            figures are still shown when it could be read); 2 the command could not run.
            """)

    @Argument(help: ArgumentHelp("Plan files, or folders holding <city>/plan.yaml.", valueName: "plan"))
    var plans: [String]

    @Option(help: "Output format: text for a terminal, md for meeting notes, json for dashboards.")
    var format: StatusFormatOption = .text

    @OptionGroup var common: CommonOptions

    @OptionGroup var asOf: AsOfOption

    enum StatusFormatOption: String, ExpressibleByArgument, CaseIterable {
        case text, md, json
        var format: StatusFormat { StatusFormat(rawValue: rawValue)! }
    }

    func run() throws {
        let options = common.lintOptions(asOf: asOf.date)
        let batch = PlanBatch.load(plans, options: options)
        batch.failures.forEach(StandardError.write)
        var reports: [ProgressReport] = []
        var withErrors: [LintResult] = []
        for result in batch.results {
            if result.errorCount > 0 { withErrors.append(result) }
            // A plan that could be decoded still has figures worth seeing;
            // its errors are listed so nobody trusts them blindly.
            if let plan = result.plan {
                reports.append(ProgressReport(plan: plan, model: result.model, asOf: options.asOf))
            }
        }
        if !reports.isEmpty || format == .json {
            StandardOutput.write(
                StatusRenderer.render(reports, asOf: options.asOf, format: format.format),
                as: format.format.outputLanguage)
        }
        if !withErrors.isEmpty {
            let report = LintReport(
                plans: withErrors.map(\.file), diagnostics: withErrors.flatMap(\.diagnostics),
                sources: withErrors.reduce(into: [:]) { $0.merge($1.sources) { a, _ in a } },
                rules: RuleCatalog.descriptions, toolVersion: PFPlanVersion.current)
            StandardError.writeLines(
                LintReporter.render(
                    report, format: .text, options: ReportOptions(color: false, quiet: true, showWaived: false)))
        }
        if !batch.failures.isEmpty { throw ExitCode(2) }
        if !withErrors.isEmpty { throw ExitCode(1) }
    }
}
