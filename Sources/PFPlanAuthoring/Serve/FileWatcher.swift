import PFPlanLoader
import PFPlanSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells when watched files change: plans, the files they include, the
/// model, and every file under a folder (`--templates`). Editors save by
/// writing a new file and renaming it over the old one, so folders are
/// watched, not files. inotify on Linux; elsewhere, a poll of sizes and
/// modification times.
public final class FileWatcher: @unchecked Sendable {
    private var files: Set<String> = []
    private var folders: [String] = []
    #if canImport(Glibc)
    private let fd: Int32
    private var watches: [Int32: String] = [:]
    #endif
    private var stamps: [String: FileStamp] = [:]

    public init() {
        #if canImport(Glibc)
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        #endif
    }

    deinit {
        #if canImport(Glibc)
        if fd >= 0 { close(fd) }
        #endif
    }

    /// Whether changes are pushed by the kernel (else they are polled).
    public var usesNotifications: Bool {
        #if canImport(Glibc)
        return fd >= 0
        #else
        return false
        #endif
    }

    /// Watches exactly these files and every file under these folders,
    /// from now on (earlier watches are replaced).
    public func watch(files: some Sequence<String>, folders: some Sequence<String>) {
        self.files = Set(files.map { FileReader.realPath($0) ?? PathText.normalize($0) })
        self.folders = folders.map { FileReader.realPath($0) ?? PathText.normalize($0) }
        var dirs = Set(self.files.map { PathText.directory(of: $0) })
        for folder in self.folders { dirs.formUnion(Self.subfolders(of: folder)) }
        #if canImport(Glibc)
        if fd >= 0 {
            // Watches of folders still needed are kept, so no event is lost
            // while the set changes.
            for (wd, dir) in watches where !dirs.contains(dir) {
                inotify_rm_watch(fd, wd)
                watches[wd] = nil
            }
            let watched = Set(watches.values)
            let mask = UInt32(
                IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB)
            for dir in dirs where !watched.contains(dir) {
                let wd = inotify_add_watch(fd, dir, mask)
                if wd >= 0 { watches[wd] = dir }
            }
            return
        }
        #endif
        stamps = snapshot()
    }

    /// Waits up to `timeout` seconds for changes; returns the changed
    /// watched paths (empty when nothing changed in time).
    public func changes(timeout: Double) -> Set<String> {
        #if canImport(Glibc)
        if fd >= 0 {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(timeout * 1000))
            guard ready > 0 else { return [] }
            return drain()
        }
        #endif
        let deadline = Self.now() + timeout
        while true {
            let fresh = snapshot()
            let changed = Set(fresh.keys.filter { fresh[$0] != stamps[$0] } + stamps.keys.filter { fresh[$0] == nil })
            stamps = fresh
            if !changed.isEmpty || Self.now() >= deadline { return changed }
            usleep(100_000)
        }
    }

    #if canImport(Glibc)
    private func drain() -> Set<String> {
        var changed: Set<String> = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n <= 0 { break }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= n {
                let (wd, length) = buffer.withUnsafeBytes { raw in
                    (
                        raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                        Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    )
                }
                let nameBytes = buffer[(offset + header)..<min(n, offset + header + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                if let dir = watches[wd] {
                    let path = name.isEmpty ? dir : dir + "/" + name
                    if files.contains(path) || folders.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) {
                        changed.insert(path)
                    }
                }
                offset += header + length
            }
        }
        return changed
    }
    #endif

    private struct FileStamp: Equatable {
        var size: Int
        var modified: Int
    }

    private func snapshot() -> [String: FileStamp] {
        var out: [String: FileStamp] = [:]
        var paths = Array(files)
        for folder in folders {
            for dir in Self.subfolders(of: folder) {
                paths += FileReader.entries(of: dir).map { dir + "/" + $0 }.filter { !FileReader.isDirectory($0) }
            }
        }
        for path in paths {
            var info = stat()
            if stat(path, &info) == 0 {
                #if canImport(Glibc)
                let m = info.st_mtim
                #else
                let m = info.st_mtimespec
                #endif
                out[path] = FileStamp(size: Int(info.st_size), modified: Int(m.tv_sec) * 1_000_000_000 + Int(m.tv_nsec))
            }
        }
        return out
    }

    private static func subfolders(of folder: String) -> [String] {
        var out: [String] = []
        var pending = [folder]
        while let dir = pending.popLast(), out.count < 1000 {
            guard FileReader.isDirectory(dir) else { continue }
            out.append(dir)
            for name in FileReader.entries(of: dir) where !name.hasPrefix(".") {
                let path = dir + "/" + name
                if FileReader.isDirectory(path) { pending.append(path) }
            }
        }
        return out
    }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
