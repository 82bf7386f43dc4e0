import PFPlanArguments
import PFPlanCLI
import Testing

/// `pfplan --version`: the version and the commit (the release script sets
/// it; a plain build says "unknown").
@Suite struct VersionTests {
    @Test func versionNamesTheReleaseAndTheCommit() throws {
        let r = try runPFPlan(["--version"])
        #expect(r.status == 0 && r.stderr.isEmpty)
        let line = r.stdout
        let pattern = #/pfplan (\d+)\.(\d+)\.(\d+) \(commit ([0-9a-f]{7,40}(-dirty)?|unknown)\)\n/#
        #expect(line.wholeMatch(of: pattern) != nil, "\(line)")
        #expect(line.hasPrefix("pfplan \(PFPlanVersion.current) (commit \(PFPlanVersion.commit))"))
    }
}

/// pfplan reads its arguments as the loader handed them over, so it works
/// where /proc is not mounted (scripts/check-release-debian.sh runs the
/// release in such a chroot).
@Suite struct ArgumentCaptureTests {
    @Test func theLoadersArgumentsAreTheProcesss() {
        let count = Int(pfplan_argument_count())
        #expect(count == CommandLine.arguments.count && count > 0)
        for i in 0..<count {
            #expect(String(cString: pfplan_argument(Int32(i))) == CommandLine.arguments[i])
        }
    }
}
