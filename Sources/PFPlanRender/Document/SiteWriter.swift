import PFPlanLoader

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

    public static func write(_ files: [RenderedFile], to out: String, protecting inputs: [String]) throws(OutputError) {
        let writer = OutputFile(protecting: inputs)
        try writer.makeDirectory(out)
        for file in files {
            let path = out + "/" + file.path
            try writer.makeDirectory(PathText.directory(of: path))
            try writer.write(file.bytes, to: path)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
