import PFPlanSupport
/// Loads a plan file and its includes into one node tree. Findings about
/// included files point into those files; list entries keep their own
/// file in their ranges, so nothing downstream needs to know about includes.
public struct PlanLoader: Sendable {
    /// The top-level keys whose lists an included file may add to, in order.
    public var appendableKeys: [String]
    public var limits: YAMLLimits
    /// Where files are read: the disk, or open editor buffers before it.
    public var sources: any SourceProvider

    public init(appendableKeys: [String], limits: YAMLLimits = .standard, sources: any SourceProvider = DiskSources()) {
        self.appendableKeys = appendableKeys
        self.limits = limits
        self.sources = sources
    }

    /// Reads and parses one YAML file (a plan, a model) without includes.
    /// Over-large files and bad encodings become findings, not errors:
    /// only a file that cannot be read at all is a `FileError`.
    public func parseFile(_ path: String) -> Result<ParsedFile, FileError> {
        switch sources.read(path, limit: limits.maxFileBytes) {
        case .failure(let error):
            if case .tooLarge(let bytes, let limit) = error.reason {
                let range = SourceRange(file: path, line: 1, column: 1)
                let megabytes = Double(bytes) / 1_048_576
                return .success(
                    ParsedFile(
                        source: SourceText(file: path, utf8: []), tree: nil,
                        diagnostics: [
                            Diagnostic(
                                rule: .yamlLimits, severity: .error,
                                message:
                                    "the file is \(String(format2: megabytes)) MiB, over the limit of \(limit >> 20) MiB",
                                range: range, hint: "split the plan into included files")
                        ]))
            }
            return .failure(error)
        case .success(let raw):
            return .success(parse(raw, file: path))
        }
    }

    /// Parses bytes already in memory (tests, rule examples).
    public func parse(_ raw: [UInt8], file: String) -> ParsedFile {
        if raw.count > limits.maxFileBytes {
            let range = SourceRange(file: file, line: 1, column: 1)
            return ParsedFile(
                source: SourceText(file: file, utf8: []), tree: nil,
                diagnostics: [
                    Diagnostic(
                        rule: .yamlLimits, severity: .error,
                        message: "the text is \(raw.count) bytes, over the limit of \(limits.maxFileBytes) bytes",
                        range: range)
                ])
        }
        switch TextDecoding.utf8(from: raw) {
        case .failure(let problem):
            return ParsedFile(
                source: SourceText(file: file, utf8: raw.count < 1 << 20 ? raw : []), tree: nil,
                diagnostics: [
                    Diagnostic(
                        rule: .yamlEncoding, severity: .error, message: problem.message,
                        range: SourceRange(file: file, start: problem.position, end: problem.position))
                ])
        case .success(let utf8):
            return YAMLParser.parse(SourceText(file: file, utf8: utf8), limits: limits)
        }
    }

    /// Loads a plan with its includes. `root` confines includes: after
    /// symlinks are resolved an include must stay inside it.
    public func load(_ path: String, root: String) -> Result<LoadedPlan, FileError> {
        let parsed: ParsedFile
        switch parseFile(path) {
        case .failure(let error): return .failure(error)
        case .success(let p): parsed = p
        }
        var plan = LoadedPlan(
            file: path, tree: parsed.tree, sources: [path: parsed.source], diagnostics: parsed.diagnostics)
        // Includes are merged in a `Node` tree; a plan without any keeps
        // its arena as parsed.
        guard let tree = parsed.tree, let top = tree.root, tree.value(forKey: "include", in: top) != nil else {
            return .success(plan)
        }
        var rootNode = tree.node(top)
        let realRoot = FileReader.realPath(root) ?? root
        var chain = [sources.realPath(path) ?? path]
        expandIncludes(of: &rootNode, file: path, realRoot: realRoot, chain: &chain, into: &plan)
        plan.diagnostics += plan.tally.closingFindings()
        plan.tree = NodeArena(rootNode)
        return .success(plan)
    }

    private func expandIncludes(
        of node: inout Node, file: String, realRoot: String, chain: inout [String], into plan: inout LoadedPlan
    ) {
        guard case .mapping(var pairs) = node.content,
            let index = pairs.firstIndex(where: { $0.key.scalar?.text == "include" })
        else { return }
        let includeNode = pairs[index].value
        var entries: [Node] = []
        switch includeNode.content {
        case .sequence(let items): entries = items
        case .scalar(let s) where !s.isNull: entries = [includeNode]
        case .scalar: entries = []
        case .mapping:
            plan.report(
                Diagnostic(
                    rule: "schema/type", severity: .error,
                    message: "'include' must be a list of file names, not a mapping",
                    range: includeNode.range, path: "include"))
        }
        let realPlanFolder = FileReader.realPath(PathText.directory(of: plan.file)) ?? PathText.directory(of: plan.file)
        for (position, entry) in entries.enumerated() {
            guard let name = entry.scalar?.text, !name.isEmpty else {
                plan.report(
                    Diagnostic(
                        rule: "schema/type", severity: .error,
                        message: "an include must name a file, found \(entry.kindDescription)",
                        range: entry.range, path: "include[\(position)]"))
                continue
            }
            let target = PathText.join(PathText.directory(of: file), name)
            let where_ = "include[\(position)]"
            // Messages name files relative to the plan's folder: a forced
            // render quotes them in a public page, which must not name the
            // machine's folders.
            let planFolder = PathText.directory(of: plan.file)
            guard let real = sources.realPath(target), sources.exists(target) else {
                plan.report(
                    Diagnostic(
                        rule: .includeNotFound, severity: .error,
                        message:
                            "the included file '\(name)' does not exist (looked for \(PathText.relative(target, to: planFolder)))",
                        range: entry.range, path: where_,
                        hint: "include paths are relative to the file that includes them"))
                continue
            }
            guard real == realRoot || real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else {
                plan.report(
                    Diagnostic(
                        rule: .includeOutsideRoot, severity: .error,
                        message:
                            "the included file '\(name)' resolves to \(PathText.relative(real, to: realPlanFolder)) from the plan's "
                            + "folder (links followed), outside the root (\(Self.rootWords(PathText.relative(realRoot, to: realPlanFolder))))",
                        range: entry.range, path: where_,
                        hint: "keep included files inside the plan's folder, or pass a wider --root"))
                continue
            }
            if let loop = chain.firstIndex(of: real) {
                let cycle = (chain[loop...] + [real]).map { PathText.lastComponent($0) }.joined(separator: " -> ")
                plan.report(
                    Diagnostic(
                        rule: .includeCycle, severity: .error,
                        message: "including '\(name)' makes a cycle: \(cycle)",
                        range: entry.range, path: where_))
                continue
            }
            let parsed: ParsedFile
            switch parseFile(target) {
            case .failure(let error):
                plan.report(
                    Diagnostic(
                        rule: .includeNotFound, severity: .error,
                        message: "the included file '\(name)' cannot be read: "
                            + FileError(path: PathText.relative(target, to: planFolder), reason: error.reason)
                            .description,
                        range: entry.range, path: where_))
                continue
            case .success(let p): parsed = p
            }
            plan.sources[target] = parsed.source
            plan.diagnostics += parsed.diagnostics
            guard var included = parsed.root else { continue }
            guard case .mapping = included.content else {
                plan.report(
                    Diagnostic(
                        rule: "schema/type", severity: .error,
                        message:
                            "an included file must be a mapping of lists (\(appendableKeys.joined(separator: ", "))), found \(included.kindDescription)",
                        range: included.range))
                continue
            }
            chain.append(real)
            expandIncludes(of: &included, file: target, realRoot: realRoot, chain: &chain, into: &plan)
            chain.removeLast()
            append(included, into: &pairs, plan: &plan)
        }
        node.content = .mapping(pairs)
    }

    /// The root in a message, from the plan's folder.
    static func rootWords(_ relative: String) -> String {
        relative == "." ? "the plan's folder" : "\(relative) from the plan's folder"
    }

    /// Appends the lists of an included mapping to the including one.
    private func append(_ included: Node, into pairs: inout [Pair], plan: inout LoadedPlan) {
        guard case .mapping(let addedPairs) = included.content else { return }
        for pair in addedPairs {
            guard let key = pair.key.scalar?.text else { continue }
            if key == "include" || key.hasPrefix("x-") { continue }
            guard appendableKeys.contains(key) else {
                let suggestion = Suggest.nearest(to: key, in: appendableKeys)
                plan.report(
                    Diagnostic(
                        rule: "schema/unknown-key", severity: .error,
                        message:
                            "an included file may add only to \(appendableKeys.joined(separator: ", ")); '\(key)' belongs in the main plan"
                            + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                        range: pair.key.range, path: key))
                continue
            }
            guard case .sequence(let items) = pair.value.content else {
                if case .scalar(let s) = pair.value.content, s.isNull { continue }
                plan.report(
                    Diagnostic(
                        rule: "schema/type", severity: .error,
                        message: "'\(key)' must be a list, found \(pair.value.kindDescription)",
                        range: pair.value.range, path: key))
                continue
            }
            if let i = pairs.firstIndex(where: { $0.key.scalar?.text == key }) {
                if case .sequence(let existing) = pairs[i].value.content {
                    pairs[i].value.content = .sequence(existing + items)
                } else if case .scalar(let s) = pairs[i].value.content, s.isNull {
                    pairs[i].value.content = .sequence(items)
                }
                // Otherwise the main plan's value has the wrong type; the
                // decoder reports that at the main plan's own place.
            } else {
                pairs.append(Pair(key: pair.key, value: pair.value))
            }
        }
    }
}

/// A loaded plan: the merged tree, the text of every file read (for
/// quoting lines), and the loader's findings.
public struct LoadedPlan: Sendable {
    public var file: String
    public var tree: NodeArena?
    public var sources: [String: SourceText]
    public var diagnostics: [Diagnostic]
    /// The include findings are capped where they are made (`FindingCap`):
    /// `include: [a, a, a, ...]` is a finding every three bytes.
    var tally = FindingTally()

    /// The nodes as a `Node` tree, made on each call.
    public var root: Node? { tree?.rootNode }

    mutating func report(_ d: Diagnostic) {
        if tally.admit(d.rule, at: d.range, severity: d.severity) { diagnostics.append(d) }
    }
}

extension PathText {
    public static func lastComponent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}

extension String {
    init(format2 value: Double) {
        let scaled = (value * 100).rounded() / 100
        self = "\(scaled)"
    }
}
