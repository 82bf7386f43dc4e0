import Foundation
import PFPlanLoader
@testable import PFPlanModel
import Testing

/// A model carries its own translations (`translations: {es: {title,
/// summary}}` on the model and on each stage, sector, role and audience),
/// so a city's own model file stays one self-contained file. Every title
/// and summary of a shipped model exists in every shipped language.
@Suite struct ModelTranslationTests {
    static let templates = TemplateFiles(override: nil, shipped: TestPaths.templates)

    static func shippedModels() throws -> [FrameworkModel] {
        try templates.builtInModels().map { id in
            let file = try templates.read("frameworks/\(id).yaml").get()
            let result = FrameworkModelLoader.load(.template(file))
            #expect(result.diagnostics.isEmpty, "\(file.path): \(result.diagnostics.map(\.message))")
            return try #require(result.model, "\(file.path) does not load")
        }
    }

    /// The languages pfplan ships: one locale file each.
    static func shippedLanguages() throws -> [String] {
        let folder = TestPaths.templates + "/locales"
        return try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    @Test func everyTitleAndSummaryOfTheShippedModelsIsInEveryShippedLanguage() throws {
        let languages = try Self.shippedLanguages()
        #expect(languages == ["ar", "en", "es", "fr"])
        let models = try Self.shippedModels()
        #expect(models.map(\.id).sorted() == ["default", "welcoming"])
        for model in models {
            for language in languages {
                #expect(model.missingTranslations(language) == [], "\(model.id) in \(language)")
            }
        }
    }

    @Test func aMissingTranslationIsReported() throws {
        let model = try #require(try Self.shippedModels().first { $0.id == "default" })
        var broken = model
        broken.stages[2].translations["fr"]?.summary = nil
        broken.sectors[0].translations["ar"] = nil
        #expect(broken.missingTranslations("fr") == ["stage secondary: summary"])
        #expect(broken.missingTranslations("ar") == ["sector local-government: title"])
        #expect(
            broken.missingTranslations("de").count == 1 + 2 * model.stages.count + model.sectors.count
                + 2 * model.roles.count + model.audiences.count + 1)
    }

    @Test func titlesAndSummariesByLanguage() throws {
        let model = try #require(try Self.shippedModels().first { $0.id == "default" })
        #expect(model.title(of: .stage("secondary"), language: "en") == "Secondary prevention")
        #expect(model.title(of: .stage("secondary"), language: "es") == "Prevención secundaria")
        #expect(model.title(ofStage: "post-incident", language: "fr") == "Préparation, réponse et rétablissement")
        #expect(model.title(ofSector: "civil-society", language: "ar") == "المجتمع المدني")
        #expect(model.title(of: .audience("people-at-risk"), language: "en") == "People referred for support")
        #expect(model.title(of: .role("chair"), language: "es") == "Presidencia")
        #expect(model.title(of: .model, language: "fr") == "Cadre local de prévention multi-acteurs")
        // A regional code finds its language; an unshipped language falls back to the model's own.
        #expect(model.title(of: .stage("primary"), language: "es-MX") == "Prevención primaria")
        #expect(model.title(of: .stage("primary"), language: "de") == "Primary prevention")
        #expect(model.title(of: .stage("primary"), language: "en-GB") == "Primary prevention")
        #expect(
            model.summary(of: .role("coordinator"), language: "fr")
                == "Fait vivre le cadre au quotidien et tient le plan à jour.")
        #expect(model.summary(of: .sector("media"), language: "fr") == nil)
        #expect(model.title(of: .stage("no-such-stage"), language: "es") == "no-such-stage")
    }

    /// A city's own model may be written in another language and carry its
    /// translations in the same file.
    @Test func aModelWrittenInSpanishWithItsOwnTranslations() throws {
        let yaml = """
            model: ciudad
            language: es
            title: Marco de la ciudad
            translations: {en: {title: City framework}, fr: {title: Cadre de la ville}, xx-1: {title: Bad}}
            stages:
              - id: prevenir
                title: Prevenir
                summary: Antes de que ocurra.
                translations:
                  en: {title: Prevent, summary: Before it happens.}
                  en: {title: Again}
            sectors: [{id: local-government, title: Gobierno local, translations: {en: {title: Local government}, fr: {titre: x}}}]
            roles: [{id: chair, title: Presidencia, min: 1, max: 1}]
            audiences: [{id: youth, title: Jóvenes}]
            """
        let parsed = PlanLoader(appendableKeys: []).parse(Array(yaml.utf8), file: "model.yaml")
        let result = FrameworkModelLoader.decode(parsed, file: "model.yaml")
        let found = result.diagnostics.map { "\($0.rule) \($0.range.start.line):\($0.range.start.column)" }
        #expect(found == ["yaml/duplicate-key 11:7", "schema/unknown-key 12:108", "schema/value 4:77"])
        // The same file without its mistakes.
        let clean = yaml.replacingOccurrences(of: ", xx-1: {title: Bad}", with: "")
            .replacingOccurrences(of: "\n      en: {title: Again}", with: "")
            .replacingOccurrences(of: ", fr: {titre: x}", with: "")
        let cleanResult = FrameworkModelLoader.decode(
            PlanLoader(appendableKeys: []).parse(Array(clean.utf8), file: "model.yaml"), file: "model.yaml")
        #expect(cleanResult.diagnostics.isEmpty, "\(cleanResult.diagnostics.map(\.message))")
        let model = try #require(cleanResult.model)
        #expect(model.language == "es")
        #expect(model.title(of: .stage("prevenir"), language: "es") == "Prevenir")
        #expect(model.title(of: .stage("prevenir"), language: "en") == "Prevent")
        #expect(model.summary(of: .stage("prevenir"), language: "en") == "Before it happens.")
        #expect(model.title(of: .model, language: "fr") == "Cadre de la ville")
        #expect(model.missingTranslations("es") == [])
        #expect(model.missingTranslations("en") == ["role chair: title", "audience youth: title"])
    }

    /// practice.md's changes to the default model, as data.
    @Test func theDefaultModelAsPracticeMdChangedIt() throws {
        let models = try Self.shippedModels()
        let model = try #require(models.first { $0.id == "default" })
        let secondary = try #require(model.stage("secondary"))
        #expect(!secondary.needs.sectors.flatMap(\.options).contains("law-enforcement"))
        #expect(
            secondary.needs.sectors == [
                .sector("mental-health"), .sector("social-services"),
                .anyOf(["education", "civil-society", "faith", "youth"]),
            ])
        #expect(secondary.needs.pathways == 1)
        #expect(
            model.stage("assess")?.needs.sectors.last
                == .anyOf(["civil-society", "faith", "immigrant-services", "civil-rights", "youth"]))
        #expect(model.stage("primary")?.needs.minSectorsFrom?.of.contains("tech") == true)
        #expect(model.stage("tertiary")?.needs.sectors.last == .anyOf(["justice", "law-enforcement", "civil-society"]))
        #expect(model.stage("post-incident")?.title == "Preparedness, response and recovery")
        #expect(model.role("communications-lead")?.min == 1)
        #expect(
            model.leadership.minShare?.sectors == [
                "civil-society", "faith", "immigrant-services", "civil-rights", "youth",
            ])
        #expect(model.leadership.minShare?.share == 0.25)
        #expect(model.audience("people-at-risk")?.title == "People referred for support")
        for id in ["native-communities", "women-girls", "veterans", "people-with-disabilities", "public-officials"] {
            #expect(model.audience(id) != nil, "\(id)")
        }
        let welcoming = try #require(models.first { $0.id == "welcoming" })
        #expect(welcoming.audience("people-at-risk") == nil)
        #expect(welcoming.audiences.count == model.audiences.count - 1)
    }
}
