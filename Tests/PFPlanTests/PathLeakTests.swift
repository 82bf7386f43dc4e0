import Foundation
import PFPlanSupport
import Testing

@testable import PFPlanLoader
@testable import PFPlanModel

/// A forced render quotes findings in public pages: include findings name
/// files from the plan's folder, never the machine's folders.
@Suite struct PathLeakTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("hostile/absolute-paths")

    @Test func includeFindingsNameFilesFromThePlansFolder() throws {
        let result = try Linter.lint(Self.folder.path + "/plan.yaml", options: lintOptions(root: Self.folder.path))
            .get()
        let messages = result.diagnostics.filter { $0.rule.group == "include" }.map(\.message)
        #expect(
            messages == [
                "the included file 'missing/stakeholders.yaml' does not exist (looked for missing/stakeholders.yaml)",
                "the included file '../forged-commands.yaml' resolves to ../forged-commands.yaml from the plan's folder "
                    + "(links followed), outside the root (the plan's folder)",
                "the included file 'sub' cannot be read: sub: is a folder, not a file",
            ])
    }

    @Test(arguments: ["public", "internal"])
    func aForcedRenderNamesNoFolderOfTheMachine(_ audience: String) throws {
        let out = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try runPFPlan([
            "render", Self.folder.path + "/plan.yaml", "--root", Self.folder.path, "--force", "--out", out.path,
            "--audience", audience,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let checkout = TestPaths.checkout.path
        var pages = 0
        for case let file as String in FileManager.default.enumerator(atPath: out.path)! {
            guard let text = try? String(contentsOf: out.appendingPathComponent(file), encoding: .utf8) else {
                continue
            }
            pages += 1
            #expect(!text.contains(checkout), "\(file) names \(checkout)")
            #expect(!text.contains("/Fixtures/"), "\(file)")
        }
        #expect(pages >= 8)
    }

    @Test func relativePathsByText() {
        #expect(PathText.relative("/a/b/c/d.yaml", to: "/a/b") == "c/d.yaml")
        #expect(PathText.relative("/a/x.yaml", to: "/a/b/c") == "../../x.yaml")
        #expect(PathText.relative("/a/b", to: "/a/b") == ".")
        #expect(PathText.relative("plans/city/inc.yaml", to: "plans/city") == "inc.yaml")
        #expect(PathText.relative("x.yaml", to: ".") == "x.yaml")
    }
}
