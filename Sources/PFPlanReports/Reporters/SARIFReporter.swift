import PFPlanFormats
import PFPlanLoader
import PFPlanModel
import PFPlanSupport

/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run,
/// every rule of the catalogue under `tool.driver.rules`, one result per
/// finding. Waived findings are always results, with an external
/// suppression whose justification is the waiver's reason.
///
/// Columns are Unicode scalars, as everywhere in pfplan, so the run says
/// `columnKind: unicodeCodePoints` (SARIF's default would be UTF-16 code
/// units). Region ends are exclusive, as SARIF's `endColumn` is.
///
/// File paths become URIs relative to `%SRCROOT%`, the working directory
/// (a repository's root, in CI), as GitHub code scanning wants them. A file
/// outside it is named by an absolute `file:` URI with no base: SARIF lets
/// a `uriBaseId` stand only before a relative reference, and resolving an
/// absolute path or a `../` against the root would name another file.
/// Checked against the official schema by scripts/validate-sarif.sh.
enum SARIFReporter {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    static let informationURI = "https://github.com/pfplan/pfplan"

    static let sourceRoot = "%SRCROOT%"

    static func render(_ report: LintReport, options: ReportOptions) -> String {
        render(report, options: options, workingDirectory: PathText.currentDirectory())
    }

    /// `workingDirectory` only matters for absolute paths and paths that
    /// climb out with `../`: the others are relative to it as they are.
    static func render(_ report: LintReport, options: ReportOptions, workingDirectory: String) -> String {
        let findings = report.findings(options, includeWaived: true)
        var ruleIndex: [RuleID: Int] = [:]
        for (i, rule) in report.rules.enumerated() where ruleIndex[rule.id] == nil {
            ruleIndex[rule.id] = i
        }
        let driver: JSONValue = .object([
            ("name", .string("pfplan")),
            ("informationUri", .string(informationURI)),
            ("version", .string(report.toolVersion)),
            ("rules", .array(report.rules.map(descriptor))),
        ])
        let run: JSONValue = .object([
            ("tool", .object([("driver", driver)])),
            ("columnKind", .string("unicodeCodePoints")),
            (
                "results",
                .array(findings.map { result($0, ruleIndex: ruleIndex[$0.rule], workingDirectory: workingDirectory) })
            ),
        ])
        return JSONWriter.document(
            .object([
                ("$schema", .string(schema)),
                ("version", .string("2.1.0")),
                ("runs", .array([run])),
            ]))
    }

    static func descriptor(_ rule: RuleDescription) -> JSONValue {
        .object([
            ("id", .string(rule.id.rawValue)),
            ("name", .string(ruleName(rule.id))),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.explanation))])),
            ("help", .object([("text", .string(rule.explanation))])),
            ("defaultConfiguration", .object([("level", .string(rule.severity.sarifLevel))])),
        ])
    }

    /// `refs/unknown` -> `RefsUnknown`, `coverage/stage-no-actions` ->
    /// `CoverageStageNoActions`: SARIF wants a name readable as one word.
    static func ruleName(_ id: RuleID) -> String {
        id.rawValue.split(whereSeparator: { $0 == "/" || $0 == "-" })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    static func result(_ d: Diagnostic, ruleIndex: Int?, workingDirectory: String) -> JSONValue {
        var members: [(String, JSONValue)] = [("ruleId", .string(d.rule.rawValue))]
        if let ruleIndex { members.append(("ruleIndex", .int(ruleIndex))) }
        members.append(("level", .string(d.severity.sarifLevel)))
        members.append(("message", .object([("text", .string(d.message))])))
        let location = physicalLocation(d.range, workingDirectory: workingDirectory)
        members.append(("locations", .array([.object([("physicalLocation", location)])])))
        if !d.related.isEmpty {
            // Ids make the locations distinct: SARIF wants relatedLocations unique.
            members.append(
                (
                    "relatedLocations",
                    .array(
                        d.related.enumerated().map { i, r in
                            .object([
                                ("id", .int(i + 1)),
                                ("physicalLocation", physicalLocation(r.range, workingDirectory: workingDirectory)),
                                ("message", .object([("text", .string(r.message))])),
                            ])
                        })
                ))
        }
        if let reason = d.waivedBecause {
            members.append(
                (
                    "suppressions",
                    .array([
                        .object([
                            ("kind", .string("external")),
                            ("justification", .string(reason)),
                        ])
                    ])
                ))
        }
        return .object(members)
    }

    /// The file and the region. Lines and columns are kept at 1 or more and
    /// the end never before the start, as the schema asks, even for a
    /// malformed range; a finding with no position (line 0, a file-level
    /// problem) points at 1:1, an empty region at the start of the file.
    static func physicalLocation(_ range: SourceRange, workingDirectory: String) -> JSONValue {
        let startLine = max(1, range.start.line)
        let startColumn = max(1, range.start.column)
        let endLine = max(startLine, range.end.line)
        let endColumn = endLine == startLine ? max(startColumn, range.end.column) : max(1, range.end.column)
        return .object([
            ("artifactLocation", artifactLocation(range.file, workingDirectory: workingDirectory)),
            (
                "region",
                .object([
                    ("startLine", .int(startLine)),
                    ("startColumn", .int(startColumn)),
                    ("endLine", .int(endLine)),
                    ("endColumn", .int(endColumn)),
                ])
            ),
        ])
    }

    /// `plans/a.yaml` and `./plans/a.yaml` -> `plans/a.yaml` under
    /// `%SRCROOT%`; an absolute path inside the working directory -> the
    /// part after it, under `%SRCROOT%`; any other absolute path, or one
    /// that climbs out of the working directory -> `file:///...`, no base.
    static func artifactLocation(_ file: String, workingDirectory: String) -> JSONValue {
        func underRoot(_ relative: String) -> JSONValue {
            .object([("uri", .string(uriReference(relative))), ("uriBaseId", .string(sourceRoot))])
        }
        let path = PathText.normalize(file)
        if !path.hasPrefix("/") && path != "." && path != ".." && !path.hasPrefix("../") {
            return underRoot(path)
        }
        let root = PathText.normalize(workingDirectory.hasPrefix("/") ? workingDirectory : "/" + workingDirectory)
        let absolute = path.hasPrefix("/") ? path : PathText.join(root, path)
        let prefix = root == "/" ? "/" : root + "/"
        if absolute.hasPrefix(prefix) && absolute.count > prefix.count {
            return underRoot(String(absolute.dropFirst(prefix.count)))
        }
        return .object([("uri", .string("file://" + uriReference(absolute)))])
    }

    /// A file path as a URI reference: unreserved characters and `/` as they
    /// are, every other byte of its UTF-8 percent-encoded (a space, `%`, `#`,
    /// `?`, `:`, non-ASCII letters), so `plans/São Paulo.yaml` stays one path.
    static func uriReference(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
