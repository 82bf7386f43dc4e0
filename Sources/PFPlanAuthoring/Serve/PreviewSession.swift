import PFPlanLoader
import PFPlanSupport
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Set by SIGINT (Ctrl-C) and SIGTERM; the session's loop looks at it.
private let stopRequested = Atomic<Bool>(false)

/// The whole `pfplan serve`: build, listen, watch, rebuild, until Ctrl-C.
public enum PreviewSession {
    public static func run(
        _ options: Preview.Options, host: String, port: Int, log: @escaping (String) -> Void,
        warn: @escaping (String) -> Void
    ) throws(OutputError) {
        signal(SIGPIPE, SIG_IGN)
        let preview = Preview(options: options)
        let first = preview.rebuild(changed: nil)
        first.lines.forEach(log)
        if let failure = first.failure { throw OutputError(path: "render", reason: failure) }
        let server = try HTTPServer(host: host, port: port)
        if !isLoopback(host) {
            warn(
                "serving on \(host), not this machine alone: contacts visible to the '\(options.render.audience.rawValue)' "
                    + "audience can be read by anyone on that network")
        }
        server.start { preview.handle($0) }
        let shown = host.contains(":") ? "[\(host)]" : host
        log("serving http://\(shown):\(server.port)/ (Ctrl-C to stop)")

        stopRequested.store(false, ordering: .relaxed)
        signal(SIGINT) { _ in stopRequested.store(true, ordering: .relaxed) }
        signal(SIGTERM) { _ in stopRequested.store(true, ordering: .relaxed) }
        let watcher = FileWatcher()
        let folders = [options.templatesFolder].compactMap { $0 }
        watcher.watch(files: preview.watchedFiles, folders: folders)
        while !stopRequested.load(ordering: .relaxed) {
            var changed = watcher.changes(timeout: 0.25)
            guard !changed.isEmpty else { continue }
            // An editor's save is often several events: take them together.
            changed.formUnion(watcher.changes(timeout: 0.01))
            let rebuild = preview.rebuild(changed: changed)
            rebuild.lines.forEach(log)
            if let failure = rebuild.failure { warn(failure) }
            watcher.watch(files: preview.watchedFiles, folders: folders)
        }
        log("stopping")
        preview.stop()
        server.stop()
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
