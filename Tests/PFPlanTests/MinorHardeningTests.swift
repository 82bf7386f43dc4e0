import Foundation
import PFPlanSupport
import Testing

@testable import PFPlanLoader
@testable import PFPlanModel
@testable import PFPlanPublishing

#if canImport(Glibc)
import Glibc
#endif

/// Item 14 of issue 19: non-finite figures, numbers with an exponent in
/// Arabic, concurrent renders into one folder.
@Suite struct MinorHardeningTests {
    @Test func nonFiniteFiguresAreRefused() throws {
        let plan = TestPaths.fixtures.appendingPathComponent("hostile/non-finite.yaml").path
        let result = try Linter.lint(plan, options: lintOptions(root: PathText.directory(of: plan))).get()
        let refused = result.diagnostics.filter { $0.rule == "schema/value" }.map { "\($0.path): \($0.message)" }
        #expect(
            refused == [
                "actions[0].budget.amount: '.inf' is not a finite number",
                "actions[1].budget.amount: '.nan' is not a finite number",
                "actions[2].indicators[0].baseline: '-.inf' is not a finite number",
                "actions[2].indicators[0].target: '1e400' is not a finite number",
            ])
        #expect(result.plan?.actions[2].budget?.amount == 1e23)
    }

    /// `1e23` showed as `١e+٢٣` in Arabic: large figures are written in
    /// full, grouped, in the locale's digits.
    @Test func largeFiguresHaveNoExponent() throws {
        let templates = TemplateFiles(override: nil, shipped: TestPaths.templates)
        let arabic = try Localization.load("ar", templates: templates).get()
        let english = try Localization.load("en", templates: templates).get()
        #expect(english.number(1e23, fractionDigits: 0) == "99,999,999,999,999,991,611,392")
        #expect(english.number(-2e16, fractionDigits: 2) == "-20,000,000,000,000,000")
        #expect(english.number(1.5e300, fractionDigits: 0).count == 301 + 100)
        let shown = arabic.number(1e23, fractionDigits: 0)
        #expect(!shown.contains("e") && !shown.contains("+"))
        #expect(shown.unicodeScalars.allSatisfy { $0.value >= 0x660 && $0.value <= 0x669 || $0 == "\u{66C}" })
        // 2^53 + 1 rounds to 2^53.
        #expect(Localization.wholeDigits(Double(Int64(9_007_199_254_740_993))) == "9007199254740992")
        #expect(Localization.wholeDigits(1e23) == "99999999999999991611392")
    }

    /// Two renders into one folder take turns: a second run waits while
    /// another holds the folder, and writes nothing until it may.
    @Test func rendersIntoOneFolderTakeTurns() throws {
        let out = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        // This test holds the folder, as another render would.
        let fd = open(out.path, O_RDONLY | O_DIRECTORY)
        #expect(flock(fd, LOCK_EX) == 0)
        let process = Process()
        process.executableURL = TestPaths.binary
        process.arguments = ["render", TestPaths.examples.appendingPathComponent("athens-oh").path, "--out", out.path]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        // Its note comes before it waits: read up to it.
        var seen = ""
        while !seen.contains("waiting for it to finish") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        #expect(seen.contains("note: another pfplan render is writing to \(out.path); waiting for it to finish"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty, "it wrote while waiting")
        flock(fd, LOCK_UN)
        close(fd)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    }
}
