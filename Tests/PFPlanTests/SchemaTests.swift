import Foundation
import PFPlanLoader
import PFPlanModel
import Testing

@testable import PFPlanReports

/// The JSON Schema editors read: generated from the same specs as the
/// decoder, shipped as Templates/schema/plan.schema.json, and checked
/// against the example plans by an independent validator when one can be
/// installed.
@Suite(.serialized) struct SchemaTests {
    static let shippedSchema = TestPaths.checkout.appendingPathComponent("Templates/schema/plan.schema.json")

    static func shippedModels() throws -> [FrameworkModel] {
        let locator = TemplateFiles(override: nil, shipped: TestPaths.templates)
        return try locator.builtInModels().map { id in
            let file = try locator.read("frameworks/\(id).yaml").get()
            return try #require(FrameworkModelLoader.load(.template(file)).model, "\(file.path) does not load")
        }
    }

    static func parsed(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func theShippedFileIsWhatPfplanSchemaPrints() throws {
        let r = try runPFPlan(["schema"])
        #expect(r.status == 0, "\(r.stderr)")
        let shipped = try String(contentsOf: Self.shippedSchema, encoding: .utf8)
        #expect(r.stdout == shipped, "regenerate it with: swift run pfplan schema > Templates/schema/plan.schema.json")
    }

    @Test func outputIsStableAndDeclaresDraft07() throws {
        let models = try Self.shippedModels()
        let a = JSONSchemaGenerator.document(models: models, builtInModels: ["default", "welcoming"])
        let b = JSONSchemaGenerator.document(models: models, builtInModels: ["default", "welcoming"])
        #expect(a == b)
        #expect(a.hasPrefix("{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n"))
        #expect(a.hasSuffix("}\n"))
    }

    /// Both ways: every key of every spec is a property of the schema at
    /// the same place, and every property of the schema is a key of a spec,
    /// with the same required keys; unknown keys are closed off except x-.
    @Test func schemaAndSpecsAgreeOnEveryKey() throws {
        let schema = try Self.parsed(String(contentsOf: Self.shippedSchema, encoding: .utf8))
        var visited: Set<String> = []
        var problems: [String] = []
        Self.compare(PlanFormat.plan, schema, at: "plan", visited: &visited, problems: &problems)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        // Every spec of the format is reached from the plan.
        let names = Set(PlanFormat.allSpecs.map(\.name))
        #expect(names.isSubset(of: visited), "not in the schema: \(names.subtracting(visited).sorted())")
    }

    static func compare(
        _ spec: ObjectSpec, _ node: [String: Any], at path: String, visited: inout Set<String>, problems: inout [String]
    ) {
        visited.insert(spec.name)
        guard node["type"] as? String == "object", let properties = node["properties"] as? [String: Any] else {
            problems.append("\(path): not an object with properties")
            return
        }
        let specKeys = Set(spec.keys)
        let schemaKeys = Set(properties.keys)
        for key in specKeys.subtracting(schemaKeys).sorted() {
            problems.append("\(path).\(key): the decoder reads it, the schema lacks it")
        }
        for key in schemaKeys.subtracting(specKeys).sorted() {
            problems.append("\(path).\(key): the schema has it, the decoder rejects it")
        }
        let required = Set(node["required"] as? [String] ?? [])
        let specRequired = Set(spec.fields.filter(\.required).map(\.key))
        if required != specRequired {
            problems.append(
                "\(path): required \(required.sorted()) in the schema, \(specRequired.sorted()) in the spec")
        }
        if node["additionalProperties"] as? Bool != false {
            problems.append("\(path): additionalProperties is not false")
        }
        let patterns = node["patternProperties"] as? [String: Any] ?? [:]
        if patterns.keys.sorted() != [JSONSchemaGenerator.extensionPattern] {
            problems.append("\(path): x- keys are not allowed")
        }
        for field in spec.fields {
            guard let property = properties[field.key] as? [String: Any] else { continue }
            if (property["description"] as? String ?? "").isEmpty {
                problems.append("\(path).\(field.key): no description")
            }
            switch field.kind {
            case .object(let sub):
                compare(sub, property, at: "\(path).\(field.key)", visited: &visited, problems: &problems)
            case .list(.object(let sub)):
                guard property["type"] as? String == "array", let items = property["items"] as? [String: Any] else {
                    problems.append("\(path).\(field.key): not a list of objects")
                    continue
                }
                compare(sub, items, at: "\(path).\(field.key)[]", visited: &visited, problems: &problems)
            case .list:
                if property["type"] as? String != "array" { problems.append("\(path).\(field.key): not a list") }
            default:
                if property["type"] == nil && property["anyOf"] == nil {
                    problems.append("\(path).\(field.key): no type")
                }
            }
        }
    }

    /// A plan holding every property the schema knows, each with a value
    /// of its kind, decodes with no unknown key and with every key read:
    /// the schema's keys are the decoder's, seen from the decoder's side.
    @Test func everySchemaPropertyIsReadByTheDecoder() throws {
        let schema = try Self.parsed(String(contentsOf: Self.shippedSchema, encoding: .utf8))
        let yaml = Self.sampleYAML(schema, indent: 0)
        let parsed = PlanLoader(appendableKeys: []).parse(Array(yaml.utf8), file: "all-keys.yaml")
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.map(\.message))\n\(yaml)")
        let decoded = PlanDecoder.decode(parsed.root, file: "all-keys.yaml", model: nil, trackUnread: true)
        let unknown = decoded.diagnostics.filter { $0.rule == "schema/unknown-key" || $0.rule == "schema/missing" }
        #expect(unknown.isEmpty, "\(unknown.map(\.message))\n\(yaml)")
        #expect(decoded.unreadKeys.isEmpty, "the decoder ignores: \(decoded.unreadKeys)")
    }

    /// YAML for an object schema: every property, objects and lists of
    /// objects filled in turn.
    static func sampleYAML(_ node: [String: Any], indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent)
        var out = ""
        let properties = node["properties"] as? [String: Any] ?? [:]
        for key in properties.keys.sorted() {
            guard let p = properties[key] as? [String: Any] else { continue }
            if p["properties"] != nil {
                out += "\(pad)\(key):\n" + sampleYAML(p, indent: indent + 1)
            } else if let items = p["items"] as? [String: Any] {
                if items["properties"] != nil {
                    let body = sampleYAML(items, indent: indent + 2)
                    out += "\(pad)\(key):\n\(pad)  - " + body.dropFirst(pad.count + 4)
                } else {
                    out += "\(pad)\(key): [\(sampleScalar(items))]\n"
                }
            } else {
                out += "\(pad)\(key): \(sampleScalar(p))\n"
            }
        }
        return out
    }

    static func sampleScalar(_ p: [String: Any]) -> String {
        if let values = p["enum"] as? [Any], let first = values.first { return "\(first)" }
        if p["format"] as? String == "date" { return "2025-01-01" }
        if let pattern = p["pattern"] as? String {
            switch pattern {
            case JSONSchemaGenerator.Patterns.identifier: return "some-id"
            case JSONSchemaGenerator.Patterns.email: return "desk@example.org"
            case JSONSchemaGenerator.Patterns.url: return "https://example.org"
            case JSONSchemaGenerator.Patterns.phone: return "\"+1 555 0100\""
            case JSONSchemaGenerator.Patterns.language: return "en"
            default: break
            }
        }
        if p["anyOf"] != nil { return "default" }
        switch p["type"] as? String {
        case "integer": return "1"
        case "number": return "1.5"
        default: return "text"
        }
    }

    @Test func modelVocabulariesAreTheUnionOfTheShippedModels() throws {
        let schema = try Self.parsed(String(contentsOf: Self.shippedSchema, encoding: .utf8))
        let models = try Self.shippedModels()
        let action = try #require(
            ((schema["properties"] as? [String: Any])?["actions"] as? [String: Any])?["items"] as? [String: Any])
        let stage = try #require((action["properties"] as? [String: Any])?["stage"] as? [String: Any])
        let stages = try #require(stage["enum"] as? [String])
        var expected: [String] = []
        for m in models { for s in m.stages where !expected.contains(s.id) { expected.append(s.id) } }
        #expect(stages == expected)
        #expect(stages.contains("assess") && stages.contains("government-leadership"))
        let help = try #require(stage["enumDescriptions"] as? [String])
        #expect(help.count == stages.count)
        #expect(help[stages.firstIndex(of: "safe-communities")!].contains("welcoming"))
        #expect((stage["description"] as? String)?.contains("Model welcoming: government-leadership") == true)
    }

    @Test func modelOptionNarrowsTheVocabularies() throws {
        let r = try runPFPlan(["schema", "--model", "welcoming"])
        #expect(r.status == 0, "\(r.stderr)")
        let schema = try Self.parsed(r.stdout)
        let action = try #require(
            ((schema["properties"] as? [String: Any])?["actions"] as? [String: Any])?["items"] as? [String: Any])
        let stages = try #require(
            ((action["properties"] as? [String: Any])?["stage"] as? [String: Any])?["enum"] as? [String])
        #expect(stages.first == "government-leadership" && !stages.contains("assess"))
        let typo = try runPFPlan(["schema", "--model", "welcomng"])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("did you mean 'welcoming'?"))
    }

    /// The patterns say what ValueFormats says, on a few values each way.
    @Test func patternsAgreeWithValueFormats() throws {
        func matches(_ pattern: String, _ s: String) -> Bool {
            s.range(of: pattern, options: .regularExpression) != nil
        }
        let P = JSONSchemaGenerator.Patterns.self
        for s in [
            "a@b.c", "info@example.org", "x.y+z@mail.example.co.uk", "a@b", "a@.b", "a@b.", "@b.c", "a b@c.d",
            "a@b@c.d", "a@b..c",
            "mailto:a@b.org", "a@b.org?bcc=c@d.org", "a..b@c.org", "a@-b.org", "o'neil@example.ie",
        ] {
            #expect(matches(P.email, s) == ValueFormats.isEmail(s), "email \(s)")
        }
        for s in [
            "https://example.org", "http://a.b/c?d#e", "HTTPS://X.Y", "http://localhost:8080/x", "https://nodot",
            "ftp://a.b", "https://a b.c", "https://",
        ] {
            #expect(matches(P.url, s) == ValueFormats.isURL(s), "url \(s)")
        }
        for s in [
            "988", "+1 740 555 0100", "(740) 555-0100 x12", "12", "555-0100 ext. 4", "call me",
            "1234567890123456789012",
        ] {
            #expect(matches(P.phone, s) == ValueFormats.isPhone(s), "phone \(s)")
        }
        for s in ["en", "es", "pt-BR", "zh-Hant-TW", "EN", "e", "english", "en-"] {
            #expect(matches(P.language, s) == ValueFormats.isLanguage(s), "language \(s)")
        }
        for s in ["athens", "a-1", "A", "-a", String(repeating: "a", count: 64), String(repeating: "a", count: 65)] {
            #expect(matches(P.identifier, s) == ValueFormats.isIdentifier(s), "id \(s)")
        }
    }

    /// The schema fixtures say the same to lint as to the validator: the
    /// valid ones have no error, each invalid one a schema error.
    @Test func schemaFixturesAgreeWithLint() throws {
        let folder = TestPaths.fixtures.appendingPathComponent("schema")
        for kind in ["valid", "invalid"] {
            let dir = folder.appendingPathComponent(kind)
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yaml") }
                .sorted()
            #expect(!names.isEmpty)
            for name in names {
                let result = try Linter.lint(
                    dir.appendingPathComponent(name).path, options: lintOptions(root: dir.path)
                ).get()
                let errors = result.openDiagnostics.filter { $0.severity == .error }
                if kind == "valid" {
                    #expect(errors.isEmpty, "\(name): \(errors.map(\.message))")
                } else {
                    #expect(
                        errors.contains { $0.rule.rawValue.hasPrefix("schema/") },
                        "\(name): \(errors.map(\.rule.rawValue))")
                }
            }
        }
    }

    /// check-jsonschema over every example plan and the schema fixtures,
    /// when Python can install it; otherwise the test is cancelled, with why.
    @Test func examplesValidateWithCheckJSONSchema() throws {
        let script = TestPaths.checkout.appendingPathComponent("scripts/validate-schema.sh").path
        let r = try runProcess(URL(fileURLWithPath: "/bin/bash"), [script], in: TestPaths.checkout)
        if r.status == skippedStatus { try Test.cancel("check-jsonschema cannot be had here: \(r.output)") }
        #expect(r.status == 0, "\(r.output)")
    }
}

/// An id must read as text: a plain `123`, `true` or `0x1f` is a number or
/// a boolean under the core schema, so it is not an id, while `"123"` and
/// `12-b` are. (The decoder resolves only ids whose first character could
/// start such a value.)
@Suite struct IdentifierValueTests {
    @Test func idsThatReadAsNumbersOrBooleansAreRefused() throws {
        let ids = ["123", "true", "false", "0x1f", "1e5", "0o17", "\"123\"", "12-b", "nine", "n-1", "fact"]
        var entries = ""
        for id in ids { entries += "  - {id: \(id), name: R, kind: program, access: {url: \"https://example.org\"}}\n" }
        let text = RuleExample.basePlan.replacingOccurrences(of: "\nresources:\n", with: "\nresources:\n" + entries)
        #expect(text != RuleExample.basePlan)
        let (result, dir) = try lint(text: text)
        defer { try? FileManager.default.removeItem(at: dir) }
        let refused = result.diagnostics
            .filter { $0.rule.rawValue == "schema/value" && $0.message.contains("is not a valid id") }
            .map { $0.message.split(separator: "'")[0] }
        #expect(refused == ["123", "true", "false", "0x1f", "1e5", "0o17"])
    }
}
