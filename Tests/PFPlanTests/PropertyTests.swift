import Foundation
import PFPlanLoader
import PFPlanModel
import Testing

@testable import PFPlanReports

/// Properties over generated plans (`PlanGenerator`): for every seed, a
/// valid plan goes through lint, gaps, status, render and directory
/// without a crash or an error; what the outputs count agrees with what the
/// generator put in; no contact above the audience appears in any byte of
/// any output, and every contact at or below it appears in the directory;
/// the same plan gives the same bytes twice; the directory's JSON reads back
/// to the plan's ids.
///
/// The expected figures are worked out here from the generator's own
/// values (and the model file), never from pfplan's reading of the plan,
/// so a property fails when pfplan and the plan disagree. A failing seed
/// replays by itself (`swift test --filter PropertyTests`, and read the
/// seed in the failure); `PFPLAN_PROPERTY_DUMP=DIR` writes every seed's
/// plan to `DIR/seed-N/` for `pfplan` to run on.
@Suite struct PropertyTests {
    static let asOfText = "2025-07-01"
    static let asOf = CalendarDate(asOfText)!
    /// Seeds for the cheaper properties (lint, counts, round trip).
    static let seeds: [UInt64] = Array(1...40)
    /// Seeds for the properties that render every audience (privacy,
    /// determinism): each costs three sites and 45 directories.
    static let renderSeeds: [UInt64] = Array(1...16)

    /// A generated plan written to a fresh folder and read as the commands
    /// read it.
    struct Subject {
        var plan: GeneratedPlan
        var folder: URL
        var file: String
        var result: LintResult
        var model: FrameworkModel
        var decoded: Plan
    }

    static func subject(_ seed: UInt64, size: PlanGenerator.Size = .bySeed) throws -> Subject {
        let plan = PlanGenerator.generate(seed: seed, size: size)
        if let dump = ProcessInfo.processInfo.environment["PFPLAN_PROPERTY_DUMP"] {
            let dir = URL(fileURLWithPath: dump).appendingPathComponent("seed-\(seed)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for (name, text) in plan.files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        }
        let (result, folder) = try lint(
            text: plan.yaml, files: plan.files.filter { $0.key != "plan.yaml" }, asOf: asOfText)
        guard let decoded = result.plan, let model = result.model else {
            try? FileManager.default.removeItem(at: folder)
            throw Unreadable(seed: seed, findings: result.diagnostics.map { "\($0.rule) \($0.message)" })
        }
        return Subject(
            plan: plan, folder: folder, file: folder.appendingPathComponent("plan.yaml").path, result: result,
            model: model, decoded: decoded)
    }

    /// Runs `body` on the plan of `seed`, then removes its folder.
    static func withSubject(_ seed: UInt64, size: PlanGenerator.Size = .bySeed, _ body: (Subject) throws -> Void) throws
    {
        let s = try subject(seed, size: size)
        defer { try? FileManager.default.removeItem(at: s.folder) }
        try body(s)
    }

    struct Unreadable: Error {
        var seed: UInt64
        var findings: [String]
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    // MARK: - Lint

    /// Every finding's place, checked against the text of the file it names.
    static func expectInside(_ range: SourceRange, _ what: String, texts: inout [String: [String]], seed: UInt64) {
        if texts[range.file] == nil {
            let data = FileManager.default.contents(atPath: range.file) ?? Data()
            // Lines as libyaml counts them; the last (after a final newline) is empty.
            texts[range.file] = String(decoding: data, as: UTF8.self).split(
                separator: "\n", omittingEmptySubsequences: false
            ).map {
                String($0.hasSuffix("\r") ? $0.dropLast() : $0)
            }
        }
        let lines = texts[range.file]!
        for (end, p) in [("start", range.start), ("end", range.end)] {
            guard p.line >= 1, p.line <= lines.count else {
                Issue.record(
                    "seed \(seed): \(what): \(end) line \(p.line) outside \(range.file) (\(lines.count) lines)")
                continue
            }
            let width = lines[p.line - 1].unicodeScalars.count
            #expect(
                p.column >= 1 && p.column <= width + 1,
                "seed \(seed): \(what): \(end) column \(p.column) outside line \(p.line) (\(width) columns)")
        }
        #expect(range.start <= range.end, "seed \(seed): \(what): ends before it starts")
    }

    @Test(arguments: seeds)
    func lintFindsNoErrorsAndPointsInsideTheFiles(seed: UInt64) throws {
        try Self.withSubject(seed, Self.checkLint)
    }

    static func checkLint(_ s: Subject) throws {
        let seed = s.plan.seed
        let errors = s.result.diagnostics.filter { $0.severity == .error }
        #expect(
            errors.isEmpty,
            "seed \(seed): the generator made an invalid plan: \(errors.map { "\($0.rule) \($0.range.start.line):\($0.range.start.column) \($0.message)" })"
        )
        var texts: [String: [String]] = [:]
        for d in s.result.diagnostics {
            Self.expectInside(d.range, "\(d.rule) \(d.message)", texts: &texts, seed: seed)
            for r in d.related {
                Self.expectInside(r.range, "\(d.rule) related \(r.message)", texts: &texts, seed: seed)
            }
        }
        // The sources the reporters quote from are the files themselves.
        for (file, source) in s.result.sources {
            #expect(
                source.bytes == Array(s.plan.files[(file as NSString).lastPathComponent]?.utf8 ?? "".utf8),
                "seed \(seed): \(file)")
        }
        // Every reporter takes the findings; the JSON ones parse.
        let report = LintReport(
            plans: [s.file], diagnostics: s.result.diagnostics, sources: s.result.sources,
            rules: RuleCatalog.descriptions,
            toolVersion: "0.1.0")
        for format in LintFormat.allCases {
            let text = LintReporter.render(
                report, format: format, options: ReportOptions(color: false, quiet: false, showWaived: true))
            if format == .json || format == .sarif { _ = try JSONSerialization.jsonObject(with: Data(text.utf8)) }
        }
        // What was read is what was written (but for the bidirectional
        // embeddings, overrides and isolates text loses: docs/safety.md).
        #expect(s.decoded.stakeholders.map(\.id.value) == s.plan.stakeholders.map(\.id))
        #expect(s.decoded.resources.map(\.id.value) == s.plan.resources.map(\.id))
        #expect(s.decoded.actions.map(\.id.value) == s.plan.actions.map(\.id))
        #expect(s.decoded.leadership?.members.map(\.id.value) == s.plan.members.map(\.id))
        #expect(
            s.decoded.stakeholders.map(\.name.value)
                == s.plan.stakeholders.map { BidiControls.withoutReordering($0.name) },
            "seed \(seed): text changed on the way in")
        #expect(
            s.decoded.actions.map(\.title.value) == s.plan.actions.map { BidiControls.withoutReordering($0.title) },
            "seed \(seed): text changed on the way in")
        #expect(
            s.decoded.stakeholders.flatMap(\.contacts).map(\.visibility)
                == s.plan.stakeholders.flatMap(\.contacts).map(\.visibility))
    }
}

// MARK: - The generator itself

extension PropertyTests {
    /// The seeds reach what the properties are about: a property that never
    /// meets a restricted member contact proves nothing about one. Checked
    /// over each set of seeds, so trimming a set cannot quietly drop a case.
    @Test(arguments: [seeds, renderSeeds])
    func theSeedsCoverEveryKindOfContactAndPlan(seeds: [UInt64]) {
        let plans = seeds.map { PlanGenerator.generate(seed: $0) }
        #expect(Set(plans.map(\.yaml)).count == plans.count, "two seeds gave the same plan")
        for owner in ["stakeholder", "member"] {
            let contacts = plans.flatMap(\.contacts).filter { "\($0.owner)".hasPrefix(owner) }
            for declared in [Visibility.public, .internal, .restricted, nil] {
                #expect(
                    contacts.contains { $0.declared == declared && $0.email != nil },
                    "no \(owner) contact with an email marked \(declared?.rawValue ?? "nothing")")
                #expect(
                    contacts.contains { $0.declared == declared && $0.phone != nil },
                    "no \(owner) contact with a phone marked \(declared?.rawValue ?? "nothing")")
            }
            #expect(contacts.contains { !$0.hasChannel }, "no \(owner) contact without a channel")
        }
        #expect(
            plans.contains { $0.pledgeContact.map { $0.visibility > .public } ?? false }, "no hidden pledge contact")
        let access = plans.flatMap(\.pathways).compactMap(\.access)
        #expect(
            access.contains { $0.visibility > .public } && access.contains { $0.visibility == .public },
            "no hidden and no public pathway access")
        #expect(plans.contains { $0.hostileText }, "no plan with hostile text")
        #expect(plans.contains { $0.files["part.yaml"] != nil }, "no plan with an include")
        #expect(plans.contains { !$0.pillars.isEmpty && $0.actions.contains { $0.strategy == nil } })
        #expect(plans.contains { !$0.waivers.isEmpty })
        #expect(plans.contains { $0.members.contains { $0.name == nil } }, "no vacant seat")
        #expect(plans.contains { $0.actions.isEmpty } && plans.contains { $0.actions.count >= 20 }, "sizes do not vary")
        #expect(
            plans.contains { $0.stakeholders.isEmpty } && plans.contains { $0.stakeholders.count >= 15 },
            "sizes do not vary")
        #expect(plans.contains { $0.languages.first == "ar" }, "no right-to-left document")
        #expect(plans.contains { $0.languages.first == "de" }, "no plan in a language pfplan lacks")
        let actions = plans.flatMap(\.actions)
        for status in PlanFormat.statuses + [nil] as [String?] {
            #expect(actions.contains { $0.status == status }, "no action \(status ?? "without status")")
        }
        for stage in PlanGenerator.model.stages {
            #expect(actions.contains { $0.stage == stage.id }, "no action at \(stage.id)")
        }
        #expect(actions.contains { $0.isOpen && ($0.due.map { $0 < Self.asOf } ?? false) }, "no overdue action")
        let yaml = plans.flatMap(\.files.values).joined()
        for fragment in ["<script>", "مدينة", "🙂", "=cmd", "{{#x}}", "\\r\\n", ": |-"] {
            #expect(yaml.contains(fragment), "no plan holds \(fragment)")
        }
    }
}
