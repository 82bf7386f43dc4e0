import PFPlanLoader
import PFPlanSupport

public struct LintOptions: Sendable {
    /// The date "overdue" and waiver expiry compare against.
    public var asOf: CalendarDate
    /// Includes may not leave this folder; nil: the current folder when the
    /// plan lies inside it, else the plan's own folder.
    public var root: String?
    /// A model file that overrides `framework.model`.
    public var modelOverride: String?
    public var templates: TemplateFiles

    public init(
        asOf: CalendarDate, root: String? = nil, modelOverride: String? = nil,
        templates: TemplateFiles = TemplateFiles()
    ) {
        self.asOf = asOf
        self.root = root
        self.modelOverride = modelOverride
        self.templates = templates
    }

    /// Where the plan and its includes are read: the disk, or an editor's
    /// open buffers in front of it (`pfplan lsp`).
    public var sources: any SourceProvider = DiskSources()
}

/// Everything known about one plan after checking it: what later stages
/// (reporters, gaps, render) need, with no need to read the files again.
public struct LintResult: Sendable {
    public var file: String
    public var plan: Plan?
    public var model: FrameworkModel?
    /// Every finding, waived ones included (marked), sorted for reporting.
    public var diagnostics: [Diagnostic]
    public var sources: [String: SourceText]
    /// The coverage the rules computed, for `gaps` and `render`. It holds
    /// no contact (only ids, actions and resources), so an audience-filtered
    /// plan has the same one.
    public var coverage: CoverageMatrix?
    /// Every contact the plan's text holds, decoded or not, with the
    /// visibility it must be treated with: what redaction hides.
    public var contacts: [WrittenContact] = []

    public var openDiagnostics: [Diagnostic] { diagnostics.filter { !$0.isWaived } }
    /// Counts of open findings; the closing finding of a capped rule
    /// (`FindingCap`) counts the findings it stands for.
    public var errorCount: Int { openDiagnostics.reduce(0) { $0 + ($1.severity == .error ? $1.findingCount : 0) } }
    public var warningCount: Int { openDiagnostics.reduce(0) { $0 + ($1.severity == .warning ? $1.findingCount : 0) } }
}

/// Why a command cannot run on a plan at all (exit 2): distinct from
/// findings, which describe a plan that could be read.
public struct LintFailure: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

public enum Linter {
    public static func lint(_ file: String, options: LintOptions) -> Result<LintResult, LintFailure> {
        var timer = PhaseTimer(file)
        let root = options.root ?? defaultRoot(for: file)
        let loader = PlanLoader(appendableKeys: PlanFormat.appendableKeys, sources: options.sources)
        var loaded: LoadedPlan
        switch loader.load(file, root: root) {
        case .failure(let error): return .failure(LintFailure(error.description))
        case .success(let l): loaded = l
        }
        timer.mark("read and parse")
        var diagnostics = loaded.diagnostics
        var sources = loaded.sources

        // The model decides which values are valid, so it is read first.
        var model: FrameworkModel?
        if loaded.tree != nil || diagnostics.isEmpty {
            let modelSource: ModelSource?
            if let override = options.modelOverride {
                switch resolveOverride(override, templates: options.templates) {
                case .failure(let failure): return .failure(failure)
                case .success(let source): modelSource = source
                }
            } else {
                let name = loaded.tree.flatMap(PlanDecoder.modelName)
                switch resolveModel(name, planFile: file, templates: options.templates) {
                case .failure(let failure): return .failure(failure)
                case .success(.some(let source)): modelSource = source
                case .success(.none):
                    let n = name!
                    let builtIn = options.templates.builtInModels()
                    let near = Suggest.nearest(to: n.value, in: builtIn)
                    diagnostics.append(
                        Diagnostic(
                            rule: .schemaValue, severity: .error,
                            message: "'\(n.value)' is not a built-in model or a model file"
                                + (near.map { "; did you mean '\($0)'?" } ?? ""),
                            range: n.range, path: n.path.description,
                            hint:
                                "built-in models: \(builtIn.joined(separator: ", ")); a file path is relative to the plan"
                        ))
                    modelSource = nil
                }
            }
            if let modelSource {
                let result = FrameworkModelLoader.load(modelSource)
                model = result.model
                diagnostics += result.diagnostics
                if let source = result.source, !result.diagnostics.isEmpty { sources[source.file] = source }
            }
        }

        // A file libyaml could not read has no tree: its finding says why,
        // and "the plan is empty" would only add noise.
        if loaded.tree == nil && !loaded.diagnostics.isEmpty {
            return .success(
                LintResult(
                    file: file, plan: nil, model: model,
                    diagnostics: Diagnostic.sortedForReport(FindingCap.limit(diagnostics)),
                    sources: sources))
        }
        timer.mark("model")
        // The arena is taken: no one reads it after the decode.
        let decoded = PlanDecoder.decode(loaded.tree.take(), file: file, model: model, givesBackArena: true)
        timer.mark("decode")
        diagnostics += decoded.diagnostics
        var coverage: CoverageMatrix?
        if let plan = decoded.plan, let model {
            let (findings, context) = RuleCatalog.check(plan: plan, model: model, asOf: options.asOf)
            coverage = context.coverage
            diagnostics += findings
            timer.mark("rules and waivers")
        }
        // Every producer capped its own findings; the cap over them all
        // merges rules that several made (a rule's findings of one file
        // from the decoder's chunks, or from the decoder and the waivers).
        let sorted = Diagnostic.sortedForReport(FindingCap.limit(diagnostics))
        timer.mark("sort")
        return .success(
            LintResult(
                file: file, plan: decoded.plan, model: model, diagnostics: sorted, sources: sources, coverage: coverage,
                contacts: decoded.contacts))
    }

    /// The root includes may not leave, when `--root` is not given.
    public static func defaultRoot(for file: String) -> String {
        let cwd = PathText.currentDirectory()
        let planDir = PathText.directory(of: file)
        let realDir = FileReader.realPath(planDir) ?? planDir
        let realCwd = FileReader.realPath(cwd) ?? cwd
        if realDir == realCwd || realDir.hasPrefix(realCwd + "/") { return cwd }
        return planDir
    }

    /// `--model`: what `framework.model` accepts, a built-in id or a model
    /// file (a path here is relative to the current folder, as paths on
    /// the command line are). A word that is no built-in id may still be a
    /// file's name.
    static func resolveOverride(_ name: String, templates: TemplateFiles) -> Result<ModelSource, LintFailure> {
        let isPath = ModelSource.isPath(name)
        if !isPath {
            switch templates.read("frameworks/\(name).yaml") {
            case .success(let file): return .success(.template(file))
            case .failure(.notFound): break
            case .failure(let error): return .failure(LintFailure(error.description))
            }
        }
        if FileReader.exists(name) { return .success(.path(name)) }
        if isPath { return .failure(LintFailure("--model '\(name)': no such model file")) }
        let builtIn = templates.builtInModels()
        let near = Suggest.nearest(to: name, in: builtIn).map { "; did you mean '\($0)'?" } ?? ""
        return .failure(
            LintFailure(
                "--model '\(name)': not a built-in model (\(builtIn.joined(separator: ", "))) nor a model file\(near)"))
    }

    /// A model name is a built-in id, or a path (relative to the plan) when
    /// it holds a slash or ends in .yaml. nil: no such model.
    static func resolveModel(
        _ name: Located<String>?, planFile: String, templates: TemplateFiles
    ) -> Result<ModelSource?, LintFailure> {
        let id = name?.value ?? "default"
        if ModelSource.isPath(id) {
            let path = PathText.join(PathText.directory(of: planFile), id)
            return .success(FileReader.exists(path) ? .path(path) : nil)
        }
        switch templates.read("frameworks/\(id).yaml") {
        case .success(let file): return .success(.template(file))
        case .failure(.notFound): return .success(nil)
        case .failure(let error): return .failure(LintFailure(error.description))
        }
    }
}
