import Foundation
import PFPlanLoader
import PFPlanModel
import Testing

/// The shipped examples, as Examples/README.md describes them: each city's
/// exact findings on the date its statuses are written and before anything
/// fell due, Athens clean as the reference plan, every pilot lacking
/// something different that the practice rules (practice.md) find, a notice
/// on every plan, and the fuzz seeds that copy them.
@Suite(.serialized) struct ExampleTests {
    /// The five pilots write their statuses and actual figures as of this date.
    static let statusDate = "2026-11-23"

    /// The rules practice.md adds.
    static let practiceRules: Set<RuleID> = [
        .frameworkPeriodOrder, .frameworkNotAdopted, .frameworkReviewOverdue, .draftPlaceholder, .objectivesMissing,
        .objectivesNoOutcome, .objectivesNoActions, .assessmentThreatUnaddressed, .assessmentGapUnaddressed,
        .assessmentGroupUnserved, .assessmentNoConsultation, .coverageStageNoPathway, .pathwaysNoConsent,
        .pathwaysPoliceThreshold, .pathwaysNoAgreement, .agreementsExpired, .safeguardsMissing, .safeguardsNoComplaints,
        .safeguardsNoOversight, .rolesCommunityShare, .actionsDoneWithoutActual, .actionsUnfunded, .fundingCliff,
        .indicatorsNoOwner,
    ]

    static let pilots = ["albuquerque-nm", "athens-oh", "chattanooga-tn", "overland-park-ks", "stamford-ct"]

    /// Every finding of every example, waived ones too, as "line rule
    /// subject (waived)": the subject is the first quoted word of the
    /// message (an action, a seat, an audience, a stage), when there is one.
    static func findings(asOf: String) throws -> [String: [String]] {
        let r = try runPFPlan(["lint", TestPaths.examples.path, "--as-of", asOf, "--show-waived", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let all = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        var out: [String: [String]] = [:]
        for f in all {
            let file = try #require(f["file"] as? String)
            let city = URL(fileURLWithPath: file).deletingLastPathComponent().lastPathComponent
            let message = f["message"] as? String ?? ""
            let parts = message.split(separator: "'", omittingEmptySubsequences: false)
            let subject = parts.count > 2 ? " " + parts[1] : ""
            // A waived finding carries the waiver's reason.
            let waived = f["waived"] is String ? " (waived)" : ""
            out[city, default: []].append("\(f["line"] as? Int ?? 0) \(f["rule"] as? String ?? "")\(subject)\(waived)")
        }
        return out
    }

    /// The tables of Examples/README.md, as the linter says them.
    static let atStatusDate: [String: [String]] = [
        "albuquerque-nm": [
            "279 roles/vacant seat-communications", "1401 funding/cliff community-btam-team",
            "1476 actions/overdue practitioner-training", "1690 actions/overdue crisis-communications",
        ],
        "boston-ma": [
            "19 coverage/audience-unserved native-communities",
            "19 coverage/audience-unserved people-with-disabilities",
            "19 coverage/audience-unserved public-officials", "19 coverage/audience-unserved veterans",
            "19 coverage/audience-unserved women-girls", "30 framework/not-adopted",
        ],
        "chattanooga-tn": [
            "19 coverage/audience-unserved native-communities", "19 coverage/audience-unserved women-girls",
            "161 assessment/gap-unaddressed gap-victim-support", "732 actions/overdue incident-log-pilot",
            "815 actions/overdue digital-literacy", "943 actions/unfunded newcomer-support",
            "951 actions/overdue newcomer-support", "1009 coverage/stage-missing-sector post-incident",
            "1092 pathways/no-agreement isa-youth-referral",
        ],
        "overland-park-ks": [
            "25 coverage/audience-unserved lgbtq", "25 coverage/audience-unserved native-communities",
            "25 coverage/audience-unserved online-communities", "25 coverage/audience-unserved women-girls",
            "36 framework/not-adopted", "59 objectives/no-outcome obj-count-and-answer",
            "70 objectives/no-outcome obj-help-outside-school", "118 assessment/gap-unaddressed gap-disengagement",
            "131 assessment/no-consultation", "154 roles/required-missing evaluation-lead",
            "358 coverage/stage-no-resources primary", "414 coverage/stage-missing-sector tertiary",
            "414 coverage/stage-no-actions tertiary", "446 coverage/stage-no-actions primary",
            "545 pathways/no-agreement isa-op-referral", "557 safeguards/no-oversight",
        ],
        "san-jose-ca": [
            "19 coverage/audience-unserved native-communities",
            "19 coverage/audience-unserved people-with-disabilities",
            "19 coverage/audience-unserved public-officials", "19 coverage/audience-unserved veterans",
            "19 coverage/audience-unserved women-girls", "30 framework/not-adopted", "608 pledge/objectives-count",
        ],
        "stamford-ct": [
            "22 coverage/audience-unserved native-communities", "22 coverage/audience-unserved public-officials",
            "22 coverage/audience-unserved women-girls",
            "163 assessment/gap-unaddressed gap-city-disengagement (waived)",
            "221 roles/community-share", "247 roles/sector-share", "690 coverage/stage-no-actions tertiary (waived)",
            "1017 pathways/police-threshold stamford-hub", "1047 safeguards/no-oversight",
        ],
    ]

    @Test func everyExampleHasExactlyItsIntendedFindingsOnItsStatusDate() throws {
        let found = try Self.findings(asOf: Self.statusDate)
        #expect(found["athens-oh"] == nil, "\(found["athens-oh"] ?? [])")
        for city in Self.atStatusDate.keys.sorted() {
            #expect(found[city] == Self.atStatusDate[city], "\(city): \(found[city] ?? [])")
        }
        #expect(Set(found.keys) == Set(Self.atStatusDate.keys))
    }

    /// Before anything fell due the findings are the same, without the
    /// overdue actions: nothing else in the examples depends on the date.
    @Test func beforeAnythingFellDueOnlyTheOverdueActionsAreGone() throws {
        let early = try Self.findings(asOf: "2025-01-01")
        for city in Self.atStatusDate.keys.sorted() {
            let expected = Self.atStatusDate[city]?.filter { !$0.contains(" actions/overdue ") }
            #expect(early[city] == expected, "\(city): \(early[city] ?? [])")
        }
        #expect(early["athens-oh"] == nil)
    }

    /// The reference plan: nothing to find as of its adoption, its period's
    /// first day (what .ci/run checks with --strict) and its status date.
    @Test func athensIsCleanFromItsAdoptionToItsStatusDate() throws {
        let athens = TestPaths.examples.appendingPathComponent("athens-oh").path
        for date in ["2024-12-16", "2025-01-01", Self.statusDate] {
            let r = try runPFPlan(["lint", athens, "--as-of", date, "--strict", "--format", "json"])
            #expect(r.status == 0 && r.stdout == "[]\n", "\(date): \(r.stdout)")
        }
        let plan = try #require(
            try Linter.lint(athens + "/plan.yaml", options: lintOptions(asOf: "2025-01-01")).get().plan)
        #expect(plan.framework.adopted?.value == CalendarDate("2024-12-16"))
        // Done actions carry their figures.
        for action in plan.actions where action.status?.value == .done {
            #expect(action.indicators.allSatisfy { $0.actual != nil }, "\(action.id.value)")
        }
    }

    /// Each pilot lacks something different, and the practice rules say
    /// what: linted the day after Athens's review date, when the reference
    /// plan shows its first gap too.
    @Test func eachPilotLacksSomethingDifferent() throws {
        let r = try runPFPlan(["lint", TestPaths.examples.path, "--as-of", "2026-12-15", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let all = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        var rules: [String: Set<RuleID>] = [:]
        for f in all {
            let city = URL(fileURLWithPath: f["file"] as? String ?? "").deletingLastPathComponent().lastPathComponent
            let rule = RuleID(f["rule"] as? String ?? "")
            if Self.practiceRules.contains(rule) { rules[city, default: []].insert(rule) }
        }
        #expect(rules["athens-oh"] == [.frameworkReviewOverdue])
        #expect(rules["albuquerque-nm"] == [.fundingCliff])
        #expect(rules["chattanooga-tn"] == [.pathwaysNoAgreement, .assessmentGapUnaddressed, .actionsUnfunded])
        #expect(
            rules["overland-park-ks"] == [
                .frameworkNotAdopted, .assessmentNoConsultation, .objectivesNoOutcome, .pathwaysNoAgreement,
                .safeguardsNoOversight, .assessmentGapUnaddressed,
            ])
        #expect(rules["stamford-ct"] == [.pathwaysPoliceThreshold, .rolesCommunityShare, .safeguardsNoOversight])
        for (i, a) in Self.pilots.enumerated() {
            #expect(!(rules[a] ?? []).isEmpty, "\(a)")
            for b in Self.pilots.dropFirst(i + 1) { #expect(rules[a] != rules[b], "\(a) and \(b)") }
        }
    }

    /// Every example says on its page that its people and contacts are
    /// invented, and shows the practice blocks.
    @Test func everyExampleCarriesItsNoticeAndThePracticeBlocks() throws {
        for plan in RenderTests.examplePlans() {
            let p = try #require(try Linter.lint(plan, options: lintOptions(asOf: Self.statusDate)).get().plan)
            #expect(
                p.notice?.value.contains("every person, email address and phone number is invented") == true, "\(plan)")
            #expect(!p.framework.objectives.isEmpty && !p.funding.isEmpty, "\(plan)")
            if Self.pilots.contains(where: { plan.contains("/\($0)/") }) {
                #expect(p.pathways.count == 1 && !p.agreements.isEmpty && p.safeguards != nil, "\(plan)")
                #expect(
                    !(p.leadership?.learning.isEmpty ?? true) && !(p.assessment?.consultations.isEmpty ?? true),
                    "\(plan)")
            }
        }
    }

    /// The fuzzer's seeds are the examples, byte for byte: refresh them with
    /// `for c in Examples/*/; do cp $c/plan.yaml Fuzz/corpus/example-$(basename $c).yaml; done`.
    @Test func theFuzzSeedsAreCopiesOfTheExamples() throws {
        for plan in RenderTests.examplePlans() {
            let city = URL(fileURLWithPath: plan).deletingLastPathComponent().lastPathComponent
            let seed = TestPaths.checkout.appendingPathComponent("Fuzz/corpus/example-\(city).yaml")
            #expect(try Data(contentsOf: seed) == Data(contentsOf: URL(fileURLWithPath: plan)), "\(city)")
        }
    }
}
