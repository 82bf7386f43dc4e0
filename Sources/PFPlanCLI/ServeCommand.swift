import ArgumentParser
import PFPlanAuthoring
import PFPlanFormats
import PFPlanLoader
import PFPlanModel
import PFPlanPublishing

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the rendered site while you edit: pages reload by themselves when a plan is saved.",
        discussion: """
            Renders in memory exactly as render does (nothing is written), watches every plan, the files it \
            includes, the model and --templates, and re-renders on each save. A plan with errors shows its \
            findings in place of its page. Binds 127.0.0.1 unless --host says otherwise. Ctrl-C stops it.
            """)

    @Argument(help: ArgumentHelp("Plan files, or folders holding <city>/plan.yaml.", valueName: "plan"))
    var plans: [String]

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: Int = 8000

    @Option(
        help: ArgumentHelp(
            "The address to listen on; any other than 127.0.0.1 makes the preview visible to that network.",
            valueName: "address"))
    var host: String = "127.0.0.1"

    @OptionGroup var edition: EditionOptions

    @OptionGroup var common: CommonOptions

    /// The date the pages are checked and drawn as of, as for render.
    @OptionGroup var asOf: AsOfOption

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port) is not a port (0 to 65535)") }
    }

    func run() throws {
        let found = PlanDiscovery.plans(for: plans)
        found.problems.forEach(StandardError.write)
        if found.files.isEmpty { throw ExitCode(2) }
        let lintOptions = common.lintOptions(asOf: asOf.date)
        let renderOptions = RenderOptions(
            language: edition.lang, audience: edition.audience, asOf: lintOptions.asOf,
            templates: lintOptions.templates,
            toolVersion: PFPlanVersion.current)
        let arguments = plans
        let options = Preview.Options(lint: lintOptions, render: renderOptions, templatesFolder: common.templates) {
            PlanDiscovery.plans(for: arguments).files
        }
        do {
            try PreviewSession.run(
                options, host: host, port: port,
                log: { StandardOutput.write(TerminalText.escaped($0) + "\n", as: .text) },
                warn: { StandardError.write("warning: " + $0) })
        } catch {
            StandardError.write(error.description)
            throw ExitCode(2)
        }
    }
}
