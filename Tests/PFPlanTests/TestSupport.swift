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

    /// What a script says, on either stream, for a failure's message.
    var output: String { stdout + stderr }
}

/// A script's exit status for "cannot run here" (no python3, no network),
/// as automake's test harness uses it.
let skippedStatus: Int32 = 77

/// Runs the built binary, for exit codes and the from-anywhere test, in an
/// environment without the variables that change what it does.
func runPFPlan(_ arguments: [String], in folder: URL? = nil, environment: [String: String]? = nil) throws -> ProcessResult {
    var env = environment ?? ProcessInfo.processInfo.environment
    env.removeValue(forKey: "GITHUB_ACTIONS")
    env.removeValue(forKey: "PFPLAN_TEMPLATES")
    return try runProcess(TestPaths.binary, arguments, in: folder, environment: env)
}

/// The one way the tests run a program: to its end, with its output and
/// its errors written to files and read afterwards. Read from two pipes
/// one after the other, a program that filled the second (64 KB of
/// errors) while the test waited on the first never ended. Standard input
/// is empty, so nothing waits for a person.
func runProcess(
    _ executable: URL, _ arguments: [String], in folder: URL? = nil, environment: [String: String]? = nil
) throws -> ProcessResult {
    let dir = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let outFile = dir.appendingPathComponent("stdout"), errFile = dir.appendingPathComponent("stderr")
    try Data().write(to: outFile)
    try Data().write(to: errFile)
    let out = try FileHandle(forWritingTo: outFile), err = try FileHandle(forWritingTo: errFile)
    defer {
        try? out.close()
        try? err.close()
    }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    if let environment { process.environment = environment }
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    return ProcessResult(
        status: process.terminationStatus,
        stdout: String(decoding: try Data(contentsOf: outFile), as: UTF8.self),
        stderr: String(decoding: try Data(contentsOf: errFile), as: UTF8.self))
}
