import ArgumentParser
import PFPlanLoader
import PFPlanModel
import PFPlanReports
import PFPlanSupport

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the plan format, or the format reference in Markdown.",
        discussion: """
            The schema (JSON Schema draft-07) gives editors completion, hover help and checks while a plan is \
            typed. By default its stages, sectors, roles and audiences are those of every built-in model, so \
            one schema serves plans on any of them; --model narrows it to chosen models (a city with its own \
            model file). pfplan ships this output as Templates/schema/plan.schema.json.

            --format markdown prints every block and key of a plan in words (the reference of \
            docs/plan-format.md); --format model-markdown prints the stages, sectors, roles, audiences and \
            leadership needs of the models, and the keys of a model file (the reference of \
            docs/framework-model.md).
            """)

    enum SchemaFormat: String, ExpressibleByArgument, CaseIterable {
        case json, markdown
        case modelMarkdown = "model-markdown"
    }

    @Option(
        help: ArgumentHelp(
            "json (the JSON Schema), markdown (the plan format in words) or model-markdown (the models in words).",
            valueName: "format"))
    var format: SchemaFormat = .json

    @Option(
        help: ArgumentHelp(
            "Only this model's stages, sectors, roles and audiences: a built-in id or a model file (repeatable).",
            valueName: "id-or-path"))
    var model: [String] = []

    @Option(
        help: ArgumentHelp("A folder whose files override the shipped templates and models by name.", valueName: "dir"))
    var templates: String?

    func validate() throws {
        try TemplatesOption.validate(templates)
        if format == .markdown && !model.isEmpty {
            throw ValidationError(
                "--model does not change --format markdown: the keys of a plan are the same on every "
                    + "model; --format model-markdown prints a model's stages, sectors, roles and audiences")
        }
    }

    func run() throws {
        if format == .markdown {
            StandardOutput.write(FormatReference.planMarkdown(), as: .markdown)
            return
        }
        let files = TemplateFiles.commandLine(templates: templates)
        let builtIn = files.builtInModels()
        let sources: [ModelSource]
        do {
            sources = try SchemaCommand.modelSources(model.isEmpty ? builtIn : model, files: files)
        } catch let failure as LintFailure {
            StandardError.write(failure.description)
            throw ExitCode(2)
        }
        var models: [FrameworkModel] = []
        for source in sources {
            let loaded = FrameworkModelLoader.load(source)
            guard let m = loaded.model else {
                let first = loaded.diagnostics.first { $0.severity == .error }
                StandardError.write(
                    "\(source.path): the framework model has errors"
                        + (first.map { " (line \($0.range.start.line): \($0.message))" } ?? "")
                        + "; 'pfplan lint' on a plan using it shows them all")
                throw ExitCode(2)
            }
            models.append(m)
        }
        // framework.model may name the built-in models chosen; a model file
        // is named by its path, which the schema accepts as a pattern.
        if format == .modelMarkdown {
            StandardOutput.write(FormatReference.modelMarkdown(models: models), as: .markdown)
            return
        }
        let named = model.isEmpty ? builtIn : model.filter { builtIn.contains($0) }
        StandardOutput.write(JSONSchemaGenerator.document(models: models, builtInModels: named), as: .json)
    }

    /// Model ids or paths to model files: a name with a slash or a .yaml
    /// ending is a file, as in `framework.model`.
    static func modelSources(_ names: [String], files: TemplateFiles) throws -> [ModelSource] {
        var sources: [ModelSource] = []
        for name in names {
            if ModelSource.isPath(name) {
                guard FileReader.exists(name) else { throw LintFailure("\(name): no such model file") }
                sources.append(.path(name))
                continue
            }
            switch files.read("frameworks/\(name).yaml") {
            case .success(let file):
                sources.append(.template(file))
            case .failure(.notFound):
                let builtIn = files.builtInModels()
                let near = Suggest.nearest(to: name, in: builtIn)
                throw LintFailure(
                    "'\(name)' is not a built-in model" + (near.map { "; did you mean '\($0)'?" } ?? "")
                        + " (built-in: \(builtIn.joined(separator: ", ")); or give a model file's path)")
            case .failure(let error):
                throw LintFailure(error.description)
            }
        }
        return sources
    }
}
