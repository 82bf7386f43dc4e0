import Foundation
import PFPlanLoader
@testable import PFPlanModel
import Testing

/// Every rule's own examples are tests: the failing one fires the rule
/// exactly at its marker, the passing one does not fire it at all.
@Suite struct RuleExampleTests {
    @Test func basePlanIsCleanOfEveryFinding() throws {
        let (result, dir) = try lint(text: RuleExample.basePlan)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(
            result.diagnostics.map { "\($0.rule) \($0.range.start.line):\($0.range.start.column) \($0.message)" } == [])
    }

    @Test(arguments: RuleCatalog.descriptions.map(\.id.rawValue))
    func failingExampleFiresAtItsMarker(_ id: String) throws {
        let rule = try #require(RuleCatalog.description(of: id))
        let example = rule.failing
        let (markerFile, marker) = try #require(
            Self.marker(in: example), "the failing example of \(id) has no ↓ marker")
        let files = example.files.mapValues { $0.replacingOccurrences(of: "↓", with: "") }
        let (result, dir) = try lint(text: example.composedPlan(), files: files, asOf: example.asOf ?? "2025-03-01")
        defer { try? FileManager.default.removeItem(at: dir) }
        let hits = result.diagnostics.filter { $0.rule.rawValue == id }
        let expectedFile = dir.appendingPathComponent(markerFile).path
        #expect(
            hits.contains { $0.range.start == marker && $0.range.file == expectedFile },
            "\(id): expected at \(markerFile):\(marker.line):\(marker.column), got \(hits.map { "\($0.range.file.split(separator: "/").last!):\($0.range.start.line):\($0.range.start.column) \($0.message)" }); all: \(result.diagnostics.map { "\($0.rule)@\($0.range.start.line):\($0.range.start.column)" })"
        )
        #expect(hits.allSatisfy { $0.severity == rule.severity })
    }

    @Test(arguments: RuleCatalog.descriptions.map(\.id.rawValue))
    func passingExampleDoesNotFire(_ id: String) throws {
        let rule = try #require(RuleCatalog.description(of: id))
        let example = rule.passing
        #expect(!example.yaml.contains("↓"))
        let (result, dir) = try lint(
            text: example.composedPlan(), files: example.files, asOf: example.asOf ?? "2025-03-01")
        defer { try? FileManager.default.removeItem(at: dir) }
        let hits = result.diagnostics.filter { $0.rule.rawValue == id && !$0.isWaived }
        #expect(hits.isEmpty, "\(id) fired on its passing example: \(hits.map(\.message))")
    }

    @Test func catalogueIdsAreUniqueAndDocumented() {
        let ids = RuleCatalog.descriptions.map(\.id.rawValue)
        #expect(Set(ids).count == ids.count)
        for r in RuleCatalog.descriptions {
            #expect(!r.summary.isEmpty && r.explanation.count > 40, "\(r.id) needs a real explanation")
        }
    }

    /// The rules handed out first must be rules of the catalogue that run
    /// before the coverage matrix is ready: a listed rule that read the
    /// matrix, or left the catalogue, would quietly stop being scheduled
    /// early.
    @Test func rulesHandedOutFirstAreEarlyRulesOfTheCatalogue() {
        let listed = RuleCatalog.longestRules.map { ObjectIdentifier($0) }
        #expect(Set(listed).count == listed.count)
        for rule in RuleCatalog.longestRules {
            #expect(RuleCatalog.rules.contains { $0 == rule }, "\(rule) is not in the catalogue")
            let readsCoverage = rule.readsCoverage
            #expect(!readsCoverage, "\(rule) reads the coverage matrix, so it cannot run before it is built")
        }
    }

    static func marker(in example: RuleExample) -> (String, Position)? {
        if let p = example.markerPosition { return ("plan.yaml", p) }
        for (name, text) in example.files {
            if let p = RuleExample(text).markerPosition { return (name, p) }
        }
        return nil
    }
}
