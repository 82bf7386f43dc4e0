import Foundation
import PFPlanLoader
import PFPlanModel

/// Paths and helpers shared by the tests.
enum TestPaths {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let checkout = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures")
    static let templates = checkout.appendingPathComponent("Templates").path
    static let examples = checkout.appendingPathComponent("Examples")

    /// The built `pfplan` binary next to the test bundle.
    static var binary: URL {
        let bundle = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL
            ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return bundle.deletingLastPathComponent().appendingPathComponent("pfplan")
    }
}

/// A fresh temporary folder, removed by the caller.
func makeTemporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("pfplan-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.resolvingSymlinksInPath()
}

func lintOptions(asOf: String = "2025-03-01", root: String? = nil) -> LintOptions {
    LintOptions(asOf: CalendarDate(asOf)!, root: root, templates: TemplateFiles(override: nil, shipped: TestPaths.templates))
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

struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the built binary, for exit codes and the from-anywhere test.
func runPFPlan(_ arguments: [String], in folder: URL? = nil, environment: [String: String]? = nil) throws -> ProcessResult {
    let process = Process()
    process.executableURL = TestPaths.binary
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    var env = environment ?? ProcessInfo.processInfo.environment
    env.removeValue(forKey: "GITHUB_ACTIONS")
    env.removeValue(forKey: "PFPLAN_TEMPLATES")
    process.environment = env
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
}
