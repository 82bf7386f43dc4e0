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
        /// A FIFO, a device or a socket: never read (a FIFO would block).
        case notRegular(kind: String)
        case other(String)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .notFound: "\(path): no such file"
        case .isDirectory: "\(path): is a folder, not a file"
        case .permissionDenied: "\(path): permission denied"
        case .tooLarge(let bytes, let limit): "\(path): \(bytes) bytes is over the limit of \(limit) bytes"
        case .notRegular(let kind): "\(path): is \(kind), not a regular file; pfplan reads only regular files"
        case .other(let why): "\(path): \(why)"
        }
    }
}

/// Reads whole files with POSIX calls. Only a regular file is read: the
/// file is opened without blocking and checked with fstat before a byte is
/// read, so a FIFO named plan.yaml (found, passed or included) is refused
/// at once instead of waiting forever for a writer, and so is a device.
/// The size is checked before reading too, and the file is then read to its
/// end whatever fstat said (files of /proc say 0 bytes), never past the
/// limit.
package enum FileReader {
    package static func read(_ path: String, limit: Int) -> Result<[UInt8], FileError> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 { return .failure(FileError(path: path, reason: reason(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(FileError(path: path, reason: reason(errno))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(FileError(path: path, reason: .isDirectory))
        default: return .failure(FileError(path: path, reason: .notRegular(kind: kindName(info.st_mode))))
        }
        let size = Int(info.st_size)
        if size > limit { return .failure(FileError(path: path, reason: .tooLarge(bytes: size, limit: limit))) }
        var failure: Int32 = 0
        // Read straight into the array's storage (filling it with zeros
        // first wrote a 10 MB plan twice): the size fstat gave and a byte
        // more, so that a file that says its size reads in one go and its
        // end is seen.
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initialized in
            initialized = readAll(fd, into: buffer, failure: &failure)
        }
        // Storage full: the file holds more than fstat said (/proc says 0)
        // or grew; read on to its end, or to a byte past the limit.
        var full = bytes.count == size + 1
        while failure == 0, full, bytes.count <= limit {
            let room = min(max(bytes.count, 64 << 10), limit + 1 - bytes.count)
            let chunk = [UInt8](unsafeUninitializedCapacity: room) { buffer, initialized in
                initialized = readAll(fd, into: buffer, failure: &failure)
            }
            bytes += chunk
            full = chunk.count == room
        }
        if failure != 0 { return .failure(FileError(path: path, reason: reason(failure))) }
        if bytes.count > limit {
            return .failure(FileError(path: path, reason: .tooLarge(bytes: bytes.count, limit: limit)))
        }
        return .success(bytes)
    }

    /// Reads until `buffer` is full or the file ends; the bytes read.
    private static func readAll(_ fd: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, failure: inout Int32)
        -> Int
    {
        var total = 0
        while total < buffer.count {
            let n = systemRead(fd, buffer.baseAddress! + total, buffer.count - total)
            if n < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            if n == 0 { break }
            total += n
        }
        return total
    }

    /// What a file that is not a regular file or a folder is, in words.
    static func kindName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    /// The real path, with symlinks resolved; nil when the file does not exist.
    package static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    package static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether the path itself is a symbolic link (not followed).
    package static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// The device and inode a path leads to (links followed): the same
    /// folder reached by two paths has one identity.
    package static func identity(_ path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    package static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The names in a folder, without `.` and `..`, in no set order; empty
    /// when it cannot be read.
    package static func entries(of directory: String) -> [String] {
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

/// A file as the file system knows it, whatever path reached it.
package struct FileIdentity: Hashable, Sendable {
    package var device: UInt64
    package var inode: UInt64
}

/// Lexical path helpers: plans name includes relative to themselves, and
/// messages should show paths the way the user wrote them.
package enum PathText {
    package static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    package static func join(_ base: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return normalize(relative) }
        if base == "." || base.isEmpty { return normalize(relative) }
        return normalize(base + "/" + relative)
    }

    /// Removes `.` and folds `dir/..` without touching the file system.
    package static func normalize(_ path: String) -> String {
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

    /// `path` from the folder `base`, by their text (`.` for the folder
    /// itself, `..` steps to leave it); a relative one and an absolute one
    /// are compared from the working folder.
    package static func relative(_ path: String, to base: String) -> String {
        func absolute(_ p: String) -> String {
            p.hasPrefix("/") ? normalize(p) : normalize(currentDirectory() + "/" + p)
        }
        let (p, b) =
            path.hasPrefix("/") == base.hasPrefix("/")
            ? (normalize(path), normalize(base)) : (absolute(path), absolute(base))
        let from = b == "." ? [] : b.split(separator: "/").map(String.init)
        let to = p == "." ? [] : p.split(separator: "/").map(String.init)
        var common = 0
        while common < from.count, common < to.count, from[common] == to[common] { common += 1 }
        // `..` in the base cannot be climbed out of by text alone.
        if from[common...].contains("..") { return p }
        let steps = Array(repeating: "..", count: from.count - common) + to[common...]
        return steps.isEmpty ? "." : steps.joined(separator: "/")
    }

    /// The working directory, for resolving relative roots.
    package static func currentDirectory() -> String {
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
