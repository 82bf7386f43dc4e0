import ArgumentParser
import PFPlanLoader
import PFPlanModel
import PFPlanPublishing
import PFPlanReports

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct PledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pledge",
        abstract: "Print the fields of a GCM pledge form from the plan's pledge: block, in English or French.",
        discussion: """
            The fields follow the form's sections and labels, as the UN prints a submission: I the pledging entity, \
            its contacts and countries; II the pledge's title and type, and the states, actors or pledge it joins; \
            III its nature; IV its main GCM objectives; V the guiding principles it names; VI the description, \
            with the expected impact written into it as the form has no field for it; VII the deadline. Labels, \
            values, objectives, principles and country names come from Templates/gcm/. Contacts are shown only \
            to their audience: the copy to submit needs --audience internal (or restricted). Exit status: 0 done, \
            1 the plan has errors (they go to stderr), 2 the command could not run, or the plan has no pledge: block.
            """)

    @Argument(help: ArgumentHelp("A plan file, or a folder holding one <city>/plan.yaml.", valueName: "plan"))
    var plan: String

    @Option(
        help: ArgumentHelp(
            "The form's language: en or fr (default: the plan's first language when the form has it, else en).",
            valueName: "lang"))
    var lang: String?

    @Option(help: "Output format: Markdown to read or copy from, JSON for tools.")
    var format: PledgeFormatOption = .md

    @Option(help: "Who may read the output; the pledge contact is shown only to its own audience and those above it.")
    var audience: Audience = .public

    @OptionGroup var common: CommonOptions

    enum PledgeFormatOption: String, ExpressibleByArgument, CaseIterable {
        case md, json
        var format: PledgeFormat { self == .md ? .md : .json }
    }

    /// `--audience`: who may read the output (plan-format.md, contacts).
    enum Audience: String, ExpressibleByArgument, CaseIterable {
        case `public`, `internal`, restricted
        var visibility: Visibility { Visibility(rawValue: rawValue)! }
    }

    func run() throws {
        let (files, problems) = PlanDiscovery.plans(for: [plan])
        guard problems.isEmpty else {
            problems.forEach(StandardError.write)
            throw ExitCode(2)
        }
        guard files.count == 1, let file = files.first else {
            StandardError.write(
                "\(plan): holds \(counted(files.count, "plan")); 'pfplan pledge' prints the form of one plan, so name its plan.yaml"
            )
            throw ExitCode(2)
        }
        let options = common.lintOptions
        let result: LintResult
        switch Linter.lint(file, options: options) {
        case .failure(let failure):
            StandardError.write(failure.description)
            throw ExitCode(2)
        case .success(let r): result = r
        }
        if result.errorCount > 0 || result.plan == nil {
            // The form would carry the errors to the UN; the findings say what to fix.
            let report = LintReport(
                plans: [file], diagnostics: result.diagnostics, sources: result.sources,
                rules: RuleCatalog.descriptions, toolVersion: PFPlanVersion.current)
            StandardError.writeLines(
                LintReporter.render(
                    report, format: .text, options: ReportOptions(color: false, quiet: true, showWaived: false)))
            StandardError.write(
                "\(file): the plan has errors; fix them ('pfplan lint \(file)') before printing its pledge form")
            throw ExitCode(1)
        }
        let decoded = result.plan!
        guard decoded.pledge != nil else {
            StandardError.write(
                "\(file): the plan has no 'pledge:' block, so there is no pledge form to print; see docs/plan-format.md, \"Pledge\""
            )
            throw ExitCode(2)
        }
        let catalog: GCMCatalog
        switch GCMCatalogLoader.load(templates: options.templates) {
        case .failure(let failure):
            StandardError.write(failure.description)
            throw ExitCode(2)
        case .success(let c): catalog = c
        }
        let language: String
        if let lang {
            guard catalog.languages.contains(lang) else {
                StandardError.write(
                    "--lang '\(lang)': the pledge form exists in \(catalog.languages.joined(separator: ", "))")
                throw ExitCode(2)
            }
            language = lang
        } else {
            let first = decoded.city.languages.first?.value
            language = first.flatMap { catalog.languages.contains($0) ? $0 : nil } ?? "en"
        }
        switch PledgeForm.build(plan: decoded, catalog: catalog, language: language, audience: audience.visibility) {
        case .failure(let failure):
            StandardError.write(failure.description)
            throw ExitCode(2)
        case .success(let form):
            StandardOutput.write(
                PledgeRenderer.render(form, format: format.format, plan: file), as: format.format.outputLanguage)
            if form.withholdsAnything {
                StandardError.write(
                    "note: the contact fields say '\(form.notPublic)' in this \(audience.rawValue) copy; print the copy to submit with --audience internal"
                )
            }
        }
    }
}
