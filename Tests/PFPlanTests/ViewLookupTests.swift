import Foundation
import Mustache
import PFPlanLoader
import PFPlanModel
import Testing

@testable import PFPlanRender

/// The document views answer Mustache's lookups with a hand-written
/// `switch` per type (reflection was most of `render`'s time). These tests
/// hold each switch to what reflection would have answered: every stored
/// property by its name, a nil optional as `Absent` (so the lookup stops
/// there), and nothing for any other name (so the lookup climbs).
@Suite struct ViewLookupTests {
    static let everyViewType: Set<String> = [
        "DocumentView", "TocItem", "BannerView", "FindingView", "SummaryView", "PillarView", "AssessmentView",
        "ThreatView", "ServiceGapView", "LeadershipView", "MemberView", "ContactView", "RoleView", "StagesView",
        "StageView", "ActionView", "IndicatorView", "CoverageView", "CoverageRow", "StakeholderView", "ResourceView",
        "MadeView", "IndexView", "IndexCity", "IndexModel", "IndexModelRow", "IndexCell",
    ]

    struct Walk {
        var seen: Set<String> = []
        var failures: [String] = []
        var visited: Set<ObjectIdentifier> = []

        mutating func check(_ object: Any, at path: String) {
            guard let node = object as? any ViewNode else { return }
            if visited.insert(ObjectIdentifier(object as AnyObject)).inserted == false { return }
            seen.insert(String(describing: type(of: object)))
            if node.child(named: "no-such-property") != nil { failures.append("\(path): answers a name it does not have") }
            for property in Mirror(reflecting: object).children {
                guard let label = property.label else { continue }
                let here = path + "." + label
                let reflected = Mirror(reflecting: property.value)
                let expected: Any? = reflected.displayStyle == .optional ? reflected.children.first?.value : property.value
                guard let answered = node.child(named: label) else {
                    failures.append("\(here): not answered (the lookup would climb past it)")
                    continue
                }
                guard let expected else {
                    if !(answered is Absent) { failures.append("\(here): nil, but answered \(answered)") }
                    continue
                }
                if !same(answered, expected) { failures.append("\(here): answered \(answered), holds \(expected)") }
                if let items = expected as? [Any] {
                    for (i, item) in items.enumerated() { check(item, at: here + "[\(i)]") }
                } else {
                    check(expected, at: here)
                }
            }
        }

        func same(_ answered: Any, _ expected: Any) -> Bool {
            switch expected {
            case let s as String: return (answered as? ViewText)?.value == s
            case let b as Bool: return (answered as? Bool) == b
            case let strings as [String]: return (answered as? [String]) == strings
            case let labels as [String: Any]: return (answered as? [String: Any])?.keys.sorted() == labels.keys.sorted()
            case let items as [Any]:
                guard let others = answered as? [Any], others.count == items.count else { return false }
                return zip(items, others).allSatisfy { ($0 as AnyObject) === object($1) }
            default: return (expected as AnyObject) === object(answered)
            }
        }

        /// A view object answers as a `ViewRef` around it.
        func object(_ answered: Any) -> AnyObject {
            (answered as? ViewRef)?.node ?? (answered as AnyObject)
        }
    }

    static func documentViews(_ file: String, language: String = "en", audience: Visibility = .internal, force: Bool = false)
        throws -> [DocumentView]
    {
        let result = try RenderTests.lintResult(file)
        let templates = TemplateFiles(override: nil, shipped: TestPaths.templates)
        let localization = try Localization.load(language, templates: templates).get()
        let options = RenderOptions(
            audience: audience, force: force, asOf: CalendarDate(RenderTests.asOf)!, templates: templates, toolVersion: "0.1.0")
        let city = SiteRenderer.prepare(result, slug: "city", localization: localization, options: options)
        let input = try #require(city.input, "\(file) was refused")
        return [OutputStyle.html, .markdown].map { DocumentBuilder(input: input, style: $0).build() }
    }

    @Test func everyViewAnswersForExactlyItsOwnProperties() throws {
        var walk = Walk()
        var views = try Self.documentViews(RenderTests.small)
        views += try Self.documentViews(RenderTests.small, language: "ar", audience: .restricted)
        views += try Self.documentViews(RenderTests.hostile)
        views += try Self.documentViews(RenderTests.broken, force: true)
        for plan in RenderTests.examplePlans() { views += try Self.documentViews(plan) }
        for (i, view) in views.enumerated() { walk.check(view, at: "document\(i)") }

        let cell = IndexCell(covered: false, accepted: true, text: "accepted")
        let index = IndexView(
            lang: "en", dir: "ltr", version: "0.1.0", title: "Cities", intro: "Two cities", L: ["title": "Cities"],
            cities: [
                IndexCity(
                    name: "A", place: "B", href: "a/index.html", linkLabel: "Open A", model: "M", stages: "1 of 5", members: "3",
                    stakeholders: "4", resources: "5", actions: "6", warnings: "0", errors: "0", note: nil)
            ],
            models: [IndexModel(title: "M", stages: ["s"], rows: [IndexModelRow(city: "A", href: nil, cells: [cell])])],
            made: MadeView(lines: ["made"]))
        walk.check(index, at: "index")

        let failures = walk.failures.prefix(20).joined(separator: "\n")
        #expect(failures.isEmpty, Comment(rawValue: failures))
        #expect(walk.seen == Self.everyViewType, "not checked: \(Self.everyViewType.subtracting(walk.seen).sorted())")
    }

    /// A text property renders, opens a section and transforms as the
    /// string itself would.
    @Test func textValuesBehaveAsTheirStrings() throws {
        var library = MustacheLibrary()
        try library.register(
            "{{title}}|{{{title}}}|{{#title}}[{{.}}]{{/title}}|{{^title}}none{{/title}}|{{uppercased(title)}}|{{#summary}}x{{/summary}}",
            named: "t")
        let view = StageView(id: "s", title: "<Prevent & \"Respond\">", summary: nil, actions: [], noActions: nil)
        let expected = "&lt;Prevent &amp; &quot;Respond&quot;&gt;|<Prevent & \"Respond\">|[&lt;Prevent &amp; &quot;Respond&quot;&gt;]||"
            + "&lt;PREVENT &amp; &quot;RESPOND&quot;&gt;|"
        #expect(library.render(view, withTemplate: "t") == expected)
    }
}
