import PFPlanLoader
import PFPlanSupport

/// Puts a rendered site on disk through `OutputFile`: every file atomic, an
/// existing folder updated (files pfplan does not make are left alone),
/// and no input ever written over.
public enum SiteWriter {
    /// Makes `out` (and its parents) or confirms it is a writable folder,
    /// before any rendering work: a bad `--out` fails fast, with its reason.
    public static func prepare(_ out: String) throws(OutputError) {
        let writer = OutputFile()
        try writer.makeDirectory(out)
        if access(out, W_OK | X_OK) != 0 {
            throw OutputError(path: out, reason: OutputFile.words(errno))
        }
    }

    /// The folders are made first, in order; then the files are written on
    /// every core, since most of a write is waiting for the disk to confirm
    /// it (each file is synced before its rename). Every file is tried, and
    /// the first failure in file order is the one reported.
    ///
    /// Runs that write into the same folder take turns: the folder itself
    /// is locked (`flock`, released when the run ends, however it ends)
    /// from the first file to the last, so two renders into one `--out`
    /// never leave a mix of both (each file was atomic, the set was not).
    /// `waiting` is called when another run holds the folder.
    public static func write(
        _ files: [RenderedFile], to out: String, protecting inputs: [String], waiting: () -> Void = {}
    ) throws(OutputError) {
        let writer = OutputFile(protecting: inputs)
        try writer.makeDirectory(out)
        let lock = try FolderLock(out, waiting: waiting)
        defer { lock.release() }
        var folders = Set<String>()
        for file in files {
            let folder = PathText.directory(of: out + "/" + file.path)
            if folders.insert(folder).inserted { try writer.makeDirectory(folder) }
        }
        let failures = Parallel.map(files) { file -> OutputError? in
            do throws(OutputError) {
                try writer.write(file.text, to: out + "/" + file.path)
                return nil
            } catch {
                return error
            }
        }
        if let first = failures.lazy.compactMap({ $0 }).first { throw first }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a folder: the folder's own descriptor, so no
/// lock file is left behind, and the lock goes with the process.
struct FolderLock {
    private let fd: Int32

    init(_ folder: String, waiting: () -> Void) throws(OutputError) {
        fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 { throw OutputError(path: folder, reason: OutputFile.words(errno)) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else { return }  // no locks here (some network file systems): write anyway
            waiting()
            while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        }
    }

    func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
