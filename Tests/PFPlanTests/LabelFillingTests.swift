import Foundation
import Mustache
import PFPlanLoader
import PFPlanModel
import Testing

@testable import PFPlanRender

/// The document's labels are written into its templates once per locale
/// (`LabelFilling`) instead of being looked up on every row. These tests
/// hold the filled templates to the bytes Mustache makes from the
/// templates as written, and the filling to the tags it may touch.
@Suite struct LabelFillingTests {
    static var tree: [String: Any] {
        [
            "lead": ViewText("Lead"),
            "amp": ViewText("R&D <team>"),
            "sections": ["stages": ViewText("Stages")] as [String: Any],
            "empty": ViewText(""),
            "blank": ViewText(" \t"),
            "brace": ViewText("a {b}"),
            "broken": ViewText("one\ntwo"),
            "separator": ViewText("one\u{2028}two"),
        ]
    }

    @Test func fillsLabelTagsEscapedOrAsTheyAre() {
        let template = "<dt>{{L.lead}}</dt>{{ L.amp }}|{{{L.amp}}}|{{& L.amp}}|{{L.sections.stages}}|{{{ L.sections.stages }}}"
        #expect(
            LabelFilling.fill(template, labels: Self.tree)
                == "<dt>Lead</dt>R&amp;D &lt;team&gt;|R&D <team>|R&D <team>|Stages|Stages")
    }

    @Test func leavesTagsItCannotFillExactly() {
        for tag in [
            "{{L.sections}}", "{{L.missing}}", "{{L.empty}}", "{{L.blank}}", "{{L.brace}}", "{{L.broken}}", "{{L.separator}}",
            "{{L}}", "{{L.}}", "{{L..lead}}", "{{#L.lead}}x{{/L.lead}}", "{{uppercased(L.lead)}}", "{{lead}}", "{{L.lead?}}",
            "{{{L.lead}}", "{{L.lead}", "{{\u{3000}L.lead}}",
        ] {
            #expect(LabelFilling.fill("a " + tag + " b", labels: Self.tree) == "a " + tag + " b", "\(tag)")
        }
    }

    @Test func leavesTemplatesItCannotFollow() {
        for template in [
            "{{=<% %>=}}{{L.lead}}", "{{! {{L.lead}} }}", "{{%CONTENT_TYPE: TEXT}}{{L.lead}}", "{{#L}}{{L.lead}}{{/L}}",
            "{{^L.lead}}{{L.lead}}{{/L.lead}}", "{{$block}}{{L.lead}}{{/block}}", "{{<parent}}{{/parent}}{{L.lead}}",
            "{{#first(L)}}{{/first(L)}}{{L.lead}}",
        ] {
            #expect(LabelFilling.fill(template, labels: Self.tree) == template, "\(template)")
        }
        #expect(
            LabelFilling.fill("{{%CONTENT_TYPE: PFPLAN_HTML}}\n{{L.amp}}", labels: Self.tree)
                == "{{%CONTENT_TYPE: PFPLAN_HTML}}\nR&amp;D &lt;team&gt;")
    }

    /// The shipped templates, filled, give the same bytes as the templates
    /// as written: every example and fixture, every locale, HTML and
    /// Markdown, at the audience that shows the most.
    @Test(arguments: ["en", "es", "fr", "ar"])
    func filledTemplatesRenderTheSameBytes(language: String) throws {
        let locator = TemplateFiles(override: nil, shipped: TestPaths.templates)
        let templates = try DocumentTemplates.load(locator, formats: RenderOptions.Format.allCases).get()
        let localization = try Localization.load(language, templates: locator).get()
        let options = RenderOptions(
            audience: .restricted, force: true, asOf: CalendarDate(RenderTests.asOf)!, templates: locator, toolVersion: "0.1.0")
        let plans = RenderTests.examplePlans() + [RenderTests.small, RenderTests.hostile, RenderTests.broken]
        var compared = 0
        for plan in plans {
            let result = try RenderTests.lintResult(plan)
            let filled = SiteRenderer.renderCity(result, slug: "city", localization: localization, templates: templates, options: options)
            let plain = SiteRenderer.renderCity(
                result, slug: "city", localization: localization, templates: templates, options: options, fillLabels: false)
            #expect(filled.files.map(\.path) == plain.files.map(\.path), "\(plan)")
            for (a, b) in zip(filled.files, plain.files) where a.path.hasSuffix(".html") || a.path.hasSuffix(".md") {
                let same = a.bytes == b.bytes
                #expect(same, "\(plan) \(a.path): filling the labels in changed the output")
                compared += 1
            }
        }
        #expect(compared >= 2 * plans.count)
    }

    /// The filling does change the shipped templates: the labels of the
    /// long lists are text before Mustache sees them.
    @Test func shippedRowLabelsAreFilled() throws {
        let locator = TemplateFiles(override: nil, shipped: TestPaths.templates)
        let templates = try DocumentTemplates.load(locator, formats: RenderOptions.Format.allCases).get()
        let localization = try Localization.load("en", templates: locator).get()
        for format in RenderOptions.Format.allCases {
            let tree = labels(localization, prefix: "document.", style: format == .html ? .html : .markdown)
            for name in ["stages", "stakeholders", "resources"] {
                let text = try #require(templates.sources[format]?[name])
                let filled = LabelFilling.fill(text, labels: tree)
                #expect(!filled.contains("L."), "\(format) \(name) keeps a label tag")
            }
        }
    }
}
