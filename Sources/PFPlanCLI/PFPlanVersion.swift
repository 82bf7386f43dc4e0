import PFPlanBuildInfo

/// pfplan's version, and the commit the binary was built from.
public enum PFPlanVersion {
    /// The release number; scripts/release.sh names the tarball after it.
    /// Outputs (SARIF, documents, pledge forms) carry this one, so the same
    /// input gives the same bytes whatever commit built the binary.
    public static let current = "0.1.0"
    /// The commit, set by scripts/release.sh (`git rev-parse --short=12
    /// HEAD`, with `-dirty` for uncommitted changes); "unknown" in a plain
    /// `swift build`.
    public static let commit = String(cString: pfplan_build_commit())
    /// What `pfplan --version` prints.
    public static var description: String { "pfplan \(current) (commit \(commit))" }
}
