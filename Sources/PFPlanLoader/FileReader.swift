#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be read at all. These end a command with exit 2
/// (for a plan named on the command line) or become `include/not-found`.
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case notFound
        case isDirectory
        case permissionDenied
        case tooLarge(bytes: Int, limit: Int)
        case other(String)
    }

    public var path: String
    public var reason: Reason

    public var description: String {
        switch reason {
        case .notFound: "\(path): no such file"
        case .isDirectory: "\(path): is a folder, not a file"
        case .permissionDenied: "\(path): permission denied"
        case .tooLarge(let bytes, let limit): "\(path): \(bytes) bytes is over the limit of \(limit) bytes"
        case .other(let why): "\(path): \(why)"
        }
    }
}

/// Reads whole files with POSIX calls: the size is checked with fstat before
/// a byte is read, so a huge file is refused without loading it.
public enum FileReader {
    public static func read(_ path: String, limit: Int) -> Result<[UInt8], FileError> {
        let fd = open(path, O_RDONLY)
        if fd < 0 { return .failure(FileError(path: path, reason: reason(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(FileError(path: path, reason: reason(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(FileError(path: path, reason: .isDirectory)) }
        let size = Int(info.st_size)
        if size > limit { return .failure(FileError(path: path, reason: .tooLarge(bytes: size, limit: limit))) }
        var total = 0
        var failure: FileError?
        // Read straight into the array's storage: filling it with zeros
        // first wrote a 10 MB plan twice.
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            while total < size {
                let n = systemRead(fd, buffer.baseAddress! + total, size - total)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = FileError(path: path, reason: reason(errno))
                    break
                }
                if n == 0 { break }
                total += n
            }
            initialized = total
        }
        if let failure { return .failure(failure) }
        // A file that grew after fstat (a pipe, /dev/zero): read no further
        // than the limit allows.
        return .success(bytes)
    }

    /// The real path, with symlinks resolved; nil when the file does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The names in a folder, without `.` and `..`, in no set order; empty
    /// when it cannot be read.
    public static func entries(of directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    private static func reason(_ code: Int32) -> FileError.Reason {
        switch code {
        case ENOENT, ENOTDIR: .notFound
        case EACCES, EPERM: .permissionDenied
        case EISDIR: .isDirectory
        default: .other(String(cString: strerror(code)))
        }
    }
}

/// Lexical path helpers: plans name includes relative to themselves, and
/// messages should show paths the way the user wrote them.
public enum PathText {
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    public static func join(_ base: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return normalize(relative) }
        if base == "." || base.isEmpty { return normalize(relative) }
        return normalize(base + "/" + relative)
    }

    /// Removes `.` and folds `dir/..` without touching the file system.
    public static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            if part == "..", absolute, parts.isEmpty { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// The working directory, for resolving relative roots.
    public static func currentDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "." }
        defer { free(cwd) }
        return String(cString: cwd)
    }
}

/// `read(2)` under a name of its own (the types here have `read` methods),
/// from Glibc or Darwin alike: a module-qualified `Glibc.read` does not
/// build on macOS, which Package.swift declares.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
