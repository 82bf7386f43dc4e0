import ArgumentParser
import PFPlanLoader
import PFPlanModel
import PFPlanRender

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the plan format.",
        discussion: """
            The schema (JSON Schema draft-07) gives editors completion, hover help and checks while a plan is \
            typed. By default its stages, sectors, roles and audiences are those of every built-in model, so \
            one schema serves plans on any of them; --model narrows it to chosen models (a city with its own \
            model file). pfplan ships this output as Templates/schema/plan.schema.json.
            """)

    @Option(help: ArgumentHelp(
        "Only this model's stages, sectors, roles and audiences: a built-in id or a model file (repeatable).",
        valueName: "id-or-path"))
    var model: [String] = []

    @Option(help: ArgumentHelp("A folder whose files override the shipped templates and models by name.", valueName: "dir"))
    var templates: String?

    func validate() throws {
        if let templates, !FileReader.isDirectory(templates) {
            throw ValidationError("--templates '\(templates)' is not a folder")
        }
    }

    func run() throws {
        let locator = TemplatesLocator(override: templates)
        let builtIn = locator.builtInModels()
        let files: [String]
        do {
            files = try SchemaCommand.modelFiles(model.isEmpty ? builtIn : model, locator: locator)
        } catch let failure as LintFailure {
            StandardError.write(failure.description)
            throw ExitCode(2)
        }
        var models: [FrameworkModel] = []
        for file in files {
            let loaded = FrameworkModelLoader.load(file: file)
            guard let m = loaded.model else {
                let first = loaded.diagnostics.first { $0.severity == .error }
                StandardError.write("\(file): the framework model has errors"
                    + (first.map { " (line \($0.range.start.line): \($0.message))" } ?? "") + "; 'pfplan lint' on a plan using it shows them all")
                throw ExitCode(2)
            }
            models.append(m)
        }
        // framework.model may name the built-in models chosen; a model file
        // is named by its path, which the schema accepts as a pattern.
        let named = model.isEmpty ? builtIn : model.filter { builtIn.contains($0) }
        StandardOutput.write(JSONSchemaGenerator.document(models: models, builtInModels: named), as: .json)
    }

    /// Model ids or paths to model files: a name with a slash or a .yaml
    /// ending is a file, as in `framework.model`.
    static func modelFiles(_ names: [String], locator: TemplatesLocator) throws -> [String] {
        if names.isEmpty && locator.shipped == nil && locator.override == nil {
            throw LintFailure("cannot find pfplan's Templates folder (framework models); set PFPLAN_TEMPLATES or pass --templates DIR")
        }
        var files: [String] = []
        for name in names {
            if name.contains("/") || name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                guard FileReader.exists(name) else { throw LintFailure("\(name): no such model file") }
                files.append(name)
            } else if let file = locator.file("frameworks/\(name).yaml") {
                files.append(file)
            } else {
                let builtIn = locator.builtInModels()
                let near = Suggest.nearest(to: name, in: builtIn)
                throw LintFailure("'\(name)' is not a built-in model" + (near.map { "; did you mean '\($0)'?" } ?? "")
                    + " (built-in: \(builtIn.joined(separator: ", ")); or give a model file's path)")
            }
        }
        return files
    }
}
