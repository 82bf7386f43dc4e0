import ArgumentParser
import PFPlanModel
import PFPlanPublishing
import PFPlanReports

struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract:
            "Print the coverage matrix per city: stages x sectors, actions, resources, audiences, and what is missing.",
        discussion: """
            Exit status: 0 when the coverage of every plan could be computed, 1 when a plan has errors of the \
            yaml, schema, include or refs rules (its coverage would be wrong), 2 when the command could not run.
            """)

    @Argument(help: ArgumentHelp("Plan files, or folders holding <city>/plan.yaml.", valueName: "plan"))
    var plans: [String]

    @OptionGroup var common: CommonOptions

    @OptionGroup var asOf: AsOfOption

    @Option(help: "Output format: text, md or json.")
    var format: GapsFormat = .text

    @Option(
        help: ArgumentHelp(
            "Language of the words around the data (en, es, fr, ar, or a locale under --templates).", valueName: "code")
    )
    var lang = "en"

    func run() throws {
        let options = common.lintOptions(asOf: asOf.date)
        let localization: Localization
        switch Localization.load(lang, templates: options.templates) {
        case .failure(let error):
            StandardError.write("--lang: \(error.description)")
            throw ExitCode(2)
        case .success(let l): localization = l
        }
        let batch = PlanBatch.load(plans, options: options)
        batch.failures.forEach(StandardError.write)
        let cities = batch.results.map(CityGaps.init(result:))
        for city in cities where !city.isComputed {
            let errors = counted(city.blockingErrors, "error")
            StandardError.write(
                "\(city.file): coverage not computed: \(errors) of the yaml, schema, include or refs rules; run pfplan lint"
            )
        }
        if !cities.isEmpty || format == .json {
            StandardOutput.write(
                GapsReport.render(
                    cities, format: format, localization: localization, color: format == .text && common.useColor),
                as: format.outputLanguage)
        }
        if !batch.failures.isEmpty { throw ExitCode(2) }
        if cities.contains(where: { !$0.isComputed }) { throw ExitCode(1) }
    }
}

extension GapsFormat: ExpressibleByArgument {}
