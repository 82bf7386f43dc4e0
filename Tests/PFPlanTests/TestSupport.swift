import Foundation
import PFPlanLoader
import PFPlanModel
@_exported import PFPlanTestSupport

/// Paths and helpers shared by the tests.
enum TestPaths {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let checkout = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures")
    static let templates = checkout.appendingPathComponent("Templates").path
    static let examples = checkout.appendingPathComponent("Examples")

    /// The built `pfplan` binary next to the test bundle.
    static var binary: URL { PFPlanBinary.url }
}

/// A fresh temporary folder, removed by the caller.
func makeTemporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("pfplan-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.resolvingSymlinksInPath()
}

func lintOptions(asOf: String = "2025-03-01", root: String? = nil) -> LintOptions {
    LintOptions(
        asOf: CalendarDate(asOf)!, root: root, templates: TemplateFiles(override: nil, shipped: TestPaths.templates))
}

/// Lints YAML text written to a temporary plan.yaml (with extra files).
func lint(text: String, files: [String: String] = [:], asOf: String = "2025-03-01") throws -> (LintResult, URL) {
    let dir = try makeTemporaryFolder()
    try Data(text.utf8).write(to: dir.appendingPathComponent("plan.yaml"))
    for (name, body) in files { try Data(body.utf8).write(to: dir.appendingPathComponent(name)) }
    let file = dir.appendingPathComponent("plan.yaml").path
    switch Linter.lint(file, options: lintOptions(asOf: asOf, root: dir.path)) {
    case .success(let r): return (r, dir)
    case .failure(let f): throw f
    }
}
