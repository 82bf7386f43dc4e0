import Foundation
import PFPlanLoader
@testable import PFPlanModel
@testable import PFPlanPublishing
import Testing

/// Findings in plain words (document.md, "Plain words in the public
/// edition"): every rule has a sentence in every shipped language; every
/// rule's failing example, and each other variant of its sentence, reads
/// without a rule id, an id of the plan, a file or a line; counts take the
/// right grammatical form.
@Suite struct PlainWordsTests {
    static let languages = ["en", "es", "fr", "ar"]
    static let templates = TemplateFiles(override: nil, shipped: TestPaths.templates)

    static func load(_ code: String) throws -> Localization {
        try Localization.load(code, templates: templates).get()
    }

    /// The sentence key of each rule and variant the catalogue declares.
    static var sentenceKeys: [(rule: RuleDescription, key: String)] {
        RuleCatalog.descriptions.flatMap { rule -> [(RuleDescription, String)] in
            if PlainWords.fileGroups.contains(rule.id.group) { return [(rule, "findings." + rule.id.group)] }
            let variants: [String?] = rule.variants.isEmpty ? [nil] : rule.variants
            return variants.map { (rule, PlainWords.key(rule: rule.id, variant: $0)) }
        }
    }

    // MARK: - Every sentence in every language

    /// A locale that lacks a rule's sentence would show English (or, for
    /// a rule English lacks too, a sentence that says nothing): both fail.
    @Test(arguments: languages)
    func everyRuleHasASentence(_ code: String) throws {
        let own = try Localization.readStrings(TestPaths.templates + "/locales/\(code).yaml").get()
        let missing = Self.sentenceKeys.filter { own[$0.key] == nil && own[$0.key + ".text"] == nil }.map(\.key)
        #expect(missing == [], "\(code).yaml has no sentence for these")
        // And no sentence for a rule or variant that does not exist.
        let known = Set(Self.sentenceKeys.map(\.key))
        let stale = Set(own.keys.filter { $0.hasPrefix("findings.") }.map { Self.sentenceKey(of: $0, known: known) })
            .subtracting(known)
        #expect(stale.sorted() == [], "\(code).yaml has sentences for no rule")
    }

    /// `findings.actions.overdue.days.one` -> `findings.actions.overdue`.
    static func sentenceKey(of key: String, known: Set<String>) -> String {
        var parts = key.split(separator: ".").map(String.init)
        while parts.count > 2 {
            if known.contains(parts.joined(separator: ".")) { break }
            parts.removeLast()
        }
        return parts.joined(separator: ".")
    }

    /// A status, frequency or resource kind a sentence names is in the
    /// locale's own words, never the value as the plan writes it.
    @Test(arguments: languages)
    func everyFormatWordIsTranslated(_ code: String) throws {
        let own = try Localization.readStrings(TestPaths.templates + "/locales/\(code).yaml").get()
        let words: [(FindingFact.Word, [String])] = [
            (.actionStatus, ActionStatus.allCases.map(\.rawValue)),
            (.agreementStatus, AgreementStatus.allCases.map(\.rawValue)),
            (.frequency, MeetingFrequency.allCases.map(\.rawValue)),
            (.resourceKind, ResourceKind.allCases.map(\.rawValue)),
        ]
        for (word, values) in words {
            for value in values {
                #expect(own[PlainWords.wordSection(word) + value] != nil, "\(code): no word for \(word) \(value)")
            }
        }
        for thing in FindingFact.Thing.allCases {
            #expect(own["finding-words.unnamed." + thing.rawValue] != nil, "\(code): nothing for an unnamed \(thing)")
        }
    }

    // MARK: - The failing examples, in every language

    @Test(arguments: RuleCatalog.descriptions.map(\.id.rawValue))
    func failingExampleReadsAsPlainWords(_ id: String) throws {
        let rule = try #require(RuleCatalog.description(of: id))
        try Self.checkExample(rule.failing, rule: rule.id, variant: nil)
    }

    /// The variants the failing examples do not show, each from a plan
    /// that makes it.
    static let variantExamples: [(rule: RuleID, variant: String?, example: RuleExample)] = [
        (
            .actionsOutsidePeriod, "early",
            RuleExample(
                """
                actions:
                  - id: needs-assessment
                    title: Needs and vulnerabilities assessment
                    stage: assess
                    lead: city-of-sampleton
                    partners: [health-dept]
                    start: 2024-06-01
                    due: 2025-03-31
                    status: done
                    indicators: [{id: assessment-published, name: Assessment published, target: 1}]
                """)
        ),
        (
            .agreementsExpired, "status",
            RuleExample(
                """
                agreements:
                  - {id: isa-one-door, title: One Door information-sharing agreement, kind: information-sharing, parties: [clinic, family-services], basis: [consent], status: expired, signed: 2023-02-15}
                """)
        ),
        (
            .pathwaysNoAgreement, "none",
            RuleExample(
                """
                pathways:
                  - id: one-door
                    title: One Door referral
                    stage: secondary
                    referrers: [schools]
                    intake: clinic
                    team: [clinic, family-services]
                    consent: Support is voluntary.
                """)
        ),
        (
            .pathwaysNoAgreement, "no-status",
            RuleExample(
                """
                agreements:
                  - {id: isa-one-door, title: One Door information-sharing agreement, kind: information-sharing, parties: [clinic, family-services], basis: [consent]}
                """)
        ),
        (
            .pledgeDescriptionLength, "missing",
            RuleExample(
                """
                pledge:
                  title: Sampleton Welcoming Pledge
                  entity: City of Sampleton
                  country: US
                  objectives: [7, 15, 16]
                  deadline: 2026-12-31
                """)
        ),
        (
            .pledgeDescriptionLength, "long",
            RuleExample(
                """
                pledge:
                  title: Sampleton Welcoming Pledge
                  entity: City of Sampleton
                  country: US
                  objectives: [7, 15, 16]
                  description: \(String(repeating: "Sampleton will welcome newcomers. ", count: 100))
                  deadline: 2026-12-31
                """)
        ),
        (
            .pledgeDeadlineOutsidePeriod, "early",
            RuleExample(
                """
                pledge:
                  title: Sampleton Welcoming Pledge
                  entity: City of Sampleton
                  country: US
                  objectives: [7, 15, 16]
                  description: \(String(repeating: "Sampleton will welcome newcomers. ", count: 10))
                  deadline: 2024-12-31
                """)
        ),
        (
            .rolesMeetsRarely, "unknown",
            RuleExample(
                """
                leadership:
                  name: Sampleton Prevention Group
                  members:
                    - {id: m-chair, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair]}
                """)
        ),
        (
            .rolesNotMultidisciplinary, "members",
            RuleExample(
                """
                leadership:
                  name: Sampleton Prevention Group
                  meets: quarterly
                  members:
                    - {id: m-chair, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair]}
                    - {id: m-evaluation, name: Cara Diaz, organization: health-dept, sector: public-health, roles: [evaluation-lead]}
                    - {id: m-faith, name: Farid Haddad, organization: interfaith-council, sector: faith, roles: [communications-lead]}
                    - {id: m-youth, name: Gia Moreno, organization: youth-center, sector: youth, roles: [coordinator]}
                """)
        ),
        (
            .rolesNotMultidisciplinary, "sectors",
            RuleExample(
                """
                leadership:
                  name: Sampleton Prevention Group
                  meets: quarterly
                  members:
                    - {id: m-chair, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair]}
                    - {id: m-coordinator, name: Ben Cole, organization: city-of-sampleton, sector: local-government, roles: [coordinator]}
                    - {id: m-evaluation, name: Cara Diaz, organization: health-dept, sector: public-health, roles: [evaluation-lead]}
                    - {id: m-faith, name: Farid Haddad, organization: interfaith-council, sector: faith, roles: [communications-lead]}
                    - {id: m-faith-2, name: Hana Said, organization: interfaith-council, sector: faith, roles: [member]}
                """)
        ),
        (
            .rolesVacant, "seat",
            RuleExample(
                """
                leadership:
                  name: Sampleton Prevention Group
                  meets: quarterly
                  members:
                    - {id: m-chair, name: Ana Ruiz, organization: city-of-sampleton, sector: local-government, roles: [chair]}
                    - {id: m-coordinator, name: Ben Cole, organization: city-of-sampleton, sector: local-government, roles: [coordinator]}
                    - {id: m-evaluation, sector: public-health, roles: [evaluation-lead]}
                    - {id: m-clinic, name: Dev Shah, organization: clinic, sector: mental-health, roles: [member]}
                    - {id: m-police, name: Eve Lund, organization: police, sector: law-enforcement, roles: [member]}
                    - {id: m-faith, name: Farid Haddad, organization: interfaith-council, sector: faith, roles: [communications-lead]}
                    - {id: m-youth, name: Gia Moreno, organization: youth-center, sector: youth, roles: [member]}
                """)
        ),
        (
            .coverageStageNoResources, "any",
            RuleExample(
                """
                resources: []
                """)
        ),
        (
            .assessmentThreatUnaddressed, nil,
            RuleExample(
                """
                assessment:
                  threats:
                    - {title: Harassment of religious minorities, trend: rising, targets: [religious-minorities]}
                  groups-at-risk: [religious-minorities, youth]
                  consultation:
                    - {id: listening-sessions, title: Listening sessions with congregations, date: 2024-11-05, with: [interfaith-council], audiences: [religious-minorities]}
                """)
        ),
    ]

    @Test(arguments: variantExamples.indices)
    func everyVariantReadsAsPlainWords(_ index: Int) throws {
        let (rule, variant, example) = Self.variantExamples[index]
        try Self.checkExample(example, rule: rule, variant: variant)
    }

    /// Lints `example` and reads each of `rule`'s findings (of `variant`,
    /// when given) in every language: a sentence from the locale's own
    /// words, every placeholder filled, no rule id, no id of the plan
    /// that the finding names, no file and no line.
    static func checkExample(_ example: RuleExample, rule: RuleID, variant: String?) throws {
        let files = example.files.mapValues { $0.replacingOccurrences(of: "↓", with: "") }
        let (result, dir) = try lint(text: example.composedPlan(), files: files, asOf: example.asOf ?? "2025-03-01")
        defer { try? FileManager.default.removeItem(at: dir) }
        let hits = result.diagnostics.filter { $0.rule == rule && (variant == nil || $0.variant == variant) }
        #expect(!hits.isEmpty, "\(rule) \(variant ?? ""): the example makes no such finding")
        let names = result.plan.map { NameIndex(plan: $0) }
        var planIDs = Set<String>()
        if let plan = result.plan { planIDs = Set(IdIndex(plan).definitions.map(\.id.value)) }
        for code in languages {
            let words = try plainWords(result, code)
            for d in hits {
                let sentence = words.sentence(for: d)
                let context = "\(code) \(rule) \(d.variant ?? ""): \(sentence)"
                #expect(problems(sentence, d, planIDs: planIDs, names: names) == [], "\(context)")
                if code != "en" {
                    let english = try plainWords(result, "en").sentence(for: d)
                    #expect(sentence != english, "in English: \(context)")
                }
            }
        }
    }

    /// What a plain-words sentence must not hold: an unfilled
    /// placeholder, the rule's id, a file, a line, or an id the finding
    /// names (or any hyphenated id of the plan) where it is not the
    /// thing's own name.
    static func problems(_ sentence: String, _ d: Diagnostic, planIDs: Set<String>, names: NameIndex?) -> [String] {
        var found: [String] = []
        if sentence.isEmpty { found.append("empty") }
        if sentence.contains("{") || sentence.contains("}") { found.append("unfilled placeholder") }
        if sentence.contains(d.rule.rawValue) || sentence.contains(String(d.rule.group) + "/") {
            found.append("rule id")
        }
        if sentence.contains(".yaml") || sentence.contains("/") { found.append("file path") }
        if sentence.firstMatch(of: /:[0-9٠-٩]|\bline [0-9]/) != nil { found.append("line number") }
        let named = Set(d.facts.flatMap(Self.ids) + [d.target].compactMap { $0 }).intersection(planIDs)
        let suspects = named.union(planIDs.filter { $0.contains("-") })
        for token in Self.words(sentence) where suspects.contains(token) && names?.shown(token) != token {
            found.append("the id '\(token)'")
        }
        return found
    }

    /// The checks above can fail: each catches what it is for.
    @Test func theChecksCatchWhatTheyAreFor() {
        let d = Self.diagnostic(.actionsOverdue, facts: [.id("action", "dialogue", .action)])
        let ids: Set<String> = ["dialogue", "needs-assessment"]
        #expect(Self.problems("“Dialogue” is 6 days overdue.", d, planIDs: ids, names: nil) == [])
        #expect(Self.problems("dialogue is 6 days overdue.", d, planIDs: ids, names: nil) == ["the id 'dialogue'"])
        #expect(Self.problems("See needs-assessment.", d, planIDs: ids, names: nil) == ["the id 'needs-assessment'"])
        #expect(Self.problems("{action} is overdue.", d, planIDs: ids, names: nil) == ["unfilled placeholder"])
        #expect(Self.problems("actions/overdue fired.", d, planIDs: ids, names: nil) == ["rule id", "file path"])
        #expect(Self.problems("In plan.yaml", d, planIDs: ids, names: nil) == ["file path"])
        #expect(Self.problems("At line 12.", d, planIDs: ids, names: nil) == ["line number"])
        #expect(Self.problems("Due at :١٢.", d, planIDs: ids, names: nil) == ["line number"])
    }

    static func ids(_ fact: FindingFact) -> [String] { ids(fact.value) }

    static func ids(_ value: FindingFact.Value) -> [String] {
        switch value {
        case .id(let id, _): [id]
        case .list(let items, _): items.flatMap(ids)
        case .phrase(_, let facts): facts.flatMap(ids)
        default: []
        }
    }

    /// Runs of ASCII letters, digits and hyphens: how an id would show.
    static func words(_ text: String) -> [String] {
        text.split { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-")) }.map(String.init)
    }

    // MARK: - A city in four languages

    /// Every finding of one example city, in each language, as the public
    /// edition says it: `Fixtures/plainwords/<city>.<code>.txt`, rewritten
    /// with `PFPLAN_UPDATE_GOLDENS=1`.
    @Test(arguments: languages)
    func exampleCityGolden(_ code: String) throws {
        let city = "overland-park-ks"
        let folder = TestPaths.examples.appendingPathComponent(city)
        let file = folder.appendingPathComponent("plan.yaml").path
        let result = try Linter.lint(file, options: lintOptions(asOf: "2026-12-06", root: folder.path)).get()
        let words = try Self.plainWords(result, code)
        let loc = try Self.load(code)
        var out = ""
        for d in result.diagnostics {
            out += loc.string("document.severity." + d.severity.rawValue) + ": " + words.sentence(for: d) + "\n"
            if let reason = d.waivedBecause { out += "  " + loc.string("document.reason") + ": " + reason + "\n" }
        }
        #expect(result.diagnostics.count > 10, "the example shows too few findings to be a golden")
        try expectGolden("\(city).\(code).txt", out, in: TestPaths.fixtures.appendingPathComponent("plainwords"))
    }

    // MARK: - Counts

    /// The brief's counts in each language: Arabic takes zero for 0, one
    /// for 1, two for 2, few for 3-10, many for 11-99 and other for 100;
    /// French takes one for 0 and 1.
    @Test func countsTakeTheirGrammaticalForm() throws {
        let counts = [0, 1, 2, 3, 11, 100]
        let expected: [String: [String]] = [
            "en": ["0 days", "1 day", "2 days", "3 days", "11 days", "100 days"],
            "es": ["0 días", "1 día", "2 días", "3 días", "11 días", "100 días"],
            "fr": ["0 jour", "1 jour", "2 jours", "3 jours", "11 jours", "100 jours"],
            "ar": ["٠ يوم", "يومًا واحدًا", "يومين", "٣ أيام", "١١ يومًا", "١٠٠ يوم"],
        ]
        #expect(counts.map { PluralRules.category($0, language: "ar") } == [.zero, .one, .two, .few, .many, .other])
        #expect(
            counts.map { PluralRules.category($0, language: "fr") } == [.one, .one, .other, .other, .other, .other])
        #expect(
            counts.map { PluralRules.category($0, language: "es") } == [.other, .one, .other, .other, .other, .other])
        for code in Self.languages {
            let words = try Self.plainWords(nil, code)
            let got = counts.map { n in
                words.sentence(for: Self.overdue(days: n))
            }
            for (sentence, form) in zip(got, expected[code]!) {
                #expect(sentence.contains(form), "\(code): \(sentence) should say \(form)")
            }
        }
    }

    /// A role that needs more than one holder: no shipped model has one,
    /// so the finding is made here as the rule makes it.
    @Test func aRoleShortOfHoldersCountsThem() throws {
        let d = Self.diagnostic(
            .rolesRequiredMissing, variant: "too-few",
            facts: [
                .term("role", .role, "coordinator"), .count("have", 1), .count("need", 2),
            ])
        let expected = [
            "en": "The role of coordinator needs 2 members and has 1.",
            "es": "La función de coordinación requiere 2 personas y cuenta con 1.",
            "fr": "La fonction «\u{A0}Coordination\u{A0}» requiert 2 personnes et en compte 1.",
            "ar": "يتطلّب دور «التنسيق» شخصين، والعدد الحالي ١.",
        ]
        for code in Self.languages {
            #expect(try Self.plainWords(nil, code).sentence(for: d) == expected[code])
        }
    }

    static func overdue(days: Int) -> Diagnostic {
        diagnostic(
            .actionsOverdue,
            facts: [
                .id("action", "dialogue", .action), .date("due", CalendarDate(year: 2025, month: 6, day: 30)),
                .count("days", days), .word("status", .actionStatus, "in-progress"),
            ])
    }

    static func diagnostic(_ rule: RuleID, variant: String? = nil, facts: [FindingFact]) -> Diagnostic {
        let range = SourceRange(
            file: "plan.yaml", start: Position(line: 3, column: 1), end: Position(line: 3, column: 1))
        return Diagnostic(rule: rule, severity: .warning, message: "m", range: range, facts: facts, variant: variant)
    }

    // MARK: - Words

    @Test func namesTitlesAndFallbacks() throws {
        let en = try Self.plainWords(nil, "en", names: ["dialogue": "Interfaith dialogue series"])
        #expect(
            en.sentence(for: Self.overdue(days: 6))
                == "“Interfaith dialogue series” is 6 days overdue: it was due on June 30, 2025 and is still in progress."
        )
        // An id this edition does not hold reads as what it is, and a
        // sentence that opens with it starts with a capital.
        let unknown = try Self.plainWords(nil, "en", names: [:])
        #expect(unknown.sentence(for: Self.overdue(days: 6)).hasPrefix("An action is 6 days overdue"))
        // A Latin name in Arabic is isolated, so its punctuation stays put.
        let ar = try Self.plainWords(nil, "ar", names: ["dialogue": "Interfaith dialogue"])
        #expect(ar.sentence(for: Self.overdue(days: 6)).contains("«\u{2068}Interfaith dialogue\u{2069}»"))
        // A finding about the file says so in general terms.
        let d = Self.diagnostic(.schemaValue, facts: [])
        #expect(en.sentence(for: d) == "A value in the plan could not be read: the document may be wrong here.")
        // A rule this locale has no sentence for (a later pfplan's).
        #expect(en.sentence(for: Self.diagnostic("future/rule", facts: [])) == "A point of the plan needs attention.")
    }

    @Test func titlesInTheMiddleOfASentence() {
        #expect(PlainWords.lowered("Youth organisations") == "youth organisations")
        #expect(PlainWords.lowered("LGBTQ+ people") == "LGBTQ+ people")
        #expect(PlainWords.lowered("K12 schools") == "K12 schools")
        #expect(PlainWords.lowered("الشباب") == "الشباب")
        #expect(PlainWords.capitalized("an action") == "An action")
    }

    /// Spanish writes "e" before an "i" sound and "u" before an "o".
    @Test func spanishConjunctions() {
        #expect(PlainWords.spanishConjunction(" y ", before: "investigación") == " e ")
        #expect(PlainWords.spanishConjunction(" y ", before: "Historia") == " e ")
        #expect(PlainWords.spanishConjunction(" y ", before: "hielo") == " y ")
        #expect(PlainWords.spanishConjunction(" y ", before: "salud") == " y ")
        #expect(PlainWords.spanishConjunction(" o ", before: "organizaciones juveniles") == " u ")
        #expect(PlainWords.spanishConjunction(" o ", before: "«Oficina»") == " u ")
        #expect(PlainWords.spanishConjunction(" o ", before: "sociedad civil") == " o ")
    }

    // MARK: - Helpers

    static let defaultModel: FrameworkModel = (try? templates.read("frameworks/default.yaml").get())
        .flatMap { FrameworkModelLoader.load(.template($0)).model }!

    /// The document's own words for a linted plan (`FindingText`, as the
    /// plan document makes it), or, without a plan, `names` and the default
    /// model.
    static func plainWords(_ result: LintResult?, _ code: String, names: [String: String]? = nil) throws -> PlainWords {
        let loc = try load(code)
        if let result, let plan = result.plan, names == nil {
            let words = ModelWords(result.model ?? defaultModel, language: code)
            return FindingText(
                localization: loc, names: NameIndex(plan: plan), words: words, audience: .public,
                planFile: plan.file
            ).plainWords
        }
        let table = names ?? [:]
        let words = ModelWords(defaultModel, language: code)
        return PlainWords(localization: loc, name: { table[$0] }, title: { words.title(of: $0, $1) })
    }
}
