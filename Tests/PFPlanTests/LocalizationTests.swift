import Foundation
import PFPlanLoader
import PFPlanModel
import Testing

@testable import PFPlanPublishing

/// The shipped locales: the same keys as English, dates and numbers in each
/// language's own form, and `--templates` overriding by file name.
@Suite struct LocalizationTests {
    static let templates = TemplateFiles(override: nil, shipped: TestPaths.templates)
    static let shippedCodes = ["ar", "en", "es", "fr"]

    static func load(_ code: String, templates: TemplateFiles = LocalizationTests.templates) throws -> Localization {
        try Localization.load(code, templates: templates).get()
    }

    @Test func shipsTheFourLocales() {
        #expect(Localization.available(templates: Self.templates) == Self.shippedCodes)
    }

    /// A key English has and a locale lacks would print in English; a key
    /// only a locale has is a typo or a leftover. Both fail here. A counted
    /// text (English gives `.one` and `.other`) must have exactly the forms
    /// of the locale's language (`PluralRules.categories`).
    @Test(arguments: ["ar", "en", "es", "fr"])
    func sameKeysAsEnglish(_ code: String) throws {
        let english = try Localization.readStrings(TestPaths.templates + "/locales/en.yaml").get()
        let other = try Localization.readStrings(TestPaths.templates + "/locales/\(code).yaml").get()
        let expected = Self.expectedKeys(english: english, language: code)
        #expect(expected.subtracting(other.keys).sorted() == [], "keys \(code).yaml lacks")
        #expect(Set(other.keys).subtracting(expected).sorted() == [], "keys \(code).yaml has and should not")
    }

    /// English's keys, each counted text with the forms `language` uses.
    static func expectedKeys(english: [String: String], language: String) -> Set<String> {
        let counted = Set(english.keys.filter { $0.hasSuffix(".one") }.map { String($0.dropLast(4)) })
            .filter { english[$0 + ".other"] != nil }
        var keys = Set(english.keys.filter { key in !counted.contains { key == $0 + ".one" || key == $0 + ".other" } })
        for base in counted {
            for category in PluralRules.categories(language) { keys.insert(base + "." + category.rawValue) }
        }
        return keys
    }

    @Test func pluralRulesFollowCLDR() {
        func forms(_ language: String, _ ns: [Int]) -> [String] {
            ns.map { PluralRules.category($0, language: language).rawValue }
        }
        #expect(forms("en", [0, 1, 2, 5, 21, 1_000_000]) == ["other", "one", "other", "other", "other", "other"])
        #expect(
            forms("es", [0, 1, 2, 1_000_000, 2_000_000, 1_000_001]) == [
                "other", "one", "other", "many", "many", "other",
            ])
        #expect(forms("fr", [0, 1, 2, 1_000_000, 1_500_000]) == ["one", "one", "other", "many", "other"])
        #expect(
            forms("ar", [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111, 1000])
                == [
                    "zero", "one", "two", "few", "few", "many", "many", "other", "other", "other", "few", "many",
                    "other",
                ])
        #expect(forms("pt-BR", [1, 2]) == ["one", "other"])
        #expect(PluralRules.categories("ar").count == 6)
        #expect(PluralRules.categories("fr") == [.one, .many, .other])
    }

    @Test func countedTextsAreGrammaticalInEveryLanguage() throws {
        #expect(try Self.load("en").count("index.intro", 1).hasPrefix("1 city:"))
        #expect(try Self.load("en").count("index.vacant-count", 1) == "1 vacant seat")
        #expect(try Self.load("en").count("index.vacant-count", 2) == "2 vacant seats")
        #expect(try Self.load("en").count("index.vacant-count", 0) == "0 vacant seats")
        #expect(try Self.load("fr").count("index.vacant-count", 0) == "0 siège vacant")
        #expect(try Self.load("fr").count("index.vacant-count", 1) == "1 siège vacant")
        #expect(try Self.load("fr").count("index.vacant-count", 2) == "2 sièges vacants")
        #expect(try Self.load("es").count("index.objectives-count", 1) == "1 objetivo")
        #expect(try Self.load("es").count("index.objectives-count", 1_000_000) == "1.000.000 de objetivos")
        let ar = try Self.load("ar")
        #expect(ar.count("index.objectives-count", 0) == "لا أهداف")
        #expect(ar.count("index.objectives-count", 1) == "هدف واحد")
        #expect(ar.count("index.objectives-count", 2) == "هدفان")
        #expect(ar.count("index.objectives-count", 3) == "٣ أهداف")
        #expect(ar.count("index.objectives-count", 11) == "١١ هدفًا")
        #expect(ar.count("index.objectives-count", 100) == "١٠٠ هدف")
        // A locale without a category's text takes its own "other".
        let partial = Localization(
            code: "ar", strings: ["x.other": "{count} x"], fallback: ["x.one": "one x", "x.other": "{count} xs"])
        #expect(partial.count("x", 2) == "2 x")
    }

    @Test(arguments: ["ar", "en", "es", "fr"])
    func noEmptyStrings(_ code: String) throws {
        let strings = try Localization.readStrings(TestPaths.templates + "/locales/\(code).yaml").get()
        #expect(strings.filter { $0.value.isEmpty }.keys.sorted() == [])
    }

    @Test func datesInEachLanguage() throws {
        let june30 = CalendarDate(year: 2025, month: 6, day: 30)
        let march1 = CalendarDate(year: 2026, month: 3, day: 1)
        #expect(try Self.load("en").date(june30) == "June 30, 2025")
        #expect(try Self.load("es").date(june30) == "30 de junio de 2025")
        #expect(try Self.load("fr").date(june30) == "30 juin 2025")
        #expect(try Self.load("fr").date(march1) == "1er mars 2026")
        #expect(try Self.load("ar").date(june30) == "٣٠ يونيو ٢٠٢٥")
    }

    @Test func numbersInEachLanguage() throws {
        #expect(try Self.load("en").number(23849) == "23,849")
        #expect(try Self.load("en").number(999) == "999")
        #expect(try Self.load("en").number(-1234567) == "-1,234,567")
        #expect(try Self.load("es").number(1234) == "1234")
        #expect(try Self.load("es").number(23849) == "23.849")
        #expect(try Self.load("fr").number(23849) == "23\u{202F}849")
        #expect(try Self.load("ar").number(23849) == "٢٣٬٨٤٩")
        #expect(try Self.load("en").number(1234.5, fractionDigits: 2) == "1,234.50")
        #expect(try Self.load("fr").number(0.125, fractionDigits: 2) == "0,13")
        #expect(try Self.load("en").number(-0.004, fractionDigits: 2) == "0.00")
    }

    @Test func directionAndLists() throws {
        #expect(try Self.load("ar").direction == "rtl")
        #expect(try Self.load("ar").isRightToLeft)
        #expect(try Self.load("en").direction == "ltr")
        #expect(try Self.load("ar").list(["a", "b"]) == "a، b")
    }

    @Test func placeholdersAndFallback() throws {
        let en = try Self.load("en")
        #expect(en.string("gaps.title", ["city": "Athens"]) == "Coverage and gaps: Athens")
        // A key nobody defines shows itself, so a typo is visible.
        #expect(en.string("gaps.no-such-key") == "gaps.no-such-key")
        #expect(Localization.fill("{a} and {b} {unknown}", ["a": "1", "b": "2"]) == "1 and 2 {unknown}")
        #expect(en.term("common.status", "in-progress") == "in progress")
        #expect(en.term("common.status", "someday") == "someday")
    }

    /// `--templates DIR` replaces a locale file by name; keys the override
    /// lacks come from English.
    @Test func overrideByFileName() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("locales"), withIntermediateDirectories: true)
        try Data("gaps:\n  actions: Acções\ncommon:\n  direction: ltr\n".utf8)
            .write(to: dir.appendingPathComponent("locales/pt.yaml"))
        let templates = TemplateFiles(override: dir.path, shipped: TestPaths.templates)
        let pt = try Self.load("pt", templates: templates)
        #expect(pt.string("gaps.actions") == "Acções")
        #expect(pt.string("gaps.resources") == "Resources")
        #expect(Localization.available(templates: templates) == ["ar", "en", "es", "fr", "pt"])
    }

    @Test func refusesBadCodesAndMissingLocales() {
        #expect(throws: LocalizationError.badCode("../en")) {
            try Localization.load("../en", templates: Self.templates).get()
        }
        #expect(throws: LocalizationError.notFound("de", available: Self.shippedCodes)) {
            try Localization.load("de", templates: Self.templates).get()
        }
    }

    @Test func refusesBrokenLocaleFiles() throws {
        let dir = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("broken.yaml")
        try Data("common:\n  none: [unclosed\n".utf8).write(to: file)
        guard case .failure(.invalid) = Localization.readStrings(file.path) else {
            Issue.record("a YAML syntax error must be refused")
            return
        }
        try Data("- a list\n".utf8).write(to: file)
        guard case .failure(.invalid) = Localization.readStrings(file.path) else {
            Issue.record("a list at the top must be refused")
            return
        }
    }
}
