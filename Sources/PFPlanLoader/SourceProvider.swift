import PFPlanSupport
/// Where the loader reads files from. The disk by default; an editor's
/// language server puts its open buffers in front of the disk, so a plan
/// and its includes are checked as the user sees them, unsaved edits
/// included.
public protocol SourceProvider: Sendable {
    /// The file's bytes, refused past `limit` as `FileReader.read` does.
    func read(_ path: String, limit: Int) -> Result<[UInt8], FileError>
    func exists(_ path: String) -> Bool
    /// The real path (symlinks resolved), or nil when there is no such file.
    func realPath(_ path: String) -> String?
}

/// The files on disk, read as `FileReader` reads them.
public struct DiskSources: SourceProvider {
    public init() {}
    public func read(_ path: String, limit: Int) -> Result<[UInt8], FileError> { FileReader.read(path, limit: limit) }
    public func exists(_ path: String) -> Bool { FileReader.exists(path) }
    public func realPath(_ path: String) -> String? { FileReader.realPath(path) }
}

/// Texts held in memory (an editor's open buffers) in front of another
/// provider: a path with a buffer is read from it, every other path from
/// `fallback`. Paths are matched after `PathText.normalize`.
public struct OverlaySources: SourceProvider {
    public var buffers: [String: [UInt8]]
    public var fallback: any SourceProvider

    public init(buffers: [String: [UInt8]] = [:], fallback: any SourceProvider = DiskSources()) {
        self.buffers = [:]
        self.fallback = fallback
        for (path, bytes) in buffers { self.buffers[PathText.normalize(path)] = bytes }
    }

    public func read(_ path: String, limit: Int) -> Result<[UInt8], FileError> {
        guard let bytes = buffers[PathText.normalize(path)] else { return fallback.read(path, limit: limit) }
        if bytes.count > limit {
            return .failure(FileError(path: path, reason: .tooLarge(bytes: bytes.count, limit: limit)))
        }
        return .success(bytes)
    }

    public func exists(_ path: String) -> Bool {
        buffers[PathText.normalize(path)] != nil || fallback.exists(path)
    }

    /// A buffer not yet saved has no real path on disk: its folder's real
    /// path and its own name stand for one.
    public func realPath(_ path: String) -> String? {
        if let real = fallback.realPath(path) { return real }
        let normal = PathText.normalize(path)
        guard buffers[normal] != nil else { return nil }
        let folder = PathText.directory(of: normal)
        return PathText.join(fallback.realPath(folder) ?? folder, PathText.lastComponent(normal))
    }
}
