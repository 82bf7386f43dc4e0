import FoundationEssentials
import PFPlanLoader
import PFPlanModel
import PFPlanSupport

/// `pfplan lsp`: the Language Server Protocol 3.17 over any transport.
/// Messages go in through `handle`, replies and notifications out through
/// `send`; checks wait in `flush` until no message is queued, so a burst
/// of keystrokes is checked once. Single-threaded: the transport calls it
/// from one thread.
public final class LanguageServer {
    public enum State: Sendable { case starting, running, shuttingDown }

    public private(set) var state = State.starting
    /// Set by `exit`: 0 after `shutdown`, 1 without.
    public private(set) var exitCode: Int32?
    public private(set) var encoding = PositionEncoding.utf16

    private let send: ([UInt8]) -> Void
    private var store = DocumentStore()
    private var checker: PlanChecker
    /// For each open document, the plans it belongs to.
    private var owners: [String: [String]] = [:]
    /// Plans waiting for a check.
    private var dirty: Set<String> = []
    /// Per file, each plan's findings in it: what is published is their union.
    private var contributions: [String: [String: [Diagnostic]]] = [:]
    /// What was last published per file, with the finding behind each entry.
    private var published: [String: [(Diagnostic, LSPDiagnostic)]] = [:]
    private var outlines: [String: PlanOutline] = [:]
    /// Per plan, the last outline read from text that parsed, and the last
    /// model: while a file is broken mid-edit, completion still knows the
    /// ids and the model's terms.
    private var lastGood: [String: PlanOutline] = [:]
    private var failures: [String: String] = [:]

    public init(options: LintOptions, root: String? = nil, send: @escaping ([UInt8]) -> Void) {
        self.checker = PlanChecker(options: options, rootOverride: root)
        self.send = send
    }

    // MARK: - Dispatch

    public func handle(_ message: IncomingMessage) {
        switch message {
        case .invalid(let id, let error):
            send(JSONRPC.error(id: id, error))
        case .response:
            break
        case .notification(let method, let body):
            notification(method, body)
        case .request(let id, let method, let body):
            if state == .starting && method != "initialize" {
                send(
                    JSONRPC.error(
                        id: id, ResponseError(ResponseError.serverNotInitialized, "the server is not initialized yet")))
                return
            }
            if state == .shuttingDown {
                send(JSONRPC.error(id: id, ResponseError(ResponseError.invalidRequest, "the server is shutting down")))
                return
            }
            do throws(ResponseError) {
                try request(id, method, body)
            } catch {
                send(JSONRPC.error(id: id, error))
            }
        }
    }

    private func reply<R: Encodable>(_ id: RequestID, _ result: R?) {
        send(JSONRPC.response(id: id, result: result))
    }

    private func request(_ id: RequestID, _ method: String, _ body: Data) throws(ResponseError) {
        switch method {
        case "initialize":
            guard state == .starting else {
                throw ResponseError(ResponseError.invalidRequest, "initialize was already received")
            }
            let params = try JSONRPC.params(InitializeParams.self, from: body)
            reply(id, initialize(params))
        case "shutdown":
            state = .shuttingDown
            reply(id, Optional<Int>.none)
        case "textDocument/completion":
            let p = try JSONRPC.params(TextDocumentPositionParams.self, from: body)
            reply(
                id,
                withFeatures(p.textDocument.uri, typingAt: p.position.line) { doc, context in
                    CompletionList(
                        isIncomplete: false,
                        items: Completion.items(at: doc.index.offset(of: p.position, encoding), in: doc.index, context))
                } ?? CompletionList(isIncomplete: false, items: []))
        case "textDocument/hover":
            let p = try JSONRPC.params(TextDocumentPositionParams.self, from: body)
            reply(
                id,
                withFeatures(p.textDocument.uri) { doc, context in
                    HoverInfo.at(place(p.position, doc), file: doc.path, context)
                } ?? nil)
        case "textDocument/definition":
            let p = try JSONRPC.params(TextDocumentPositionParams.self, from: body)
            reply(
                id,
                withFeatures(p.textDocument.uri) { doc, context in
                    Navigation.definition(at: place(p.position, doc), file: doc.path, context)
                } ?? [])
        case "textDocument/references":
            let p = try JSONRPC.params(ReferenceParams.self, from: body)
            reply(
                id,
                withFeatures(p.textDocument.uri) { doc, context in
                    Navigation.references(
                        at: place(p.position, doc), file: doc.path,
                        includeDeclaration: p.context?.includeDeclaration ?? true, context)
                } ?? [])
        case "textDocument/prepareRename":
            let p = try JSONRPC.params(TextDocumentPositionParams.self, from: body)
            guard let (doc, context) = featureContext(p.textDocument.uri) else {
                throw ResponseError(ResponseError.requestFailed, "this file is not part of a plan")
            }
            reply(id, try Navigation.prepareRename(at: place(p.position, doc), file: doc.path, context))
        case "textDocument/rename":
            let p = try JSONRPC.params(RenameParams.self, from: body)
            guard let (doc, context) = featureContext(p.textDocument.uri) else {
                throw ResponseError(ResponseError.requestFailed, "this file is not part of a plan")
            }
            reply(id, try Navigation.rename(at: place(p.position, doc), file: doc.path, to: p.newName, context))
        case "textDocument/codeAction":
            let p = try JSONRPC.params(CodeActionParams.self, from: body)
            // Only quick fixes are offered: a client asking for other kinds gets none.
            if let only = p.context.only, !only.contains(where: { "quickfix".hasPrefix($0) }) {
                reply(id, [CodeAction]())
                return
            }
            reply(
                id,
                withFeatures(p.textDocument.uri) { (doc, context) -> [CodeAction] in
                    let path = PathText.normalize(doc.path)
                    let plan = owners[path]?.first ?? path
                    return CodeActions.actions(for: published[path] ?? [], in: p.range, planFile: plan, context)
                } ?? [])
        case "textDocument/documentSymbol":
            let p = try JSONRPC.params(DocumentParams.self, from: body)
            reply(id, withFeatures(p.textDocument.uri) { doc, context in Symbols.outline(of: doc.path, context) } ?? [])
        default:
            throw ResponseError(ResponseError.methodNotFound, "pfplan lsp does not handle '\(method)'")
        }
    }

    private func notification(_ method: String, _ body: Data) {
        if method == "exit" {
            exitCode = state == .shuttingDown ? 0 : 1
            return
        }
        // Before `initialize`, notifications are dropped (LSP 3.17).
        guard state == .running else { return }
        switch method {
        case "textDocument/didOpen":
            guard let p = try? JSONRPC.params(DidOpenParams.self, from: body) else { return }
            store.open(p.textDocument)
            opened(DocumentURI.path(of: p.textDocument.uri).map(PathText.normalize) ?? p.textDocument.uri)
        case "textDocument/didChange":
            guard let p = try? JSONRPC.params(DidChangeParams.self, from: body),
                let doc = store.change(p, encoding: encoding)
            else { return }
            let path = PathText.normalize(doc.path)
            // A file that has just become a plan (`pfplan:` typed) or
            // stopped being one is placed again.
            if PlanKind.isPlan(doc.bytes, path: path) != (owners[path] == [path]) { opened(path) } else { touch(path) }
        case "textDocument/didSave", "workspace/didChangeWatchedFiles":
            dirty.formUnion(Set(owners.values.flatMap { $0 }))
        case "textDocument/didClose":
            guard let p = try? JSONRPC.params(DocumentParams.self, from: body) else { return }
            closed(p.textDocument.uri)
        default:
            break
        }
    }

    private func initialize(_ params: InitializeParams) -> InitializeResult {
        encoding = PositionEncoding.negotiate(params.capabilities?.general?.positionEncodings)
        var folders = (params.workspaceFolders ?? []).compactMap { DocumentURI.path(of: $0.uri) }
        if folders.isEmpty, let root = params.rootUri.flatMap(DocumentURI.path) ?? params.rootPath { folders = [root] }
        checker.workspaceFolders = folders.map(PathText.normalize)
        state = .running
        return InitializeResult(
            capabilities: ServerCapabilities(
                positionEncoding: encoding.rawValue,
                textDocumentSync: .init(openClose: true, change: 2, save: .init(includeText: false)),
                completionProvider: .init(triggerCharacters: [":", " ", "[", ",", "-"], resolveProvider: false),
                hoverProvider: true, definitionProvider: true, referencesProvider: true,
                renameProvider: .init(prepareProvider: true),
                codeActionProvider: .init(codeActionKinds: ["quickfix"]),
                documentSymbolProvider: true),
            serverInfo: .init(name: "pfplan", version: PFPlanAuthoringInfo.version))
    }

    // MARK: - Documents and plans

    private func bytes(of path: String) -> [UInt8]? {
        if let doc = store.document(atPath: path) { return doc.bytes }
        if case .success(let b) = FileReader.read(path, limit: checker.options.limitBytes) { return b }
        return nil
    }

    /// Finds the plans a newly opened (or re-placed) file belongs to.
    private func opened(_ path: String) {
        let plans = findOwners(of: path)
        owners[path] = plans
        dirty.formUnion(plans)
        if plans.isEmpty { publish(path) }
    }

    private func touch(_ path: String) {
        dirty.formUnion(owners[path] ?? [])
    }

    private func findOwners(of path: String) -> [String] {
        if let b = bytes(of: path), PlanKind.isPlan(b, path: path) { return [path] }
        let known = checker.plans(touching: path)
        if !known.isEmpty { return known }
        // An included file: a plan.yaml in its folder or up to three above.
        var dir = PathText.directory(of: path)
        for _ in 0..<4 {
            for name in ["plan.yaml", "plan.yml"] {
                let candidate = PathText.join(dir, name)
                guard candidate != path, store.document(atPath: candidate) != nil || FileReader.exists(candidate) else {
                    continue
                }
                if case .success(let c) = checker.check(candidate, buffers: store.buffersByPath),
                    c.touched.contains(path)
                {
                    return [candidate]
                }
            }
            let parent = PathText.directory(of: dir)
            if parent == dir { break }
            dir = parent
        }
        return []
    }

    private func closed(_ uri: String) {
        guard let doc = store[uri] else { return }
        let path = PathText.normalize(doc.path)
        store.close(uri)
        owners[path] = nil
        lineCache = [:]
        let tracked = Set(owners.values.flatMap { $0 })
        for plan in checker.checked.keys where !tracked.contains(plan) {
            checker.forget(plan)
            outlines[plan] = nil
            lastGood[plan] = nil
            dirty.remove(plan)
            for file in contributions.keys where contributions[file]?[plan] != nil {
                contributions[file]?[plan] = nil
                publish(file)
            }
        }
        // The plans still open read this file from disk from now on.
        dirty.formUnion(tracked.filter { checker.checked[$0]?.touched.contains(path) == true })
        if !tracked.contains(where: { checker.checked[$0]?.touched.contains(path) == true }) {
            contributions[path] = nil
            publish(path)
        }
    }

    /// Checks the plans that changed and publishes their diagnostics.
    public func flush() {
        guard state == .running, !dirty.isEmpty else { return }
        let plans = dirty.sorted()
        dirty = []
        lineCache = [:]
        let buffers = store.buffersByPath
        for plan in plans {
            outlines[plan] = nil
            switch checker.check(plan, buffers: buffers) {
            case .failure(let failure):
                failures[plan] = failure.description
                contribute(
                    plan,
                    findings: [
                        plan: [
                            Diagnostic(
                                rule: "pfplan", severity: .error, message: failure.description,
                                range: SourceRange(file: plan, line: 1, column: 1))
                        ]
                    ], touched: [plan])
            case .success(let checked):
                failures[plan] = nil
                contribute(plan, findings: checked.findings, touched: checked.touched)
            }
        }
    }

    private func contribute(_ plan: String, findings: [String: [Diagnostic]], touched: Set<String>) {
        var files = touched
        for (file, byPlan) in contributions where byPlan[plan] != nil { files.insert(file) }
        for file in files {
            contributions[file, default: [:]][plan] = touched.contains(file) ? findings[file] ?? [] : nil
            if contributions[file]?.isEmpty == true { contributions[file] = nil }
        }
        for file in files.sorted() { publish(file) }
    }

    private func publish(_ file: String) {
        var union: [Diagnostic] = []
        var seen = Set<Diagnostic>()
        for plan in (contributions[file] ?? [:]).keys.sorted() {
            for d in contributions[file]![plan]! where seen.insert(d).inserted { union.append(d) }
        }
        union = Diagnostic.sortedForReport(union)
        let pairs = union.map { ($0, lspDiagnostic($0)) }
        published[file] = pairs.isEmpty ? nil : pairs
        let doc = store.document(atPath: file)
        send(
            JSONRPC.notification(
                "textDocument/publishDiagnostics",
                PublishDiagnosticsParams(
                    uri: doc?.uri ?? DocumentURI.uri(of: file), version: doc?.version, diagnostics: pairs.map(\.1))))
    }

    /// A finding as the protocol shows it: the rule as `code`, severity
    /// mapped, the hint after the message, related places as related
    /// information, positions in the negotiated encoding.
    func lspDiagnostic(_ d: Diagnostic) -> LSPDiagnostic {
        var message = d.message
        if let hint = d.hint { message += "\nhint: " + hint }
        let related = d.related.map {
            DiagnosticRelatedInformation(
                location: Location(uri: uri(of: $0.range.file), range: lspRange($0.range)), message: $0.message)
        }
        let severity =
            switch d.severity {
            case .error: 1
            case .warning: 2
            case .info: 3
            }
        return LSPDiagnostic(
            range: lspRange(d.range), severity: severity, code: d.rule.rawValue, source: "pfplan",
            message: message, relatedInformation: related.isEmpty ? nil : related)
    }

    private func uri(of file: String) -> String { store.document(atPath: file)?.uri ?? DocumentURI.uri(of: file) }

    /// The lines of files not open in the editor, as the current round of
    /// checks read them: made once per file, not once per finding.
    private var lineCache: [String: LineIndex] = [:]

    /// The lines of a file as the plan's check read it.
    private func lineIndex(_ file: String) -> LineIndex? {
        if let doc = store.document(atPath: file) { return doc.index }
        for entry in checker.checked.values {
            if let source = entry.result.sources[file]
                ?? entry.result.sources.first(where: { PathText.normalize($0.key) == file })?.value
            {
                return LineIndex(source.bytes)
            }
        }
        return bytes(of: file).map(LineIndex.init)
    }

    private func lspRange(_ r: SourceRange) -> LSPRange {
        let file = PathText.normalize(r.file)
        var index = store.document(atPath: file)?.index ?? lineCache[file]
        if index == nil {
            index = lineIndex(file)
            lineCache[file] = index
        }
        guard let index else {
            let p = LSPPosition(line: max(0, r.start.line - 1), character: max(0, r.start.column - 1))
            return LSPRange(start: p, end: p)
        }
        return LSPRange(start: index.position(of: r.start, encoding), end: index.position(of: r.end, encoding))
    }

    // MARK: - Features

    /// The plan read and checked (unpublished) with one line of a buffer blanked.
    private func withoutLine(_ line: Int, of doc: TextDocument, plan: String) -> PlanOutline? {
        var bytes = doc.bytes
        for i in doc.index.lineRange(line) { bytes[i] = 0x20 }
        let path = PathText.normalize(doc.path)
        var buffers = store.buffersByPath
        buffers[path] = bytes
        var options = checker.options
        options.root = checker.root(for: plan)
        options.sources = OverlaySources(buffers: buffers)
        guard case .success(let result) = Linter.lint(plan, options: options), result.plan != nil else { return nil }
        let files = PlanOutline.files(of: plan) { buffers[PathText.normalize($0)] ?? self.bytes(of: $0) }
        guard files[path]?.root != nil else { return nil }
        return PlanOutline(
            plan: plan, files: files, model: result.model, ids: result.plan.map(IdIndex.init),
            findings: result.openDiagnostics)
    }

    private func place(_ p: LSPPosition, _ doc: TextDocument) -> Position {
        doc.index.place(ofByte: doc.index.offset(of: p, encoding))
    }

    private func withFeatures<T>(_ uri: String, typingAt line: Int? = nil, _ body: (TextDocument, FeatureContext) -> T)
        -> T?
    {
        guard let (doc, context) = featureContext(uri, typingAt: line) else { return nil }
        return body(doc, context)
    }

    /// The outline of a plan as the features read it. `typingAt`: the line
    /// the author is typing on; when the file does not parse, it is read
    /// once more without that line, which is usually what breaks it.
    private func featureContext(_ documentURI: String, typingAt line: Int? = nil) -> (TextDocument, FeatureContext)? {
        guard let doc = store[documentURI], let plan = owners[PathText.normalize(doc.path)]?.first else { return nil }
        if dirty.contains(plan) { flush() }
        var outline: PlanOutline
        if let cached = outlines[plan] {
            outline = cached
        } else {
            let result = checker.checked[plan]?.result
            var files = PlanOutline.files(of: plan) { self.bytes(of: $0) }
            let previous = lastGood[plan]
            for (file, fileOutline) in files where fileOutline.root == nil {
                if let good = previous?.files[file] { files[file] = good }
            }
            outline = PlanOutline(
                plan: plan, files: files, model: result?.model ?? previous?.model,
                ids: result?.plan.map(IdIndex.init) ?? previous?.ids, findings: result?.openDiagnostics ?? [])
            outlines[plan] = outline
            lastGood[plan] = outline
        }
        let path = PathText.normalize(doc.path)
        if let line, outline.files[path]?.root == nil || outline.model == nil, line < doc.index.lineCount {
            outline = withoutLine(line, of: doc, plan: plan) ?? outline
        }
        var indexes: [String: LineIndex] = [:]
        for file in outline.files.keys { indexes[file] = lineIndex(file) }
        var uris: [String: String] = [:]
        for file in outline.files.keys { uris[file] = uri(of: file) }
        let frozenIndexes = indexes
        let frozenURIs = uris
        let context = FeatureContext(
            outline: outline, encoding: encoding,
            lines: {
                frozenIndexes[PathText.normalize($0)] ?? FileReader.read($0, limit: 1 << 26).success.map(LineIndex.init)
            },
            uri: { frozenURIs[PathText.normalize($0)] ?? DocumentURI.uri(of: $0) },
            builtInModels: { [templates = checker.options.templates] in templates.builtInModels() })
        return (doc, context)
    }
}

extension Result {
    var success: Success? {
        if case .success(let s) = self { return s }
        return nil
    }
}

extension LintOptions {
    /// The loader's limit on one file.
    var limitBytes: Int { YAMLLimits.standard.maxFileBytes }
}

public enum PFPlanAuthoringInfo {
    public static let version = "0.1.0"
}
