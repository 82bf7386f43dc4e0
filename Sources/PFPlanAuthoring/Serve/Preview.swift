import PFPlanFormats
import PFPlanLoader
import PFPlanModel
import PFPlanPublishing
import PFPlanReports
import PFPlanSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `pfplan serve`: the rendered site held in memory, rebuilt when a
/// watched file changes, served with a live-reload script. The bytes are
/// `SiteRenderer.render`'s, the ones `render` writes; only HTML pages
/// differ, by the reload script and the CSP that allows it by nonce.
public final class Preview: @unchecked Sendable {
    public struct Options: Sendable {
        public var lint: LintOptions
        public var render: RenderOptions
        /// The `--templates` folder: a change under it renders every city again.
        public var templatesFolder: String?
        /// The plan files to serve, found again at each rebuild.
        public var discover: @Sendable () -> [String]

        public init(
            lint: LintOptions, render: RenderOptions, templatesFolder: String? = nil,
            discover: @escaping @Sendable () -> [String]
        ) {
            self.lint = lint
            self.render = render
            self.templatesFolder = templatesFolder
            self.discover = discover
        }
    }

    /// One file of the site as served.
    public struct Page: Sendable {
        public var bytes: [UInt8]
        public var contentType: String
        /// Changes when the page's bytes change: a reload is due.
        public var version: String
    }

    public static let eventsPath = "/__pfplan/events"

    private let options: Options
    private let monitor = Monitor()
    private var pages: [String: Page] = [:]
    private var results: [String: LintResult] = [:]
    /// The slug each plan had when its city's name could be read, so that
    /// a broken plan's findings show at its usual address.
    private var slugs: [String: String] = [:]
    private var preparation: RenderPreparation?
    private var streams: [Int: (page: String, version: String)] = [:]
    private var reloads: Set<Int> = []
    private var nextStream = 0
    private var stopping = false

    public init(options: Options) {
        self.options = options
    }

    // MARK: - Building

    /// What one rebuild did, one line per plan checked.
    public struct Rebuild: Sendable {
        public var lines: [String]
        public var failure: String?
    }

    /// Checks the plans whose files changed (all of them when `changed` is
    /// nil or the templates or model changed) and renders the site again.
    @discardableResult
    public func rebuild(changed: Set<String>?) -> Rebuild {
        var lines: [String] = []
        let plans = options.discover()
        let templatesChanged =
            changed.map { paths in
                paths.contains { path in
                    [options.templatesFolder].compactMap { $0 }.contains {
                        path.hasPrefix(FileReader.realPath($0) ?? $0)
                    }
                }
            } ?? true
        if templatesChanged || preparation == nil { preparation = RenderPreparation(options: options.render) }
        var fresh: [String: LintResult] = [:]
        // Seconds each re-checked plan took; its line is written once rendered.
        var checked: [String: Double] = [:]
        for plan in plans {
            let start = FileWatcher.now()
            if let old = results[plan], let changed, !templatesChanged,
                !Self.inputs(of: old).contains(where: {
                    changed.contains(FileReader.realPath($0) ?? PathText.normalize($0))
                })
            {
                fresh[plan] = old
                continue
            }
            switch Linter.lint(plan, options: options.lint) {
            case .failure(let failure):
                lines.append("\(plan): \(failure.description)")
            case .success(let result):
                fresh[plan] = result
                checked[plan] = FileWatcher.now() - start
            }
        }
        let ordered = plans.compactMap { fresh[$0] }
        let started = FileWatcher.now()
        let site: Site
        switch SiteRenderer.render(ordered, options: options.render, preparation: preparation) {
        case .failure(let failure):
            return Rebuild(lines: lines, failure: failure.description)
        case .success(let s): site = s
        }
        let renderSeconds = FileWatcher.now() - started
        var built: [String: Page] = [:]
        var slugs = self.slugs
        for city in site.cities {
            if city.status == .refused {
                let slug = (fresh[city.file]?.plan?.city.name != nil ? city.slug : slugs[city.file]) ?? city.slug
                let page = FindingsPage.html(for: fresh[city.file], file: city.file)
                built[slug + "/index.html"] = Page(
                    bytes: Array(page.utf8), contentType: "text/html; charset=utf-8",
                    version: Self.version(page.utf8))
                if let seconds = checked[city.file] {
                    lines.append(
                        "\(city.file): \(Self.ms(seconds + renderSeconds)), not rendered: \(Self.count(city.blocking.count, "error")) "
                            + "that make the document wrong (/\(slug)/ shows them)")
                }
            } else {
                if let seconds = checked[city.file], let result = fresh[city.file] {
                    lines.append(
                        "\(city.file): \(Self.ms(seconds + renderSeconds)), \(Self.count(result.errorCount, "error")), "
                            + "\(Self.count(result.warningCount, "warning")) -> /\(city.slug)/")
                }
                slugs[city.file] = city.slug
            }
            for file in city.files { built[file.path] = Self.page(file) }
        }
        for file in site.index { built[file.path] = Self.page(file) }
        monitor.locked {
            results = fresh
            self.slugs = slugs
            pages = built
            for (id, stream) in streams where pages[stream.page]?.version != stream.version { reloads.insert(id) }
            monitor.broadcast()
        }
        return Rebuild(lines: lines, failure: nil)
    }

    /// The files a plan's check read: what to watch, what invalidates it.
    static func inputs(of result: LintResult) -> [String] {
        [result.file] + result.sources.keys + [result.model?.file].compactMap { $0 }
    }

    /// Every file to watch: the plans, their includes, their models.
    public var watchedFiles: [String] {
        monitor.locked { Array(Set(results.values.flatMap(Self.inputs))).sorted() } + options.discover()
    }

    public func page(at path: String) -> Page? { monitor.locked { pages[path] } }

    public var paths: [String] { monitor.locked { pages.keys.sorted() } }

    private static func page(_ file: RenderedFile) -> Page {
        Page(bytes: file.bytes, contentType: contentType(of: file.path), version: version(file.text.utf8))
    }

    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last ?? "" {
        case "html": "text/html; charset=utf-8"
        case "md": "text/markdown; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "svg": "image/svg+xml"
        case "ics": "text/calendar; charset=utf-8"
        case "json": "application/json"
        default: "application/octet-stream"
        }
    }

    /// FNV-1a of the bytes, in hex.
    static func version(_ bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }

    private static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    private static func ms(_ seconds: Double) -> String { "rebuilt in \(Int((seconds * 1000).rounded())) ms" }

    // MARK: - Serving

    public func handle(_ request: HTTPRequest) -> HTTPServer.Reply {
        switch PreviewRoute.resolve(request, exists: { self.page(at: $0) != nil }) {
        case .page(let path):
            guard let page = page(at: path) else { return .response(PreviewRoute.notFound) }
            if page.contentType.hasPrefix("text/html") {
                let nonce = Self.nonce()
                let html = LiveReload.inject(into: page.bytes, nonce: nonce, page: path, version: page.version)
                return .response(
                    HTTPResponse(
                        status: 200, headers: LiveReload.headers(nonce: nonce, type: page.contentType), body: html))
            }
            return .response(
                HTTPResponse(
                    status: 200,
                    headers: [
                        ("Content-Type", page.contentType), ("X-Content-Type-Options", "nosniff"),
                        ("Cache-Control", "no-store"),
                    ], body: page.bytes))
        case .events(let path, let version):
            return .stream { fd in self.stream(fd, page: path, version: version) }
        case .response(let response):
            return .response(response)
        }
    }

    /// Holds an event stream open: `reload` when the page changes, a
    /// comment every 15 s to notice a client that went away.
    private func stream(_ fd: Int32, page: String, version: String) {
        let head =
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nX-Accel-Buffering: no\r\n\r\n"
        let id: Int = monitor.locked {
            nextStream += 1
            streams[nextStream] = (page, version)
            if pages[page]?.version != version { reloads.insert(nextStream) }
            return nextStream
        }
        var alive = HTTPServer.sendAll(fd, Array((head + "retry: 500\n\n").utf8))
        while alive {
            let (reload, stop): (Bool, Bool) = monitor.locked {
                if !reloads.contains(id) && !stopping { monitor.wait(seconds: 15) }
                return (reloads.contains(id), stopping)
            }
            if stop { break }
            if reload {
                HTTPServer.sendAll(fd, Array("event: reload\ndata: \(page)\n\n".utf8))
                break
            }
            alive = HTTPServer.sendAll(fd, Array(": ping\n\n".utf8))
        }
        monitor.locked {
            streams[id] = nil
            reloads.remove(id)
        }
        shutdown(fd, Int32(SHUT_RDWR))
        close(fd)
    }

    /// Ends every event stream (Ctrl-C).
    public func stop() {
        monitor.locked {
            stopping = true
            monitor.broadcast()
        }
    }

    public var openStreams: Int { monitor.locked { streams.count } }

    static func nonce() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}

/// Where a request goes. Only the rendered site is served, from memory:
/// no file is ever read for a request, so no path can leave the site;
/// `..`, encoded or not, is refused outright; nothing is listed.
public enum PreviewRoute: Equatable {
    case page(String)
    case events(page: String, version: String)
    case response(HTTPResponse)

    public static func == (a: PreviewRoute, b: PreviewRoute) -> Bool {
        switch (a, b) {
        case (.page(let x), .page(let y)): x == y
        case (.events(let p, let v), .events(let q, let w)): p == q && v == w
        case (.response(let x), .response(let y)): x.status == y.status && x.body == y.body
        default: false
        }
    }

    static let notFound = HTTPResponse(
        status: 404, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Array("not found\n".utf8))

    public static func resolve(_ request: HTTPRequest, exists: (String) -> Bool) -> PreviewRoute {
        guard request.method == "GET" || request.method == "HEAD" else {
            return .response(
                HTTPResponse(status: 405, headers: [("Allow", "GET, HEAD")], body: Array("only GET and HEAD\n".utf8)))
        }
        let (rawPath, query) = split(request.target)
        guard let path = decode(rawPath), path.hasPrefix("/") else { return .response(notFound) }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        if segments.contains(where: { $0 == ".." || $0 == "." || $0.contains("\\") || $0.contains("\0") }) {
            return .response(notFound)
        }
        if path == Preview.eventsPath {
            let fields = parse(query)
            guard let page = fields["page"], let version = fields["v"], exists(page) else { return .response(notFound) }
            return .events(page: page, version: version)
        }
        var key = String(path.dropFirst())
        if key.isEmpty || key.hasSuffix("/") { key += "index.html" }
        if exists(key) { return .page(key) }
        if exists(key + "/index.html") {
            return .response(HTTPResponse(status: 301, headers: [("Location", path + "/")], body: []))
        }
        return .response(notFound)
    }

    private static func split(_ target: String) -> (Substring, Substring) {
        let noFragment = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let parts = noFragment.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        return (parts.first ?? "", parts.count > 1 ? parts[1] : "")
    }

    /// Percent-decoding; nil for a broken escape or text that is not UTF-8.
    static func decode(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var u = Array(text.utf8)[...]
        while let b = u.popFirst() {
            if b == UInt8(ascii: "%") {
                guard u.count >= 2, let v = UInt8(String(decoding: u.prefix(2), as: UTF8.self), radix: 16) else {
                    return nil
                }
                bytes.append(v)
                u = u.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func parse(_ query: Substring) -> [String: String] {
        var out: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if kv.count == 2, let k = decode(kv[0]), let v = decode(kv[1]) { out[k] = v }
        }
        return out
    }
}

/// The script that reloads a page when the server says its bytes changed,
/// allowed by nonce, and only in `serve`.
enum LiveReload {
    static func policy(nonce: String) -> String {
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-\(nonce)'; connect-src 'self'"
    }

    static func headers(nonce: String, type: String) -> [(String, String)] {
        [
            ("Content-Type", type), ("Content-Security-Policy", policy(nonce: nonce)),
            ("X-Content-Type-Options", "nosniff"),
            ("Cache-Control", "no-store"),
        ]
    }

    /// The page with its CSP meta tag allowing the script and the event
    /// stream, and the script before `</body>`. Worked on the bytes: a
    /// document is hundreds of kilobytes and is served on every reload.
    static func inject(into page: [UInt8], nonce: String, page path: String, version: String) -> [UInt8] {
        var html = page
        let marker = Array("http-equiv=\"Content-Security-Policy\" content=\"".utf8)
        if let start = find(marker, in: html, from: 0),
            let end = html[(start + marker.count)...].firstIndex(of: UInt8(ascii: "\""))
        {
            let content = String(decoding: html[(start + marker.count)..<end], as: UTF8.self)
            let kept = content.split(separator: ";").map { $0.drop { $0 == " " } }
                .filter { !$0.hasPrefix("script-src") && !$0.hasPrefix("connect-src") }
            let merged = (kept.map(String.init) + ["script-src 'nonce-\(nonce)'", "connect-src 'self'"]).joined(
                separator: "; ")
            html.replaceSubrange((start + marker.count)..<end, with: merged.utf8)
        }
        let query = "page=\(percentEncoded(path))&v=\(version)"
        let script =
            "<script nonce=\"\(nonce)\">(function(){var s=new EventSource(\"\(Preview.eventsPath)?\(query)\");"
            + "s.addEventListener(\"reload\",function(){s.close();location.reload();});})();</script>\n"
        if let body = findLast(Array("</body>".utf8), in: html) {
            html.insert(contentsOf: script.utf8, at: body)
        } else {
            html += script.utf8
        }
        return html
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = from
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == needle[0], haystack[i..<i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    static func findLast(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = haystack.count - needle.count
        while i >= 0 {
            if haystack[i] == needle[0], haystack[i..<i + needle.count].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }

    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for b in text.utf8 {
            if (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D
                || b == 0x2E || b == 0x5F || b == 0x2F
            {
                out.unicodeScalars.append(Unicode.Scalar(b))
            } else {
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}

/// The page shown in place of a city's document while its plan has
/// errors: the findings as `pfplan lint` prints them, source lines and
/// carets included.
enum FindingsPage {
    static func html(for result: LintResult?, file: String) -> String {
        let text: String
        if let result {
            let report = LintReport(
                plans: [result.file], diagnostics: result.diagnostics, sources: result.sources,
                rules: RuleCatalog.descriptions, toolVersion: PFPlanAuthoringInfo.version)
            text = LintReporter.render(report, format: .text, options: ReportOptions(color: false))
        } else {
            text = "\(file): the plan could not be read\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>Not rendered: \(Escape.html(PathText.lastComponent(file)))</title>
            <style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}pre{background:#f6f6f6;padding:1rem;overflow:auto;line-height:1.35}</style>
            </head>
            <body>
            <h1>\(Escape.html(file)) is not rendered</h1>
            <p>The plan has errors that would make its document wrong. Fix them and save: this page follows by itself.</p>
            <pre id="findings">\(Escape.html(text))</pre>
            </body>
            </html>

            """
    }
}
