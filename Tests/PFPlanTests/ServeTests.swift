import Foundation
import PFPlanAuthoring
import PFPlanLoader
import PFPlanModel
import PFPlanPublishing
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("pfplan serve")
struct ServeTests {
    private let site: Set<String> = ["index.html", "athens-ohio/index.html", "athens-ohio/plan.md"]

    private func route(_ target: String, method: String = "GET") -> PreviewRoute {
        PreviewRoute.resolve(HTTPRequest(method: method, target: target)) { site.contains($0) }
    }

    private func status(_ r: PreviewRoute) -> Int? {
        if case .response(let response) = r { return response.status }
        return nil
    }

    @Test func routesPagesAndFolders() {
        #expect(route("/") == .page("index.html"))
        #expect(route("/index.html?x=1#top") == .page("index.html"))
        #expect(route("/athens-ohio/") == .page("athens-ohio/index.html"))
        #expect(route("/athens-ohio/plan.md", method: "HEAD") == .page("athens-ohio/plan.md"))
        #expect(status(route("/athens-ohio")) == 301)
        #expect(status(route("/", method: "POST")) == 405)
    }

    @Test func unknownPathsAre404AndNothingIsListed() {
        for target in ["/nothing", "/athens-ohio/plan.yaml", "/athens-ohio/index.htm", "relative", "/Examples/"] {
            #expect(status(route(target)) == 404, "\(target)")
        }
    }

    @Test func traversalIsRefusedInEveryEncoding() {
        for target in [
            "/../plan.yaml", "/athens-ohio/../../Package.swift", "/%2e%2e/x", "/athens-ohio/%2E%2E/index.html",
            "/./index.html", "/athens-ohio/..%2f..%2fetc/passwd", "/a%5c..%5cb", "/%00", "/%zz",
        ] {
            #expect(status(route(target)) == 404, "\(target)")
        }
    }

    @Test func eventsNeedAKnownPage() {
        #expect(route("/__pfplan/events?page=index.html&v=abc") == .events(page: "index.html", version: "abc"))
        #expect(status(route("/__pfplan/events?page=..%2Fsecret&v=1")) == 404)
        #expect(status(route("/__pfplan/events")) == 404)
    }

    @Test func theWatcherSeesASaveAndARenameOverTheFile() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("plan.yaml")
        try Data("a: 1\n".utf8).write(to: file)
        let watcher = FileWatcher()
        watcher.watch(files: [file.path], folders: [])
        #expect(watcher.changes(timeout: 0.05).isEmpty)
        try Data("a: 2\n".utf8).write(to: file)
        #expect(watcher.changes(timeout: 2).contains(file.path))
        // As editors save: a new file renamed over the old one.
        let temp = dir.appendingPathComponent(".plan.yaml.swp")
        try Data("a: 3\n".utf8).write(to: temp)
        _ = watcher.changes(timeout: 0.1)
        #expect(rename(temp.path, file.path) == 0)
        #expect(watcher.changes(timeout: 2).contains(file.path))
        // Another file of the folder is not reported.
        try Data("x".utf8).write(to: dir.appendingPathComponent("other.txt"))
        #expect(watcher.changes(timeout: 0.2).isEmpty)
    }

    @Test func theWatcherSeesFilesUnderAFolder() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("render/html"), withIntermediateDirectories: true)
        let watcher = FileWatcher()
        watcher.watch(files: [], folders: [dir.path])
        let template = dir.appendingPathComponent("render/html/document.mustache")
        try Data("x".utf8).write(to: template)
        #expect(watcher.changes(timeout: 2).contains(template.path))
    }

    private func preview(_ dir: URL) -> Preview {
        let lint = lintOptions(asOf: "2025-06-01", root: dir.path)
        let render = RenderOptions(asOf: lint.asOf, templates: lint.templates, toolVersion: "test")
        let plan = dir.appendingPathComponent("plan.yaml").path
        return Preview(options: Preview.Options(lint: lint, render: render) { [plan] })
    }

    @Test func pagesAreRendersBytesPlusTheReloadScript() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(base.utf8).write(to: dir.appendingPathComponent("plan.yaml"))
        let preview = preview(dir)
        #expect(preview.rebuild(changed: nil).failure == nil)
        // What render would write, from the same library entry point.
        let lint = lintOptions(asOf: "2025-06-01", root: dir.path)
        let result = try #require(Linter.lint(dir.appendingPathComponent("plan.yaml").path, options: lint).success)
        let site = try #require(
            SiteRenderer.render(
                [result],
                options: RenderOptions(
                    asOf: lint.asOf, templates: lint.templates,
                    toolVersion: "test")
            ).success)
        #expect(preview.paths == site.files.map(\.path).sorted())
        for file in site.files {
            let page = try #require(preview.page(at: file.path))
            #expect(page.bytes == file.bytes, "\(file.path)")
        }
        // Served, an HTML page differs only by the script and its CSP.
        let index = try #require(site.files.first { $0.path.hasSuffix("/index.html") })
        guard case .response(let served) = preview.handle(HTTPRequest(method: "GET", target: "/" + index.path)) else {
            Issue.record("a page")
            return
        }
        let html = String(decoding: served.body, as: UTF8.self)
        let nonce = try #require(
            html.range(of: "<script nonce=\"").map { String(html[$0.upperBound...].prefix { $0 != "\"" }) })
        var restored = html.replacingOccurrences(of: "; script-src 'nonce-\(nonce)'; connect-src 'self'", with: "")
        let script = try #require(restored.range(of: "<script nonce=").map { restored[$0.lowerBound...] })
        let scriptEnd = try #require(script.range(of: "</script>\n"))
        restored.removeSubrange(script.startIndex..<scriptEnd.upperBound)
        #expect(restored == index.text)
        #expect(served.headers.contains { $0.0 == "Content-Security-Policy" && $0.1.contains("'nonce-\(nonce)'") })
    }

    @Test func aBrokenPlanShowsItsFindingsAndRecovers() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("plan.yaml")
        try Data(base.utf8).write(to: file)
        let preview = preview(dir)
        preview.rebuild(changed: nil)
        let good = try #require(preview.paths.first { $0.hasSuffix("/index.html") })
        let before = try #require(preview.page(at: good)).version
        // A syntax error: the city's name cannot be read, the address stays.
        try Data(base.replacingOccurrences(of: "lead: police", with: "lead: [police").utf8).write(to: file)
        preview.rebuild(changed: [file.path])
        let broken = try #require(preview.page(at: good))
        #expect(broken.version != before)
        let text = String(decoding: broken.bytes, as: UTF8.self)
        #expect(text.contains("is not rendered"))
        #expect(text.contains("error:") && text.contains("[yaml/syntax]") && text.contains(" | "))
        try Data(base.utf8).write(to: file)
        preview.rebuild(changed: [file.path])
        #expect(preview.page(at: good)?.version == before)
    }
}

/// The preview over a real socket: HTTP parsing, 404s, and an event
/// stream whose client goes away without stopping the server.
@Suite("pfplan serve over HTTP")
struct ServeHTTPTests {
    /// One request on a fresh connection; the whole answer (the server closes).
    private func get(_ port: Int, _ raw: String, readAll: Bool = true) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        #expect(connected == 0)
        _ = Array(raw.utf8).withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n <= 0 { break }
            out += chunk[0..<n]
            if !readAll { break }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test(.timeLimit(.minutes(1))) func servesRefusesAndOutlivesAVanishedStream() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(base.utf8).write(to: dir.appendingPathComponent("plan.yaml"))
        let lint = lintOptions(asOf: "2025-06-01", root: dir.path)
        let plan = dir.appendingPathComponent("plan.yaml").path
        let preview = Preview(
            options: Preview.Options(
                lint: lint, render: RenderOptions(asOf: lint.asOf, templates: lint.templates, toolVersion: "test")
            ) { [plan] })
        preview.rebuild(changed: nil)
        let server = try HTTPServer(host: "127.0.0.1", port: 0)
        defer { server.stop() }
        server.start { preview.handle($0) }

        let index = try get(server.port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(
            index.hasPrefix("HTTP/1.1 200 OK\r\n") && index.contains("Content-Security-Policy: ")
                && index.contains("<script nonce="))
        #expect(try get(server.port, "GET /../plan.yaml HTTP/1.1\r\n\r\n").hasPrefix("HTTP/1.1 404 "))
        #expect(try get(server.port, "GET /%2e%2e/plan.yaml HTTP/1.1\r\n\r\n").hasPrefix("HTTP/1.1 404 "))
        #expect(try get(server.port, "DELETE / HTTP/1.1\r\n\r\n").hasPrefix("HTTP/1.1 405 "))
        #expect(try get(server.port, "nonsense\r\n\r\n").hasPrefix("HTTP/1.1 400 "))
        let head = try get(server.port, "HEAD / HTTP/1.1\r\n\r\n")
        #expect(head.hasPrefix("HTTP/1.1 200 OK") && !head.contains("<html"))

        // A stream opened, then dropped by its client.
        let page = try #require(preview.paths.first { $0.hasSuffix("/index.html") })
        let version = try #require(preview.page(at: page)).version
        let stream = try get(
            server.port, "GET /__pfplan/events?page=\(page)&v=\(version) HTTP/1.1\r\n\r\n", readAll: false)
        #expect(stream.hasPrefix("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream"))
        // Its thread notices at the next event; the server goes on answering.
        try Data(base.replacingOccurrences(of: "lead: police", with: "lead: polize").utf8).write(
            to: dir.appendingPathComponent("plan.yaml"))
        preview.rebuild(changed: [plan])
        var waited = 0
        while preview.openStreams > 0 && waited < 100 {
            usleep(20_000)
            waited += 1
        }
        #expect(preview.openStreams == 0)
        #expect(try get(server.port, "GET /\(page) HTTP/1.1\r\n\r\n").contains("is not rendered"))
    }
}
