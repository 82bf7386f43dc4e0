import Foundation
import Testing

/// pfplan in a chroot or minimal container without `/proc`: libdispatch's
/// thread pools stop such a process ("Illegal instruction", exit 132) when
/// they cannot read `/proc/self/task/*/stat`, about one run in two, so
/// pfplan then works on one thread (`Parallel.usesThreads`). The same
/// path is taken with `PFPLAN_THREADS=1`, and must print the same.
@Suite struct WithoutProcTests {
    static let asOf = "2025-07-01"

    @Test func oneThreadPrintsWhatManyPrint() throws {
        let args = ["lint", TestPaths.examples.path, "--as-of", Self.asOf, "--show-waived", "--format", "json"]
        let many = try runPFPlan(args)
        var env = ProcessInfo.processInfo.environment
        env["PFPLAN_THREADS"] = "1"
        let one = try runPFPlan(args, environment: env)
        #expect(many.status == 0 && one.status == 0, "\(many.stderr)\(one.stderr)")
        #expect(one.stdout == many.stdout)
        #expect(one.stdout.count > 1_000)
    }

    /// Whether this machine lets the test hide `/proc` in a mount
    /// namespace of its own (root, with `unshare`): in a container
    /// without that right the test is skipped, not passed.
    static let canHideProc: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return false }
        let probe = try? runProcess(
            URL(fileURLWithPath: "/usr/bin/unshare"),
            ["-m", "--propagation", "private", "sh", "-c", "mount -t tmpfs none /proc"])
        return probe?.status == 0
    }()

    @Test(.enabled(if: canHideProc, "needs root and a mount namespace (unshare -m) to hide /proc"))
    func lintInitAndRenderRunWithoutProc() throws {
        let out = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let pfplan = TestPaths.binary.path
        let examples = TestPaths.examples.path
        // Ten runs of each: the crash came about one run in two.
        let script = """
            mount -t tmpfs none /proc || exit 3
            cd '\(out.path)' || exit 3
            for i in 1 2 3 4 5 6 7 8 9 10; do
              '\(pfplan)' lint '\(examples)' --as-of \(Self.asOf) >/dev/null || exit 10
              rm -rf new && '\(pfplan)' init --city Sampleton --country US --out new >/dev/null 2>&1 || exit 11
              '\(pfplan)' render '\(examples)' --as-of \(Self.asOf) --out site >/dev/null 2>&1 || exit 12
            done
            """
        let r = try runProcess(
            URL(fileURLWithPath: "/usr/bin/unshare"), ["-m", "--propagation", "private", "sh", "-c", script])
        #expect(r.status == 0, "exit \(r.status): \(r.output)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("site/index.html").path))
    }
}
