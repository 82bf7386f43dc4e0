import Foundation
import PFPlanLoader
import PFPlanModel
import Testing

@testable import PFPlanRender

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
    /// only a locale has is a typo or a leftover. Both fail here.
    @Test(arguments: ["ar", "es", "fr"])
    func sameKeysAsEnglish(_ code: String) throws {
        let english = Set(try Localization.readStrings(TestPaths.templates + "/locales/en.yaml").get().keys)
        let other = Set(try Localization.readStrings(TestPaths.templates + "/locales/\(code).yaml").get().keys)
        #expect(english.subtracting(other).sorted() == [], "keys \(code).yaml lacks")
        #expect(other.subtracting(english).sorted() == [], "keys \(code).yaml has and English lacks")
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
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("locales"), withIntermediateDirectories: true)
        try Data("gaps:\n  actions: Acções\ncommon:\n  direction: ltr\n".utf8)
            .write(to: dir.appendingPathComponent("locales/pt.yaml"))
        let templates = TemplateFiles(override: dir.path, shipped: TestPaths.templates)
        let pt = try Self.load("pt", templates: templates)
        #expect(pt.string("gaps.actions") == "Acções")
        #expect(pt.string("gaps.resources") == "Resources")
        #expect(Localization.available(templates: templates) == ["ar", "en", "es", "fr", "pt"])
    }

    @Test func refusesBadCodesAndMissingLocales() {
        #expect(throws: LocalizationError.badCode("../en")) { try Localization.load("../en", templates: Self.templates).get() }
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
