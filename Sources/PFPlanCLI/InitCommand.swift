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

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter plan for a new city.",
        discussion: """
            The starter has every stage of the model with placeholder actions, every role as a vacant seat and \
            every sector the stages need as a placeholder organization, each marked TODO. It lints with no \
            errors; its warnings are the list of what is still to fill in. In a terminal, pfplan asks for the \
            city when --city is not given.
            """)

    @Option(help: ArgumentHelp("The city's name.", valueName: "name"))
    var city: String?

    @Option(help: ArgumentHelp("The state or province.", valueName: "region"))
    var region: String?

    @Option(help: ArgumentHelp("The ISO 3166-1 two-letter country code, such as US.", valueName: "code"))
    var country: String?

    @Option(help: ArgumentHelp("A built-in model id (default, welcoming) or a model file.", valueName: "id-or-path"))
    var model: String = "default"

    @Option(
        help: ArgumentHelp(
            "Where to write the plan; a folder, or a new name without an extension, gets plan.yaml inside it; - prints it.",
            valueName: "file"))
    var out: String = "plan.yaml"

    @Flag(help: "Replace an existing file.")
    var force = false

    @Option(
        help: ArgumentHelp(
            "What the plan's $schema line points at (default: the shipped schema, relative to the plan).",
            valueName: "path-or-url"))
    var schema: String?

    @Option(
        help: ArgumentHelp("A folder whose files override the shipped templates and models by name.", valueName: "dir"))
    var templates: String?

    func validate() throws {
        try TemplatesOption.validate(templates)
    }

    func run() throws {
        do {
            try write()
        } catch let failure as LintFailure {
            StandardError.write(failure.description)
            throw ExitCode(2)
        }
    }

    private func write() throws {
        let toStdout = out == "-"
        // A folder, a name ending in a slash, or a new name without an
        // extension (`--out lawrence`) gets plan.yaml inside it: the layout
        // `pfplan lint DIR` looks for. A file named `lawrence` would be a
        // plan that folder discovery never finds.
        let target = !toStdout && Self.namesAFolder(out) ? PathText.join(out, "plan.yaml") : out
        // Refuse before asking anything: the answers would be lost.
        if !toStdout && FileReader.exists(target) && !force {
            throw LintFailure("\(target): already exists; pfplan init does not replace a plan unless you pass --force")
        }
        let files = TemplateFiles.commandLine(templates: templates)
        let modelSource = try SchemaCommand.modelSources([model], files: files)[0]
        let loaded = FrameworkModelLoader.load(modelSource)
        guard let frameworkModel = loaded.model else {
            throw LintFailure(
                "\(modelSource.path): the framework model has errors; 'pfplan lint' on a plan using it shows them")
        }
        let templateFile: TemplateFile
        switch files.read(StarterPlan.templateName) {
        case .failure(let error): throw LintFailure(error.description)
        case .success(let file): templateFile = file
        }
        let city = try cityAnswers()

        let planFolder = toStdout ? PathText.currentDirectory() : PathText.directory(of: target)
        var modelReference = model
        if case .path(let modelFile) = modelSource {
            modelReference = StarterPaths.relative(from: planFolder, to: modelFile)
            if !modelReference.contains("/") && !modelReference.hasSuffix(".yaml") && !modelReference.hasSuffix(".yml")
            {
                modelReference = "./" + modelReference  // else it would read as a built-in id
            }
        }
        let schemaReference: String
        if let schema {
            schemaReference = schema
        } else if case .success(let file) = files.read("schema/plan.schema.json"), !file.isEmbedded {
            schemaReference = StarterPaths.relative(from: planFolder, to: file.path)
        } else {
            // The schema is inside the binary: there is no file to point at.
            schemaReference = "plan.schema.json"
            let beside = toStdout ? "plan.schema.json" : PathText.join(planFolder, "plan.schema.json")
            StandardError.write(
                "note: the plan's $schema line names plan.schema.json beside it, for editors; "
                    + "write it with: pfplan schema > \(beside)")
        }

        let starter = StarterPlan(
            city: city, model: frameworkModel, modelReference: modelReference, schemaReference: schemaReference,
            today: Clock.today())
        let text: String
        do {
            text = try starter.render(template: templateFile.text)
        } catch {
            throw LintFailure("\(templateFile.path): the template cannot be read: \(error)")
        }
        if toStdout {
            StandardOutput.write(text, as: .text)
            return
        }
        let output = OutputFile()
        do {
            try output.makeDirectory(planFolder)
            try output.write(text, to: target)
        } catch {
            throw LintFailure(error.description)
        }
        StandardError.write(lines: summary(of: target, files: files))
    }

    /// What to do next, in the words of a lint run on the new file.
    private func summary(of file: String, files: TemplateFiles) -> [String] {
        let done = "wrote \(file) (model \(model))"
        guard case .success(let result) = Linter.lint(file, options: LintOptions(asOf: Clock.today(), templates: files))
        else {
            return [done]
        }
        let errors = result.errorCount
        let warnings = result.warningCount
        return [
            "\(done): \(counted(errors, "error")), \(counted(warnings, "warning")) to work through.",
            "Replace each TODO, then run: pfplan lint \(file)",
        ]
    }

    /// The city from the options, or asked for in a terminal.
    private func cityAnswers() throws -> StarterCity {
        if let city {
            return try StarterQuestions.check(StarterCity(name: city, region: region, country: country))
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw LintFailure(
                "--city is missing: pass --city NAME (with --region and --country), "
                    + "or run pfplan init in a terminal to be asked")
        }
        return try StarterQuestions.ask(
            region: region, country: country,
            read: { readLine(strippingNewline: true) },
            prompt: { FileDescriptorOutput.write($0, to: STDERR_FILENO) })
    }
}

/// The questions `pfplan init` asks in a terminal, and the checks the same
/// answers get when they come as options.
enum StarterQuestions {
    static func ask(region: String?, country: String?, read: () -> String?, prompt: (String) -> Void) throws
        -> StarterCity
    {
        func answer(_ question: String, required: Bool, check: (String) -> String?) throws -> String? {
            for _ in 0..<3 {
                prompt(question)
                guard let line = read() else { throw LintFailure("no answer (end of input); nothing was written") }
                let text = line.trimmingSpaces
                if text.isEmpty {
                    if required {
                        prompt("  an answer is needed\n")
                        continue
                    }
                    return nil
                }
                if let problem = check(text) {
                    prompt("  \(problem)\n")
                    continue
                }
                return text
            }
            throw LintFailure("no usable answer after three tries; nothing was written")
        }
        let name = try answer("City name: ", required: true, check: nameProblem)!
        var region = region
        var country = country
        if region == nil {
            region = try answer("State or province (Enter to skip): ", required: false, check: nameProblem)
        }
        if country == nil {
            country = try answer("Country, as a two-letter code such as US (Enter to skip): ", required: false) {
                countryProblem($0.uppercased())
            }
        }
        return try check(StarterCity(name: name, region: region, country: country))
    }

    /// The city with its country code in upper case, or why it cannot be used.
    static func check(_ city: StarterCity) throws -> StarterCity {
        var city = city
        city.name = city.name.trimmingSpaces
        if let problem = nameProblem(city.name) { throw LintFailure("--city: \(problem)") }
        city.region = city.region.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 }
        if let region = city.region, let problem = nameProblem(region) { throw LintFailure("--region: \(problem)") }
        city.country = city.country.map { $0.trimmingSpaces.uppercased() }.flatMap { $0.isEmpty ? nil : $0 }
        if let country = city.country, let problem = countryProblem(country) {
            throw LintFailure("--country: \(problem)")
        }
        return city
    }

    static func nameProblem(_ text: String) -> String? {
        if text.isEmpty { return "the name is empty" }
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "the name holds a line break or another control character"
        }
        return nil
    }

    static func countryProblem(_ code: String) -> String? {
        if ValueFormats.isCountry(code) { return nil }
        if code == "UK" { return "'UK' is not an ISO 3166-1 code; the United Kingdom is 'GB'" }
        return "'\(code)' is not an ISO 3166-1 two-letter country code (such as US, CA, GB, FR)"
    }
}

/// Paths the starter writes into the plan, relative to the plan's folder
/// so that the plan can move together with what it names.
enum StarterPaths {
    static func relative(from folder: String, to file: String) -> String {
        let from = components(absolute(folder))
        let to = components(absolute(file))
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...]).joined(separator: "/")
    }

    private static func absolute(_ path: String) -> String {
        if let real = FileReader.realPath(path) { return real }
        return PathText.normalize(path.hasPrefix("/") ? path : PathText.currentDirectory() + "/" + path)
    }

    private static func components(_ path: String) -> [String] {
        path.split(separator: "/").map(String.init)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}

extension InitCommand {
    /// Whether `--out` names a folder to write `plan.yaml` into: an
    /// existing folder, a path ending in `/`, or a path that does not exist
    /// and whose last part has no extension.
    static func namesAFolder(_ out: String) -> Bool {
        if FileReader.isDirectory(out) || out.hasSuffix("/") { return true }
        if FileReader.exists(out) { return false }
        let last = out.split(separator: "/").last.map(String.init) ?? out
        return !last.contains(".")
    }
}
