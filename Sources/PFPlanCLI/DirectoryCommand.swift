import ArgumentParser
import PFPlanLoader
import PFPlanModel
import PFPlanPublishing
import PFPlanSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `pfplan directory`: the stakeholder and resource directory of each city
/// named, in turn, in one output. Contacts above `--audience` are removed
/// by `AudienceFilter` before any exporter sees the plan.
struct DirectoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "directory",
        abstract: "Print the stakeholder and resource directory.",
        discussion: """
            Stakeholders are grouped by sector, resources by stage, each city in turn. Only contacts the audience \
            may see are written: public everywhere, internal with --audience internal or restricted, restricted \
            with --audience restricted.

            Exit status: 0 done, 1 when a plan has errors of the yaml, schema, include or refs rules (the \
            directory would be wrong), 2 when the command could not run (a missing file, a bad option, an output \
            it may not write).
            """)

    @Argument(help: ArgumentHelp("Plan files, or folders holding <city>/plan.yaml.", valueName: "plan"))
    var plans: [String]

    @OptionGroup var common: CommonOptions

    @Option(help: "Output format.")
    var format: DirectoryFormat = .md

    @Option(help: "Who the output is for; contacts above it are left out.")
    var audience: DirectoryAudience = .public

    @Option(help: "What to list.")
    var what: DirectorySelection = .all

    @Option(
        help: ArgumentHelp(
            "The file to write (default: standard output). It is replaced atomically and is never an input.",
            valueName: "file"))
    var out: String?

    func run() throws {
        let batch = PlanBatch.load(plans, options: common.lintOptions)
        if !batch.failures.isEmpty {
            batch.failures.forEach(StandardError.write)
            throw ExitCode(2)
        }

        var inputs: [String] = []
        for result in batch.results {
            inputs.append(result.file)
            inputs += result.sources.keys
            if let model = result.model { inputs.append(model.file) }
        }
        let output = OutputFile(protecting: inputs)
        // A place that cannot be written is a bad argument: say so before
        // anything about the plans, whatever state they are in.
        if let out, let problem = Self.unwritable(out, output: output) {
            StandardError.write("--out \(problem)")
            throw ExitCode(2)
        }

        var cities: [DirectoryCity] = []
        var refused = false
        for result in batch.results {
            let blocking = result.openDiagnostics.filter {
                $0.severity == .error && Self.blockingGroups.contains($0.rule.group)
            }
            guard let plan = result.plan, let model = result.model, blocking.isEmpty else {
                refused = true
                let count = blocking.isEmpty ? "1 error" : BriefFindings.errors(blocking)
                StandardError.write(
                    "\(result.file): no directory: \(count) of the yaml, schema, include or refs rules (run pfplan lint)"
                )
                BriefFindings.write(blocking, severityWord: "error")
                continue
            }
            cities.append(DirectoryCity(plan: plan, model: model, coverage: result.coverage))
        }
        // A directory missing a city would look complete: write nothing.
        if refused { throw ExitCode(1) }

        let text = Directory.render(cities, format: format, what: what, audience: audience.visibility)
        guard let out else {
            StandardOutput.write(text, as: format.outputLanguage)
            return
        }
        do {
            try output.write(text, to: out)
        } catch {
            StandardError.write("--out " + error.description)
            throw ExitCode(2)
        }
    }

    /// Rule groups whose errors mean the plan was not read as written, so a
    /// directory made from it would be wrong (cli.md, exit code 1).
    static let blockingGroups: Set<Substring> = ["yaml", "schema", "include", "refs"]

    /// Why `path` cannot take the output, or nil. The same checks as
    /// `OutputFile.write`, made before rendering so that a bad `--out` is
    /// reported as such (exit 2) even when a plan has errors.
    static func unwritable(_ path: String, output: OutputFile) -> String? {
        if FileReader.isDirectory(path) { return "\(path): is a folder, not a file" }
        if let real = FileReader.realPath(path), output.protectedInputs.contains(real) {
            return "\(path): is an input of this run; pfplan never writes over its input"
        }
        let dir = PathText.directory(of: path)
        if !FileReader.isDirectory(dir) { return "\(path): folder '\(dir)' does not exist" }
        if access(dir, W_OK) != 0 { return "\(path): permission denied (the folder is not writable)" }
        return nil
    }
}

/// `--audience`, kept apart from `Visibility` so the option's parsing is
/// this command's own business.
enum DirectoryAudience: String, CaseIterable, ExpressibleByArgument {
    case `public`, `internal`, restricted

    var visibility: Visibility {
        switch self {
        case .public: .public
        case .internal: .internal
        case .restricted: .restricted
        }
    }
}

extension DirectoryFormat: ExpressibleByArgument {}
extension DirectorySelection: ExpressibleByArgument {}
