import Foundation
import PFPlanAuthoring
import PFPlanLoader
import PFPlanModel
import PFPlanPublishing
import Testing

/// A language server in the test process: messages in as JSON text,
/// everything it sends kept as decoded objects.
final class ServerHarness {
    private(set) var sent: [[String: Any]] = []
    var server: LanguageServer!
    private var nextID = 1

    init(encodings: [String]? = nil, root: String? = nil) {
        server = LanguageServer(options: lintOptions(), root: root) { [unowned self] bytes in
            self.sent.append(try! JSONSerialization.jsonObject(with: Data(bytes)) as! [String: Any])
        }
        var capabilities: [String: Any] = [:]
        if let encodings { capabilities["general"] = ["positionEncodings": encodings] }
        _ = request("initialize", ["processId": NSNull(), "rootUri": NSNull(), "capabilities": capabilities])
        notify("initialized", [:])
    }

    func raw(_ json: [String: Any]) {
        server.handle(JSONRPC.classify(Array(try! JSONSerialization.data(withJSONObject: json))))
    }

    @discardableResult
    func request(_ method: String, _ params: Any) -> [String: Any] {
        let id = nextID
        nextID += 1
        raw(["jsonrpc": "2.0", "id": id, "method": method, "params": params])
        return sent.last { ($0["id"] as? Int) == id } ?? [:]
    }

    func notify(_ method: String, _ params: Any) {
        raw(["jsonrpc": "2.0", "method": method, "params": params])
    }

    func open(_ path: String, _ text: String, version: Int = 1) {
        notify(
            "textDocument/didOpen",
            [
                "textDocument": [
                    "uri": DocumentURI.uri(of: path), "languageId": "yaml", "version": version, "text": text,
                ]
            ])
        server.flush()
    }

    func change(_ path: String, _ changes: [[String: Any]], version: Int) {
        notify(
            "textDocument/didChange",
            ["textDocument": ["uri": DocumentURI.uri(of: path), "version": version], "contentChanges": changes])
        server.flush()
    }

    /// The last diagnostics published for a file.
    func diagnostics(_ path: String) -> [[String: Any]]? {
        let uri = DocumentURI.uri(of: path)
        let last = sent.last {
            ($0["method"] as? String) == "textDocument/publishDiagnostics"
                && (($0["params"] as? [String: Any])?["uri"] as? String) == uri
        }
        return (last?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]
    }

    func at(_ path: String, _ line: Int, _ character: Int) -> [String: Any] {
        ["textDocument": ["uri": DocumentURI.uri(of: path)], "position": ["line": line, "character": character]]
    }
}

/// The zero-based line and UTF-16 character of the first `needle` in `text`, plus an offset.
func place(of needle: String, in text: String, plus: Int = 0) -> (Int, Int) {
    let range = text.range(of: needle)!
    let before = text[..<range.lowerBound]
    let line = before.filter { $0 == "\n" }.count
    let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
    return (line, text[lineStart..<range.lowerBound].utf16.count + plus)
}

/// The rule examples' small clean plan, ending its last line.
let base = RuleExample.basePlan + "\n"

@Suite("pfplan lsp server")
struct LSPServerTests {
    private func folder(_ files: [String: String]) throws -> URL {
        let dir = try makeTemporaryFolder()
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    @Test func diagnosticsAreLintsFindingsForTheBufferText() throws {
        let clean = base
        let typo =
            clean.replacingOccurrences(of: "lead: city-of-sampleton", with: "lead: city-of-sampletn")
            .replacingOccurrences(of: "sector: education", with: "sector: educaton")
            + "include: [more.yaml]\n"
        let more = "stakeholders:\n  - {id: ngo, name: مدينة 😀 Group, sector: civil-socity}\n"
        let dir = try folder(["plan.yaml": clean, "more.yaml": more])
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("plan.yaml").path
        let include = dir.appendingPathComponent("more.yaml").path
        for encoding in ["utf-16", "utf-8", "utf-32"] {
            let h = ServerHarness(encodings: [encoding], root: dir.path)
            // The buffer, not the disk, is checked.
            h.open(plan, typo)
            let published = h.diagnostics(plan) ?? []
            let publishedInclude = h.diagnostics(include) ?? []
            // The same text on disk, through lint's own code.
            try Data(typo.utf8).write(to: URL(fileURLWithPath: plan))
            let result = try #require(Linter.lint(plan, options: lintOptions(root: dir.path)).success)
            try Data(clean.utf8).write(to: URL(fileURLWithPath: plan))
            let expected = result.openDiagnostics
            #expect(published.count + publishedInclude.count == expected.count)
            #expect(expected.contains { $0.rule == "refs/unknown" })
            let enc = PositionEncoding(rawValue: encoding)!
            for d in expected {
                let file = d.range.file == plan ? plan : include
                let list = file == plan ? published : publishedInclude
                let index = LineIndex(Array((file == plan ? typo : more).utf8))
                let start = index.position(of: d.range.start, enc)
                let end = index.position(of: d.range.end, enc)
                let match = list.first {
                    ($0["code"] as? String) == d.rule.rawValue
                        && ($0["message"] as? String)?.hasPrefix(d.message) == true
                }
                let range = try #require(match?["range"] as? [String: [String: Int]], "\(d.rule) \(d.message)")
                #expect(range["start"]! == ["line": start.line, "character": start.character])
                #expect(range["end"]! == ["line": end.line, "character": end.character])
                #expect(match?["severity"] as? Int == (d.severity == .error ? 1 : d.severity == .warning ? 2 : 3))
                if let hint = d.hint { #expect((match?["message"] as? String)?.hasSuffix("\nhint: " + hint) == true) }
            }
            // The Arabic and the emoji before the sector: columns differ per encoding.
            let sector = try #require(
                publishedInclude.first { ($0["message"] as? String)?.contains("civil-socity") == true })
            let start = (sector["range"] as! [String: [String: Int]])["start"]!["character"]!
            let prefix = "  - {id: ngo, name: مدينة 😀 Group, sector: "
            let expectedColumn =
                switch encoding {
                case "utf-8": prefix.utf8.count
                case "utf-16": prefix.utf16.count
                default: prefix.unicodeScalars.count
                }
            #expect(start == expectedColumn)
        }
    }

    @Test func anOpenIncludeWinsOverTheDiskAndClosingClears() throws {
        let plan0 = base + "include: [more.yaml]\n"
        let dir = try folder(["plan.yaml": plan0, "more.yaml": "stakeholders: []\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("plan.yaml").path
        let include = dir.appendingPathComponent("more.yaml").path
        let h = ServerHarness(root: dir.path)
        h.open(include, "stakeholders:\n  - {id: ngo, name: NGO, sector: civil-socity}\n")
        #expect(h.diagnostics(include)?.contains { $0["code"] as? String == "schema/value" } == true)
        h.open(plan, plan0)
        h.notify("textDocument/didClose", ["textDocument": ["uri": DocumentURI.uri(of: include)]])
        h.server.flush()
        // The plan still open now reads the include from disk: clean.
        #expect(h.diagnostics(include)?.isEmpty == true)
        h.notify("textDocument/didClose", ["textDocument": ["uri": DocumentURI.uri(of: plan)]])
        h.server.flush()
        #expect(h.diagnostics(plan)?.isEmpty == true)
    }

    @Test func incrementalEditsAreChecked() throws {
        let dir = try folder(["plan.yaml": base])
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("plan.yaml").path
        let h = ServerHarness(root: dir.path)
        h.open(plan, base)
        let before = h.diagnostics(plan)?.count ?? -1
        let (line, character) = place(of: "lead: city-of-sampleton", in: base, plus: 6)
        h.change(
            plan,
            [
                [
                    "range": [
                        "start": ["line": line, "character": character],
                        "end": ["line": line, "character": character + 4],
                    ],
                    "text": "town",
                ]
            ], version: 2)
        let after = h.diagnostics(plan) ?? []
        #expect(after.count > before)
        #expect(after.contains { ($0["message"] as? String)?.contains("'town-of-sampleton' is not defined") == true })
    }

    @Test func completesIdsKeysAndModelTerms() throws {
        let dir = try folder(["plan.yaml": base])
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("plan.yaml").path
        // The line being typed breaks the YAML; the rest still counts.
        let text = base.replacingOccurrences(
            of: "    lead: city-of-sampleton\n", with: "    lead: \n    stage: \n    sta\n")
        let h = ServerHarness(root: dir.path)
        h.open(plan, text)
        var current = text
        func labels(_ needle: String, plus: Int) -> [String] {
            let (l, c) = place(of: needle, in: current, plus: plus)
            let result = h.request("textDocument/completion", h.at(plan, l, c))["result"] as? [String: Any]
            return ((result?["items"] as? [[String: Any]]) ?? []).compactMap { $0["label"] as? String }
        }
        let keys = labels("    sta\n", plus: 7)
        // Only the keys the action does not have yet, above or below the cursor,
        // read from the format's spec (new keys join the list by themselves).
        guard case .list(.object(let action))? = PlanFormat.plan.field("actions")?.kind else {
            Issue.record("actions are a list of objects")
            return
        }
        let present: Set = ["id", "title", "stage", "lead", "partners", "start", "due", "status", "indicators"]
        #expect(keys.sorted() == action.keys.filter { !present.contains($0) }.sorted())
        #expect(keys.contains("budget") && keys.contains("description"))
        current = text.replacingOccurrences(of: "    sta\n", with: "")
        h.change(plan, [["text": current]], version: 2)
        let leads = labels("    lead: \n", plus: 10)
        #expect(leads.contains("city-of-sampleton") && leads.contains("m-chair"))
        #expect(!leads.contains("counselling"))  // a resource cannot lead
        #expect(labels("    stage: \n", plus: 11) == ["assess", "primary", "secondary", "tertiary", "post-incident"])
        // Flow lists and flow mappings on one line.
        #expect(labels("partners: [health-dept]", plus: 11).contains("schools"))
        #expect(labels("sector: local-government, roles: [chair]", plus: 8).contains("public-health"))
        #expect(labels("roles: [chair]", plus: 8).contains("coordinator"))
    }

    @Test func hoverDefinitionReferencesAndRenameAcrossIncludes() throws {
        let main = base + "include: [more.yaml]\n"
        let more = "resources:\n  - id: line\n    name: Help line\n    kind: hotline\n    provider: \"clinic\"\n"
        let dir = try folder(["plan.yaml": main, "more.yaml": more])
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("plan.yaml").path
        let include = dir.appendingPathComponent("more.yaml").path
        let h = ServerHarness(root: dir.path)
        h.open(plan, main)
        h.open(include, more)
        let (l, c) = place(of: "provider: \"clinic\"", in: more, plus: 12)
        let hover =
            ((h.request("textDocument/hover", h.at(include, l, c))["result"] as? [String: Any])?["contents"]
            as? [String: Any])?["value"] as? String
        #expect(hover?.contains("**stakeholder** `clinic` — Sampleton Counselling Clinic") == true)
        #expect(hover?.contains("sector: Mental health") == true || hover?.contains("(`mental-health`)") == true)
        let definition = h.request("textDocument/definition", h.at(include, l, c))["result"] as? [[String: Any]]
        #expect(definition?.count == 1 && definition?.first?["uri"] as? String == DocumentURI.uri(of: plan))
        var refsParams = h.at(include, l, c)
        refsParams["context"] = ["includeDeclaration": false]
        let refs = h.request("textDocument/references", refsParams)["result"] as? [[String: Any]] ?? []
        // In the plan: the member's organization, the resource's provider, a
        // lead, an indicator's collected-by, a partner, the pathway's intake
        // and team, and the agreement's parties; and the include's provider.
        #expect(refs.count == 9)
        let rename = h.request("textDocument/rename", h.at(include, l, c).merging(["newName": "county-clinic"]) { $1 })
        let changes = (rename["result"] as? [String: Any])?["changes"] as? [String: [[String: Any]]]
        // Those eight and the definition itself.
        #expect(changes?[DocumentURI.uri(of: plan)]?.count == 9)
        // Inside the quotes only.
        let quoted = changes?[DocumentURI.uri(of: include)]?.first?["range"] as? [String: [String: Int]]
        #expect(quoted?["start"]?["character"] == c - 1 && quoted?["end"]?["character"] == c + 5)
        let bad = h.request("textDocument/rename", h.at(include, l, c).merging(["newName": "Bad Id"]) { $1 })
        #expect(
            (bad["error"] as? [String: Any])?["message"] as? String
                == "'Bad Id' is not a valid id: use lower-case letters, digits and hyphens, starting with a letter or digit, at most 64"
        )
        let taken = h.request("textDocument/rename", h.at(include, l, c).merging(["newName": "police"]) { $1 })
        #expect(
            ((taken["error"] as? [String: Any])?["message"] as? String)?.hasPrefix(
                "'police' is already the id of the stakeholder at plan.yaml:") == true)
    }

    @Test func quickFixesSuggestAndWaive() throws {
        let text = base.replacingOccurrences(of: "sector: education", with: "sector: educaton")
        let dir = try folder(["plan.yaml": text])
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("plan.yaml").path
        let h = ServerHarness(root: dir.path)
        h.open(plan, text)
        let all = h.diagnostics(plan) ?? []
        let typo = try #require(all.first { $0["code"] as? String == "schema/value" })
        let actions =
            h.request(
                "textDocument/codeAction",
                [
                    "textDocument": ["uri": DocumentURI.uri(of: plan)], "range": typo["range"]!,
                    "context": ["diagnostics": [typo]],
                ])["result"] as? [[String: Any]] ?? []
        #expect(actions.map { $0["title"] as? String } == ["Change to 'education'"])
        let edit =
            (((actions.first?["edit"] as? [String: Any])?["changes"] as? [String: Any])?[DocumentURI.uri(of: plan)]
            as? [[String: Any]])?.first
        #expect(edit?["newText"] as? String == "education")

        let waivable = try #require(
            all.first {
                ["directory/orphan", "coverage/audience-unserved", "roles/vacant"].contains($0["code"] as? String)
                    || ($0["code"] as? String)?.hasPrefix("coverage/") == true
            })
        let waive =
            h.request(
                "textDocument/codeAction",
                [
                    "textDocument": ["uri": DocumentURI.uri(of: plan)], "range": waivable["range"]!,
                    "context": ["diagnostics": [waivable]],
                ])["result"] as? [[String: Any]] ?? []
        let action = try #require(waive.first { ($0["title"] as? String)?.hasPrefix("Waive ") == true })
        let insert =
            (((action["edit"] as? [String: Any])?["changes"] as? [String: Any])?[DocumentURI.uri(of: plan)]
            as? [[String: Any]])?.first
        let newText = try #require(insert?["newText"] as? String)
        #expect(newText.contains("- rule: \(waivable["code"] as! String)\n") && newText.hasSuffix("reason: TODO\n"))
        // Applied, the waiver makes the finding go (and needs its reason filled in).
        var applied = text
        if let r = insert?["range"] as? [String: [String: Int]],
            r["start"]!["line"]! >= text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        {
            applied += newText
        } else {
            Issue.record("the waiver goes at the end of a plan with no waivers")
        }
        h.change(plan, [["text": applied]], version: 2)
        let after = h.diagnostics(plan) ?? []
        #expect(!after.contains { ($0["message"] as? String) == (waivable["message"] as? String) })
        // No new error (a TODO reason may be reported as a placeholder, a warning).
        #expect(after.filter { $0["severity"] as? Int == 1 }.count == all.filter { $0["severity"] as? Int == 1 }.count)
    }

    /// Applies LSP text edits (UTF-16 positions) to a text, last first.
    private func apply(_ edits: [[String: Any]], to text: String) -> String {
        var bytes = Array(text.utf8)
        let sorted = edits.sorted {
            let a = ($0["range"] as! [String: [String: Int]])["start"]!
            let b = ($1["range"] as! [String: [String: Int]])["start"]!
            return (a["line"]!, a["character"]!) > (b["line"]!, b["character"]!)
        }
        for edit in sorted {
            let r = edit["range"] as! [String: [String: Int]]
            let index = LineIndex(bytes)
            let start = index.offset(
                of: LSPPosition(line: r["start"]!["line"]!, character: r["start"]!["character"]!), .utf16)
            let end = index.offset(
                of: LSPPosition(line: r["end"]!["line"]!, character: r["end"]!["character"]!), .utf16)
            bytes.replaceSubrange(start..<end, with: Array((edit["newText"] as! String).utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func aWaiverJoinsAnExistingBlockList() throws {
        let text = try String(
            contentsOf: TestPaths.examples.appendingPathComponent("stamford-ct/plan.yaml"), encoding: .utf8)
        let dir = try folder(["plan.yaml": text])
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("plan.yaml").path
        let h = ServerHarness(root: dir.path)
        h.open(plan, text)
        let all = h.diagnostics(plan) ?? []
        let waivable = try #require(
            all.first { ($0["code"] as? String).flatMap { RuleCatalog.description(of: $0)?.isWaivable } == true })
        let actions =
            h.request(
                "textDocument/codeAction",
                [
                    "textDocument": ["uri": DocumentURI.uri(of: plan)], "range": waivable["range"]!,
                    "context": ["diagnostics": [waivable]],
                ])["result"] as? [[String: Any]] ?? []
        let action = try #require(actions.first { ($0["title"] as? String)?.hasPrefix("Waive ") == true })
        let edits = try #require(
            ((action["edit"] as? [String: Any])?["changes"] as? [String: Any])?[DocumentURI.uri(of: plan)]
                as? [[String: Any]])
        let applied = apply(edits, to: text)
        // The new entry follows the existing one, at its indentation.
        #expect(applied.contains("    until: 2027-06-30\n  - rule: \(waivable["code"] as! String)\n"))
        h.change(plan, [["text": applied]], version: 2)
        let after = h.diagnostics(plan) ?? []
        #expect(!after.contains { ($0["message"] as? String) == (waivable["message"] as? String) })
        #expect(
            !after.contains {
                ($0["code"] as? String)?.hasPrefix("yaml/") == true
                    || ($0["code"] as? String)?.hasPrefix("schema/") == true
            })
    }

    @Test func outlineGroupsActionsByStage() throws {
        let dir = try folder(["plan.yaml": base])
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("plan.yaml").path
        let h = ServerHarness(root: dir.path)
        h.open(plan, base)
        let symbols =
            h.request("textDocument/documentSymbol", ["textDocument": ["uri": DocumentURI.uri(of: plan)]])["result"]
            as? [[String: Any]] ?? []
        let names = symbols.map { $0["name"] as? String ?? "" }
        #expect(
            names == [
                "pfplan", "city", "framework", "assessment", "leadership", "stakeholders", "resources", "actions",
                "pathways",
                "agreements", "safeguards",
            ])
        func children(_ name: String) -> [[String: Any]] {
            names.firstIndex(of: name).flatMap { symbols[$0]["children"] as? [[String: Any]] } ?? []
        }
        #expect(children("actions").first?["detail"] as? String == "assess")
        let members = children("leadership").first { $0["name"] as? String == "members" }
        #expect((members?["children"] as? [[String: Any]])?.first?["name"] as? String == "m-chair")
    }

    @Test func lifecycleAndErrors() {
        var sent: [[String: Any]] = []
        let server = LanguageServer(options: lintOptions()) {
            sent.append(try! JSONSerialization.jsonObject(with: Data($0)) as! [String: Any])
        }
        func send(_ json: String) { server.handle(JSONRPC.classify(Array(json.utf8))) }
        send(#"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}}"#)
        #expect((sent.last?["error"] as? [String: Any])?["code"] as? Int == -32002)
        send(#"{"jsonrpc":"2.0","id":2,"method":"initialize","params":{"capabilities":{}}}"#)
        send(#"{"jsonrpc":"2.0","id":3,"method":"textDocument/unknown","params":{}}"#)
        #expect((sent.last?["error"] as? [String: Any])?["code"] as? Int == -32601)
        send(#"{"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{}}}"#)
        #expect((sent.last?["error"] as? [String: Any])?["code"] as? Int == -32602)
        send(
            #"{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///nowhere.yaml"},"position":{"line":0,"character":0}}}"#
        )
        #expect(sent.last?["result"] is NSNull)
        send(#"{"jsonrpc":"2.0","id":6,"method":"initialize","params":{"capabilities":{}}}"#)
        #expect((sent.last?["error"] as? [String: Any])?["code"] as? Int == -32600)
        #expect(server.exitCode == nil)
        send(#"{"jsonrpc":"2.0","id":7,"method":"shutdown"}"#)
        send(#"{"jsonrpc":"2.0","id":8,"method":"textDocument/hover","params":{}}"#)
        #expect((sent.last?["error"] as? [String: Any])?["code"] as? Int == -32600)
        send(#"{"jsonrpc":"2.0","method":"exit"}"#)
        #expect(server.exitCode == 0)

        let other = LanguageServer(options: lintOptions()) { _ in }
        other.handle(JSONRPC.classify(Array(#"{"jsonrpc":"2.0","method":"exit"}"#.utf8)))
        #expect(other.exitCode == 1)
    }

    @Test func didYouMeanIsReadFromEveryRulesWording() {
        #expect(CodeActions.suggestion(in: "lead 'x' is not defined; did you mean 'city-of-x'?") == "city-of-x")
        #expect(CodeActions.suggestion(in: "'helth' is not a known sector; did you mean 'health'?") == "health")
        #expect(CodeActions.suggestion(in: "'x' is not defined") == nil)
    }
}

extension Result {
    var success: Success? {
        if case .success(let s) = self { return s }
        return nil
    }
}

/// The real binary over pipes: garbage, a closed stdin and a client that
/// vanishes end in a JSON-RPC error or a clean exit, never a crash.
@Suite("pfplan lsp over stdio")
struct LSPStdioTests {
    private func run(_ input: [UInt8], closeAfter: Bool = true) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = TestPaths.binary
        process.arguments = ["lsp", "--templates", TestPaths.templates]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input))
        if closeAfter { try stdin.fileHandleForWriting.close() }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    private func frame(_ json: String) -> [UInt8] { MessageFramer.frame(Array(json.utf8)) }

    @Test(.timeLimit(.minutes(1))) func garbageGetsErrorsAndAClosedInputEnds() throws {
        var input: [UInt8] = Array("nonsense\r\n\r\n".utf8)
        input += frame("{not json")
        input += Array("Content-Length: 5\r\n\r\n[1,2".utf8)  // cut short by the close
        let (status, output) = try run(input)
        #expect(status == 1)
        #expect(output.contains(#""code":-32700"#))
    }

    @Test(.timeLimit(.minutes(1))) func shutdownThenExitIsZeroAndExitAloneIsOne() throws {
        let initialize = frame(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#)
        let ok = try run(
            initialize + frame(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#)
                + frame(#"{"jsonrpc":"2.0","method":"exit"}"#))
        #expect(ok.status == 0)
        #expect(ok.output.contains(#""id":2,"jsonrpc":"2.0","result":null"#))
        let abrupt = try run(initialize + frame(#"{"jsonrpc":"2.0","method":"exit"}"#))
        #expect(abrupt.status == 1)
        // The end of input after shutdown is a clean stop too.
        let closed = try run(initialize + frame(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#))
        #expect(closed.status == 0)
    }

    @Test(.timeLimit(.minutes(1))) func aQueuedRequestCanBeCancelled() throws {
        let initialize = frame(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#)
        // Sent in one write, the hover is still queued when its cancel arrives.
        let hover = frame(
            #"{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///x.yaml"},"position":{"line":0,"character":0}}}"#
        )
        let cancel = frame(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":7}}"#)
        let (_, output) = try run(initialize + hover + cancel)
        let cancelled = output.contains(#""code":-32800"#) && output.contains(#""id":7"#)
        let answered = output.contains(#""id":7,"jsonrpc":"2.0","result":null"#)
        // Either it was cancelled in time, or it had already been answered.
        #expect(cancelled != answered)
    }
}
