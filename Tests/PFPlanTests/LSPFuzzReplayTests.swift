import Foundation
import PFPlanAuthoring
import Testing

/// The fuzz corpus through the language server: each file opened as a
/// plan, edited at random places (seeded, so a failure repeats), and
/// hovered, completed, outlined and navigated at random places. Passing
/// means no crash, no hang, and an answer to every request.
@Suite("LSP fuzz corpus replay")
struct LSPFuzzReplayTests {
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let corpus: [URL] = {
        let dir = TestPaths.checkout.appendingPathComponent("Fuzz/corpus")
        return ((try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }
    }()

    static let snippets = [
        "\n", "  ", "- ", ": ", "lead: ", "id: x\n", "[", "]", "{", "}", "\"", "'", "#", "&a ", "*a", "|\n",
        "stage: ", "مدينة", "😀", "\t", "partners: [", "waivers:\n  - rule: ", ",", "\r\n", "~", "!!str ",
    ]

    @Test(.timeLimit(.minutes(5))) func everyCorpusFileSurvivesEditsAndRequests() throws {
        #expect(Self.corpus.count > 10)
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var random = SplitMix(state: 2026)
        for (n, file) in Self.corpus.enumerated() {
            let bytes = try Data(contentsOf: file)
            let text = String(decoding: bytes, as: UTF8.self)
            let path = dir.appendingPathComponent("city\(n)/plan.yaml").path
            let h = ServerHarness(encodings: [["utf-16", "utf-8", "utf-32"][n % 3]], root: dir.path)
            h.open(path, text)
            var lines = max(1, text.split(separator: "\n", omittingEmptySubsequences: false).count)
            for version in 2...9 {
                let line = Int.random(in: 0..<lines, using: &random)
                let character = Int.random(in: 0..<80, using: &random)
                let length = Int.random(in: 0..<12, using: &random)
                let snippet = Self.snippets.randomElement(using: &random)!
                h.change(
                    path,
                    [
                        [
                            "range": [
                                "start": ["line": line, "character": character],
                                "end": ["line": line + (length > 9 ? 1 : 0), "character": character + length],
                            ],
                            "text": snippet,
                        ]
                    ], version: version)
                lines += snippet.filter { $0 == "\n" }.count
                for method in [
                    "textDocument/hover", "textDocument/completion", "textDocument/definition",
                    "textDocument/prepareRename",
                ] {
                    let at = h.at(
                        path, Int.random(in: 0..<lines + 2, using: &random), Int.random(in: 0..<100, using: &random))
                    let reply = h.request(method, at)
                    #expect(reply["result"] != nil || reply["error"] != nil, "\(file.lastPathComponent) \(method)")
                }
                var refs = h.at(path, Int.random(in: 0..<lines, using: &random), Int.random(in: 0..<40, using: &random))
                refs["context"] = ["includeDeclaration": true]
                #expect(h.request("textDocument/references", refs)["result"] != nil)
                #expect(
                    h.request("textDocument/documentSymbol", ["textDocument": ["uri": DocumentURI.uri(of: path)]])[
                        "result"] != nil)
                let range = ["start": ["line": 0, "character": 0], "end": ["line": lines, "character": 0]]
                #expect(
                    h.request(
                        "textDocument/codeAction",
                        [
                            "textDocument": ["uri": DocumentURI.uri(of: path)], "range": range,
                            "context": ["diagnostics": []],
                        ])["result"] != nil)
            }
            #expect(h.diagnostics(path) != nil, "\(file.lastPathComponent) published")
        }
    }
}
