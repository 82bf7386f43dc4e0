import Foundation
import Testing

/// The house rules that code can check (issue 20, "the house in order").
@Suite struct HouseTests {
    /// The tests' one process runner reads a program's output and errors
    /// without waiting on either: 200 KB of errors before any output
    /// filled the error pipe and stopped the old runner for good.
    @Test(.timeLimit(.minutes(1)))
    func theProcessRunnerCannotDeadlockOnAFullErrorStream() throws {
        let r = try runProcess(
            URL(fileURLWithPath: "/bin/bash"), ["-c", "head -c 200000 /dev/zero | tr '\\0' e >&2; echo out; exit 3"])
        #expect(r.status == 3)
        #expect(r.stdout == "out\n")
        #expect(r.stderr.count == 200_000)
    }

    /// Package.swift declares macOS: a platform module is imported only
    /// where it exists, and no call names Glibc (or Darwin) as its module,
    /// which only one of them would build.
    @Test func platformCodeBuildsOnLinuxAndMacOS() throws {
        var problems: [String] = []
        for folder in ["Sources", "Tests", "Benchmarks", "Fuzz"] {
            let root = TestPaths.checkout.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: root.path) else { continue }
            while let relative = walker.nextObject() as? String {
                guard relative.hasSuffix(".swift") else { continue }
                let text = try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                for (i, line) in lines.enumerated() {
                    let code = line.trimmingCharacters(in: .whitespaces)
                    if code.hasPrefix("//") { continue }
                    for module in ["Glibc", "Darwin"] {
                        if code == "import \(module)", i == 0 || !lines[i - 1].contains("canImport(\(module))") {
                            problems.append(
                                "\(folder)/\(relative):\(i + 1): import \(module) outside #if canImport(\(module))")
                        }
                        if code.contains("\(module).") && !code.contains("canImport") {
                            problems.append("\(folder)/\(relative):\(i + 1): a call through \(module).")
                        }
                    }
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
