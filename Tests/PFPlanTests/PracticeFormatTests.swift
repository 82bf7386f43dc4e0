import Foundation
import PFPlanLoader
@testable import PFPlanModel
@testable import PFPlanPublishing
import Testing

/// The blocks practice.md adds to plan format 1: decoded in the same pass
/// as the rest (same suggestions, kind-checked references, one id
/// namespace), and pathway access filtered like every contact.
@Suite struct PracticeFormatTests {
    /// Sections over the rule examples' base plan.
    static let sections = """
        framework:
          model: default
          title: Sampleton Prevention Framework
          period: {start: 2025-01-01, end: 2026-12-31}
          adopted: 2025-03-18
          review: 2026-03-01
          reports-to: Sampleton City Council
          objectives:
            - id: obj-one-door
              title: Anyone worried about a person can reach help through one door
              addresses: [threat-flyering, gap-spanish-route]
              indicators:
                - id: ind-referrals-resolved
                  name: Referrals closed with a support plan
                  unit: percent
                  baseline: 0
                  target: 70
                  collected-by: health-dept
                  frequency: quarterly
                  source: Case log (aggregate counts only)
                - {id: ind-referrals-made, name: Referrals made, kind: output, target: 40}
        assessment:
          threats:
            - id: threat-flyering
              title: Antisemitic and racist flyering
              trend: rising
              targets: [religious-minorities, racial-ethnic-minorities]
              source: Police incident reports 2022-2024
            - {title: Online harassment of officials, trend: unknown}
            - {id: threat-harassment, title: Harassment of religious minorities}
          service-gaps:
            - {id: gap-spanish-route, title: No Spanish-language route into referral services, stage: secondary}
            - {id: gap-referral, title: No single route into referral services, stage: secondary}
          assets:
            - {title: Campus bias-response team, stakeholder: schools}
          consultation:
            - id: listening-sessions
              title: Listening sessions with congregations and student groups
              date: 2024-10-15
              with: [schools, family-services]
              audiences: [religious-minorities, lgbtq]
              languages: [en, es]
              participants: 64
        leadership:
          name: Sampleton Prevention Group
          meets: quarterly
          members:
            - {id: m-chair, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair]}
            - {id: m-coordinator, name: Ben Cole, organization: city-of-sampleton, sector: local-government, roles: [coordinator]}
            - {id: m-evaluation, name: Cara Diaz, organization: health-dept, sector: public-health, roles: [evaluation-lead]}
            - {id: m-clinic, name: Dev Shah, organization: clinic, sector: mental-health, roles: [member]}
            - {id: m-police, name: Eve Lund, organization: police, sector: law-enforcement, roles: [member]}
          learning:
            - {title: The landscape of hate and extremism, provider: schools, date: 2025-03-12, status: done}
        pathways:
          - id: one-door
            title: One Door referral for people of concern
            stage: secondary
            referrers: [schools, family-services]
            intake: clinic
            team: [clinic, family-services, m-police]
            access: {phone: "+1 740 555 0190", email: onedoor@example.org, hours: "Mon-Fri 8-18"}
            consent: Support is voluntary.
            police-threshold: Only an imminent threat to life.
            agreement: isa-one-door
            follow-up-months: [6, 12]
            exit: Cases close with a review.
        agreements:
          - id: isa-one-door
            title: One Door information-sharing agreement
            kind: information-sharing
            parties: [clinic, family-services, police]
            basis: [consent, hipaa, 42-cfr-2]
            status: signed
            signed: 2025-04-30
            expires: 2027-04-30
            retention: Case records are deleted 12 months after closure.
        safeguards:
          statement: No one is referred for their religion, ethnicity, political views or lawful speech.
          oversight: city-of-sampleton
          complaints: {email: concerns@example.org, url: https://example.org/concerns}
        funding:
          - id: fund-tvtp
            source: Targeted violence prevention grant
            kind: federal
            amount: {amount: 400000, currency: USD}
            start: 2025-01-01
            end: 2026-09-30
            status: awarded
        """

    static func plan(_ yaml: String = sections) throws -> (LintResult, URL) {
        try lint(text: RuleExample(yaml).composedPlan())
    }

    @Test func everyNewBlockDecodesToTypedValues() throws {
        let (result, dir) = try Self.plan()
        defer { try? FileManager.default.removeItem(at: dir) }
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.rule) \($0.message)" })")
        let plan = try #require(result.plan)
        #expect(plan.framework.adopted?.value == CalendarDate("2025-03-18"))
        #expect(plan.framework.review?.value == CalendarDate("2026-03-01"))
        #expect(plan.framework.reportsTo?.value == "Sampleton City Council")
        let objective = try #require(plan.framework.objectives.first)
        #expect(objective.addresses.map(\.value) == ["threat-flyering", "gap-spanish-route"])
        // The kind defaults by place: outcome under an objective.
        #expect(objective.indicators.map(\.kind) == [.outcome, .output])
        #expect(objective.indicators[0].collectedBy?.value == "health-dept")
        #expect(objective.indicators[0].frequency?.value == .quarterly)
        // ... and output under an action.
        #expect(plan.actions.flatMap(\.indicators).allSatisfy { $0.kind == .output })

        let assessment = try #require(plan.assessment)
        #expect(assessment.threats.map { $0.id?.value } == ["threat-flyering", nil, "threat-harassment"])
        #expect(assessment.threats[0].targets.map(\.value) == ["religious-minorities", "racial-ethnic-minorities"])
        #expect(assessment.serviceGaps.first?.id?.value == "gap-spanish-route")
        #expect(assessment.assets.first?.stakeholder?.value == "schools")
        let consultation = try #require(assessment.consultations.first)
        #expect(consultation.id?.value == "listening-sessions")
        #expect(consultation.participants == 64 && consultation.languages == ["en", "es"])
        #expect(plan.leadership?.learning.first?.status?.value == .done)

        let pathway = try #require(plan.pathways.first)
        #expect(pathway.intake?.value == "clinic" && pathway.team.count == 3)
        #expect(pathway.access?.visibility == .internal)
        #expect(pathway.followUpMonths.map(\.value) == [6, 12])
        let agreement = try #require(plan.agreements.first)
        #expect(agreement.kind?.value == .informationSharing)
        #expect(agreement.basis.map(\.value) == [.consent, .hipaa, .cfr42Part2])
        #expect(agreement.status?.value == .signed)
        #expect(plan.safeguards?.complaints?.url == "https://example.org/concerns")
        #expect(plan.safeguards?.keyRange?.start.line != nil)
        let fund = try #require(plan.funding.first)
        #expect(fund.kind?.value == .federal && fund.status?.value == .awarded && fund.amount?.amount == 400000)
    }

    /// A threat without an id is anchored at its first key, one with an id at the id.
    @Test func blocksWithoutAnIdPointAtTheirFirstKey() throws {
        let (result, dir) = try Self.plan(
            """
            assessment:
              threats:
                - {title: Flyering, id: threat-a}
                - title: Online harassment
                  trend: unknown
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        let threats = try #require(result.plan?.assessment?.threats)
        #expect(threats[0].anchor.start == Position(line: 3, column: 29))
        #expect(threats[1].anchor.start == Position(line: 4, column: 7))
    }

    @Test func unknownKeysOfNewBlocksGetSuggestions() throws {
        let (result, dir) = try Self.plan(
            """
            pathways:
              - id: one-door
                title: One Door
                stage: secondry
                police-treshold: Only an imminent threat to life.
            agreements:
              - {id: isa, title: ISA, status: singed, basis: [hipa]}
            funding:
              - {id: fund, source: Grant, kind: federl}
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        let found = result.diagnostics.filter { $0.rule.group == "schema" }.map {
            "\($0.range.start.line):\($0.range.start.column) \($0.message)"
        }
        #expect(
            found == [
                "4:12 'secondry' is not a known stage of the framework model; did you mean 'secondary'?",
                "5:5 'police-treshold' is not a key of pathway; did you mean 'police-threshold'?",
                "7:35 'singed' is not a known value for 'status'; did you mean 'signed'?",
                "7:51 'hipa' is not a known value for 'basis'; did you mean 'hipaa'?",
                "9:37 'federl' is not a known value for 'kind'; did you mean 'federal'?",
            ])
    }

    @Test func newReferencesAreKindChecked() throws {
        let (result, dir) = try Self.plan(
            """
            framework:
              model: default
              title: Sampleton Prevention Framework
              period: {start: 2025-01-01, end: 2026-12-31}
              objectives:
                - {id: obj-a, title: One door, addresses: [schools]}
            assessment:
              threats: [{id: threat-a, title: Flyering}]
            actions:
              - id: needs-assessment
                title: Needs and vulnerabilities assessment
                stage: assess
                lead: city-of-sampleton
                objectives: [threat-a]
                addresses: [obj-a, gap-nowhere]
                funding: [isa-a]
                indicators: [{id: assessment-published, name: Assessment published, target: 1, collected-by: counselling}]
            agreements:
              - {id: isa-a, title: ISA, parties: [fund-nowhere]}
            pathways:
              - {id: door, title: Door, stage: secondary, intake: counselling, agreement: clinic}
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        let found = result.diagnostics.filter { $0.rule == "refs/unknown" }.map {
            "\($0.range.start.line) \($0.message)"
        }
        #expect(
            found == [
                "6 addresses 'schools' names a stakeholder; it must be a threat or service gap",
                "14 objective 'threat-a' names a threat; it must be an objective",
                "15 addresses 'obj-a' names an objective; it must be a threat or service gap",
                "15 addresses 'gap-nowhere' is not defined",
                "16 funding 'isa-a' names an agreement; it must be a funding source",
                "17 collected-by 'counselling' names a resource; it must be a member or stakeholder",
                "19 party 'fund-nowhere' is not defined",
                "21 intake 'counselling' names a resource; it must be a member or stakeholder",
                "21 agreement 'clinic' names a stakeholder; it must be an agreement",
            ])
    }

    @Test func newIdsShareTheOneNamespace() throws {
        let (result, dir) = try Self.plan(
            """
            assessment:
              threats: [{id: clinic, title: Flyering}]
              service-gaps: [{id: gap-a, title: No route}]
              consultation: [{id: gap-a, title: Sessions}]
            funding:
              - {id: one-door, source: Grant}
            pathways:
              - {id: one-door, title: Door, stage: secondary}
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        let found = result.diagnostics.filter { $0.rule == "refs/duplicate-id" }.map {
            "\($0.range.start.line) \($0.message)"
        }
        // The index lists the framework and the assessment before the
        // stakeholders: the threat is the first 'clinic'.
        #expect(
            found == [
                "4 the id 'gap-a' of this consultation is already used by a service gap",
                "6 the id 'one-door' of this funding source is already used by a pathway",
                "47 the id 'clinic' of this stakeholder is already used by a threat",
            ])
    }

    @Test func pathwayAccessIsFilteredLikeEveryContact() throws {
        let (result, dir) = try Self.plan()
        defer { try? FileManager.default.removeItem(at: dir) }
        var plan = try #require(result.plan)
        #expect(AudienceFilter.apply(plan, audience: .public).pathways[0].access == nil)
        #expect(
            AudienceFilter.apply(plan, audience: .internal).pathways[0].access?.email?.value == "onedoor@example.org")
        #expect(
            AudienceFilter.hiddenContacts(in: plan, audience: .public).contains {
                $0.email?.value == "onedoor@example.org"
            })
        plan.pathways[0].access?.visibility = .public
        #expect(AudienceFilter.apply(plan, audience: .public).pathways[0].access != nil)
        plan.pathways[0].access?.visibility = .restricted
        #expect(AudienceFilter.apply(plan, audience: .internal).pathways[0].access == nil)
        // The complaint route is public by nature.
        #expect(AudienceFilter.apply(plan, audience: .public).safeguards?.complaints?.email == "concerns@example.org")
    }

    /// The inline slots of the decoder give what a plain array gives, for
    /// every spec size it may meet and for positions past 16 bits.
    @Test func fieldSlotsMatchAPlainArray() {
        var g = SplitMix64(seed: 15)
        for count in [1, 7, 16, 17, 31, 32, 33, 40] {
            for _ in 0..<50 {
                var slots = FieldSlots(count: count)
                var plain = [Int32](repeating: -1, count: count)
                for _ in 0..<count {
                    let field = g.int(0...(count - 1))
                    let value = Int32(g.chance(80) ? g.int(0...100) : g.int(0...100_000))
                    slots[field] = value
                    plain[field] = value
                }
                #expect((0..<count).map { slots[$0] } == plain)
            }
        }
        // The action spec, the largest, stays inline.
        #expect(PlanFormat.allSpecs.map(\.fields.count).max()! <= FieldSlots.inlineCount)
        #expect(!FieldSlots(count: PlanFormat.action.fields.count).isSpilled)
    }

    /// Every fixed choice of the format is the list of one vocabulary
    /// enum, and a value prints as plans write it.
    @Test func fixedChoicesComeFromTheVocabularyEnums() {
        let enums: [[String]] = [
            ActionStatus.values, ResourceKind.values, Cost.values, Visibility.values, Trend.values,
            MeetingFrequency.values,
            IndicatorKind.values, ReportingFrequency.values, AgreementKind.values, AgreementBasis.values,
            AgreementStatus.values,
            FundingKind.values, FundingStatus.values, LearningStatus.values, PledgeType.values, PledgeNature.values,
            EntityType.values, Answer.values,
        ]
        func choices(_ kind: ValueKind) -> [String]? {
            switch kind {
            case .choice(.fixed(let values)): values
            case .list(let element): choices(element)
            default: nil
            }
        }
        var unmatched: [String] = []
        for spec in PlanFormat.allSpecs {
            for field in spec.fields {
                if let values = choices(field.kind), !enums.contains(values),
                    spec.name != "pledge" || field.key != "principles"
                {
                    unmatched.append("\(spec.name).\(field.key)")
                }
            }
        }
        #expect(unmatched.isEmpty)
        #expect("\(ActionStatus.inProgress)" == "in-progress" && "\(AgreementBasis.cfr42Part2)" == "42-cfr-2")
        #expect(ActionStatus.allCases.filter(\.isOpen) == [.planned, .inProgress, .blocked])
    }

    @Test func placeholdersAreTheCapitalisedWordTODO() {
        for text in ["TODO", "TODO: a youth organisation", "Name (TODO)", "TODO…", "a TODO-list", "x\nTODO"] {
            #expect(Placeholder.marks(text), "\(text)")
        }
        for text in ["todo", "Todo list", "TODOS", "MY_TODO", "TODO2", "PHOTODOC", ""] {
            #expect(!Placeholder.marks(text), "\(text)")
        }
        #expect(Placeholder.markers(in: "TODO and TODO, not TODOS; TODO") == [0, 9, 26])
    }

    /// A placeholder is not in the directory, whatever the audience.
    @Test func placeholdersAreLeftOutOfDirectories() throws {
        let (result, dir) = try Self.plan(
            """
            stakeholders:
              - {id: city-of-sampleton, name: City of Sampleton, sector: local-government, contacts: [{name: City Hall, email: city@example.org, visibility: public}]}
              - {id: youth-todo, name: "TODO: a youth organisation", sector: youth, contacts: [{name: Desk, email: todo-desk@example.org, visibility: public}]}
            resources:
              - {id: todo-line, name: "TODO: a help line", kind: hotline, stages: [secondary], access: {phone: "+1 740 555 0100"}}
            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        let city = DirectoryCity(plan: try #require(result.plan), model: try #require(result.model))
        for format in DirectoryFormat.allCases {
            let out = Directory.render([city], format: format, what: .all, audience: .public)
            #expect(out.contains("City of Sampleton"), "\(format)")
            #expect(!out.contains("TODO") && !out.contains("todo-desk"), "\(format): \(out)")
        }
    }

    /// Every rule of practice.md's table is in the catalogue, with its
    /// examples (run by RuleExampleTests), and can be waived.
    @Test func everyPracticeRuleIsInTheCatalogue() {
        let practice: [(RuleID, Severity)] = [
            (.frameworkPeriodOrder, .error), (.frameworkNotAdopted, .info), (.frameworkReviewOverdue, .warning),
            (.draftPlaceholder, .warning), (.objectivesMissing, .warning), (.objectivesNoOutcome, .warning),
            (.objectivesNoActions, .warning), (.assessmentThreatUnaddressed, .warning),
            (.assessmentGapUnaddressed, .warning),
            (.assessmentGroupUnserved, .warning), (.assessmentNoConsultation, .warning),
            (.coverageStageNoPathway, .warning),
            (.pathwaysNoConsent, .warning), (.pathwaysPoliceThreshold, .warning), (.pathwaysNoAgreement, .warning),
            (.agreementsExpired, .warning), (.safeguardsMissing, .warning), (.safeguardsNoComplaints, .warning),
            (.safeguardsNoOversight, .info), (.rolesCommunityShare, .warning), (.actionsDoneWithoutActual, .warning),
            (.actionsUnfunded, .info), (.fundingCliff, .warning), (.indicatorsNoOwner, .info),
        ]
        #expect(practice.count == 24)
        for (id, severity) in practice {
            let rule = RuleCatalog.description(of: id.rawValue)
            #expect(rule?.severity == severity, "\(id)")
            #expect(rule?.isWaivable == true, "\(id)")
        }
    }
}
