import Foundation

/// The built `pfplan` binary next to the test bundle.
public enum PFPlanBinary {
    public static var url: URL {
        let bundle =
            Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL
            ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return bundle.deletingLastPathComponent().appendingPathComponent("pfplan")
    }
}

public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    /// What a script says, on either stream, for a failure's message.
    public var output: String { stdout + stderr }
}

/// A script's exit status for "cannot run here" (no python3, no network),
/// as automake's test harness uses it.
public let skippedStatus: Int32 = 77

/// Runs the built binary, for exit codes and the from-anywhere test, in an
/// environment without the variables that change what it does.
public func runPFPlan(_ arguments: [String], in folder: URL? = nil, environment: [String: String]? = nil) throws
    -> ProcessResult
{
    var env = environment ?? ProcessInfo.processInfo.environment
    env.removeValue(forKey: "GITHUB_ACTIONS")
    env.removeValue(forKey: "PFPLAN_TEMPLATES")
    return try runProcess(PFPlanBinary.url, arguments, in: folder, environment: env)
}

/// The one way the tests run a program: to its end, with its output and
/// its errors written to files and read afterwards. Read from two pipes
/// one after the other, a program that filled the second (64 KB of
/// errors) while the test waited on the first never ended. Standard input
/// is empty, so nothing waits for a person.
public func runProcess(
    _ executable: URL, _ arguments: [String], in folder: URL? = nil, environment: [String: String]? = nil
) throws -> ProcessResult {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pfplan-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let outFile = dir.appendingPathComponent("stdout")
    let errFile = dir.appendingPathComponent("stderr")
    try Data().write(to: outFile)
    try Data().write(to: errFile)
    let out = try FileHandle(forWritingTo: outFile)
    let err = try FileHandle(forWritingTo: errFile)
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
