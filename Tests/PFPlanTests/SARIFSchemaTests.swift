import Foundation
import PFPlanLoader
import PFPlanModel
import Testing

@testable import PFPlanFormats
@testable import PFPlanReports

/// `lint --format sarif` against the official OASIS SARIF 2.1.0 schema
/// (Fixtures/sarif/, unchanged), validated by scripts/validate-sarif.sh with
/// Python's jsonschema when it can be installed; and the places SARIF and
/// GitHub code scanning are strict about: file URIs and regions.
@Suite(.serialized) struct SARIFSchemaTests {
    static let script = TestPaths.checkout.appendingPathComponent("scripts/validate-sarif.sh").path
    static let schema = TestPaths.fixtures.appendingPathComponent("sarif/sarif-schema-2.1.0.json")

    /// Runs the script with the test build's pfplan. When it cannot run
    /// (exit 77: no python3 or no network) the test is cancelled with the
    /// script's reason, so it shows as not run rather than passed.
    static func validate(_ files: [String] = []) throws -> (status: Int32, output: String) {
        var env = ProcessInfo.processInfo.environment
        env["PFPLAN"] = TestPaths.binary.path
        env.removeValue(forKey: "PFPLAN_TEMPLATES")
        env.removeValue(forKey: "GITHUB_ACTIONS")
        let r = try runProcess(
            URL(fileURLWithPath: "/bin/bash"), [script] + files, in: TestPaths.checkout, environment: env)
        if r.status == skippedStatus { try Test.cancel("the SARIF validator cannot run here: \(r.output)") }
        return (r.status, r.output)
    }

    /// The golden, the examples (with and without --show-waived) and every
    /// fixture plan, hostile ones included.
    @Test func everySARIFDocumentPfplanWritesPassesTheOfficialSchema() throws {
        let (status, output) = try Self.validate()
        #expect(status == 0, "\(output)")
        #expect(output.contains("pfplan lint Examples --as-of 2025-01-01 --show-waived"))
        #expect(output.contains("syntax-error.yaml") && output.contains("include-cycle/plan.yaml"))
    }

    /// Findings the fixtures cannot make: no position at all, an end before
    /// the start, files outside the working directory, names that need
    /// percent-encoding, control characters in messages.
    @Test func oddFindingsStillGiveValidSARIF() throws {
        func finding(_ file: String, _ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int, _ message: String) -> Diagnostic {
            Diagnostic(
                rule: "yaml/syntax", severity: .error, message: message,
                range: SourceRange(
                    file: file, start: Position(line: l1, column: c1), end: Position(line: l2, column: c2)))
        }
        var waived = finding("plans/a.yaml", 3, 5, 2, 1, "end before start")
        waived.waivedBecause = "accepted \"for now\""
        var related = finding("./plans/b.yaml", 4, 1, 4, 9, "duplicate")
        related.related = [
            RelatedLocation(range: SourceRange(file: "../elsewhere/c.yaml", line: 0, column: 0), message: "first here")
        ]
        let report = LintReport(
            plans: ["plans/a.yaml"],
            diagnostics: [
                finding("plans/a.yaml", 0, 0, 0, 0, "no position: a file-level problem"),
                finding("plans/a.yaml", -3, -1, -2, 0, "negative numbers"),
                waived, related,
                finding("/elsewhere/São Paulo/plan #1.yaml", 1, 1, 1, 2, "absolute, outside"),
                finding("/work/repo/plans/d.yaml", 2, 1, 3, 0, "absolute, inside"),
                finding("plans/x:y?.yaml", 1, 1, 1, 1, "tab\there, NUL \u{0}, DEL \u{7F}, bell \u{07}"),
            ],
            rules: [
                RuleDescription(
                    id: "yaml/syntax", severity: .error, summary: "not YAML", explanation: "The file must parse.",
                    failing: RuleExample("a: ["), passing: RuleExample("a: []"))
            ],
            toolVersion: "0.0.0-test")
        let sarif = SARIFReporter.render(report, options: ReportOptions(), workingDirectory: "/work/repo")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let results = try #require((parsed["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.count == 7)

        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("odd.sarif")
        try Data(sarif.utf8).write(to: file)
        let (status, output) = try Self.validate([file.path])
        #expect(status == 0, "\(output)\n\(sarif)")
    }

    /// What was saved is the OASIS file as published: its size, its draft,
    /// its id.
    @Test func theSchemaIsTheOfficialOne() throws {
        let data = try Data(contentsOf: Self.schema)
        #expect(data.count == 112_768)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["$schema"] as? String == "http://json-schema.org/draft-04/schema#")
        #expect(
            json["id"] as? String
                == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    }

    // MARK: - URIs and regions

    static func text(_ value: JSONValue) -> String { JSONWriter.document(value) }

    static func underRoot(_ uri: String) -> String {
        text(.object([("uri", .string(uri)), ("uriBaseId", .string("%SRCROOT%"))]))
    }

    static func absolute(_ uri: String) -> String { text(.object([("uri", .string(uri))])) }

    @Test func pathsAreRelativeToTheWorkingDirectoryOrAbsoluteFileURIs() {
        func location(_ file: String, _ cwd: String = "/work/repo") -> String {
            Self.text(SARIFReporter.artifactLocation(file, workingDirectory: cwd))
        }
        #expect(location("plans/a.yaml") == Self.underRoot("plans/a.yaml"))
        #expect(location("./plans//a.yaml") == Self.underRoot("plans/a.yaml"))
        #expect(location("plans/../other/a.yaml") == Self.underRoot("other/a.yaml"))
        #expect(location("/work/repo/plans/a.yaml") == Self.underRoot("plans/a.yaml"))
        #expect(location("/work/repo/plans/a.yaml", "/work/repo/") == Self.underRoot("plans/a.yaml"))
        #expect(location("/work/repository/a.yaml") == Self.absolute("file:///work/repository/a.yaml"))
        #expect(location("../other/a.yaml") == Self.absolute("file:///work/other/a.yaml"))
        #expect(location("../repo/a.yaml") == Self.underRoot("a.yaml"))
        #expect(location("/etc/São Paulo #1.yaml") == Self.absolute("file:///etc/S%C3%A3o%20Paulo%20%231.yaml"))
        #expect(location("/a/b.yaml", "/") == Self.underRoot("a/b.yaml"))
        // A colon is encoded, so a first segment never reads as a scheme.
        #expect(location("c:/plan.yaml") == Self.underRoot("c%3A/plan.yaml"))
    }

    @Test func findingsWithoutAPositionPointAtTheStartOfTheFile() {
        func region(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int) -> String {
            let range = SourceRange(
                file: "a.yaml", start: Position(line: l1, column: c1), end: Position(line: l2, column: c2))
            return Self.text(SARIFReporter.physicalLocation(range, workingDirectory: "/w"))
        }
        func expected(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int) -> String {
            Self.text(
                .object([
                    ("artifactLocation", .object([("uri", .string("a.yaml")), ("uriBaseId", .string("%SRCROOT%"))])),
                    (
                        "region",
                        .object([
                            ("startLine", .int(l1)), ("startColumn", .int(c1)), ("endLine", .int(l2)),
                            ("endColumn", .int(c2)),
                        ])
                    ),
                ]))
        }
        #expect(region(0, 0, 0, 0) == expected(1, 1, 1, 1))
        #expect(region(-4, -2, -1, -9) == expected(1, 1, 1, 1))
        #expect(region(3, 5, 2, 1) == expected(3, 5, 3, 5))
        #expect(region(3, 5, 3, 2) == expected(3, 5, 3, 5))
        #expect(region(3, 5, 4, 0) == expected(3, 5, 4, 1))
        #expect(region(3, 5, 3, 9) == expected(3, 5, 3, 9))
    }
}
