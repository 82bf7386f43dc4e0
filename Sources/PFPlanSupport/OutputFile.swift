#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an output could not be written: these end a command with exit 2,
/// with the path and the reason in words.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// Writes outputs so that nothing is lost: a reader sees the old file or
/// the new one, never half of one (temporary file in the same folder, then
/// rename), and a file pfplan read as input is never written over.
package struct OutputFile: Sendable {
    /// Real paths of every file read as input (plans, includes, models).
    package var protectedInputs: Set<String>

    package init(protecting inputs: some Sequence<String> = []) {
        protectedInputs = Set(inputs.compactMap { FileReader.realPath($0) ?? PathText.normalize($0) })
    }

    /// Writes the text's UTF-8 as it is stored, without a copy of it.
    package func write(_ text: String, to path: String) throws(OutputError) {
        var text = text
        var failure: OutputError?
        text.withUTF8 { utf8 in
            do throws(OutputError) { try write(UnsafeRawBufferPointer(utf8), to: path) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    package func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        var failure: OutputError?
        bytes.withUnsafeBytes { buffer in
            do throws(OutputError) { try write(buffer, to: path) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    func write(_ buffer: UnsafeRawBufferPointer, to path: String) throws(OutputError) {
        if FileReader.isDirectory(path) { throw OutputError(path: path, reason: "is a folder, not a file") }
        if let real = FileReader.realPath(path), protectedInputs.contains(real) {
            throw OutputError(path: path, reason: "is an input of this run; pfplan never writes over its input")
        }
        let dir = PathText.directory(of: path)
        if !FileReader.isDirectory(dir) { throw OutputError(path: path, reason: "folder '\(dir)' does not exist") }
        var template = Array((dir + "/.pfplan-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if fd < 0 { throw OutputError(path: path, reason: Self.words(errno)) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: Int32 = 0
        var offset = 0
        while offset < buffer.count {
            let n = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            offset += n
        }
        // mkstemp makes 0600; an output is a document to share.
        if failure == 0 && fchmod(fd, 0o644) != 0 { failure = errno }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure == 0 && rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw OutputError(path: path, reason: Self.words(failure))
        }
    }

    /// Makes a folder and its parents; an existing folder is kept as it is
    /// (updated, never wiped).
    package func makeDirectory(_ path: String) throws(OutputError) {
        if FileReader.isDirectory(path) { return }
        if FileReader.exists(path) { throw OutputError(path: path, reason: "exists and is not a folder") }
        let parent = PathText.directory(of: path)
        if parent != path && parent != "." && parent != "/" { try makeDirectory(parent) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw OutputError(path: path, reason: Self.words(errno)) }
    }

    package static func words(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM, EROFS: "permission denied (the folder is not writable)"
        case ENOSPC: "no space left on the device"
        case ENOENT, ENOTDIR: "the folder does not exist"
        default: String(cString: strerror(code))
        }
    }
}

/// `write(2)` under a name of its own (the types here have `write`
/// methods), from Glibc or Darwin alike: a module-qualified `Glibc.write`
/// does not build on macOS, which Package.swift declares.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
